import fc from "fast-check";
import {
  addCustomerForecast,
  addMergedForecast,
  collectionProbability,
  DISPUTED_ITEM,
  habitBuffers,
  mergedHabit,
  mergedHabitFromPoints,
  weekOf,
  type ForecastRules,
  type ForecastTotals,
} from "../../../src/engine/analysis/forecastSpread";
import { habitFromPoints, type PaymentHabit } from "../../../src/engine/analysis/paymentHabit";

/** The spread as first written: every slot rounded in turn, weighted or not (forecast.ts before the speed work). */
function spreadReference(due: number, cents: number, habit: PaymentHabit, r: ForecastRules, slots: number[]): number {
  if (cents === 0) return 0;
  const count = slots.length - 1;
  const slotOf = (date: number) =>
    r.limit !== null && Math.max(date, r.asOf + 1) - due > r.limit
      ? count + 1
      : Math.min(weekOf(date, r.asOf), count + 1) - 1;
  const weights = new Array<number>(slots.length + 1).fill(0);
  let total = 0;
  habit.offsets.forEach((offset, i) => {
    if (due + offset <= r.asOf) return;
    total += habit.weights[i];
    weights[slotOf(due + offset + r.shift)] += habit.weights[i];
  });
  if (total === 0) {
    weights[slotOf(r.asOf + 1 + r.shift)] = 1;
    total = 1;
  }
  let cumulative = 0;
  let placed = 0;
  for (let s = 0; s < weights.length; s++) {
    cumulative += weights[s];
    const upTo = s === weights.length - 1 ? cents : Math.round((cents * cumulative) / total);
    const part = upTo - placed;
    placed = upTo;
    if (s < slots.length) slots[s] += part;
    else return part;
  }
  return 0;
}

function reference(
  r: ForecastRules,
  habit: PaymentHabit,
  silent: boolean,
  items: { due: number; open: number; disputed: boolean }[],
): ForecastTotals {
  const t: ForecastTotals = { weekCents: new Array<number>(r.weeks).fill(0), beyond: 0, doubtful: 0, total: 0 };
  const slots = new Array<number>(r.weeks + 1).fill(0);
  let credit = 0;
  for (const { due, open, disputed } of items) {
    if (open === 0) continue;
    t.total += open;
    if (silent || (disputed && open < 0)) t.doubtful += open;
    else if (open < 0) credit += -open;
    else {
      const likely = Math.round(open * collectionProbability(r.asOf - due) * (disputed ? r.disputedRate : 1));
      t.doubtful += open - likely + spreadReference(due, likely, habit, r, slots);
    }
  }
  for (let i = 0; i < slots.length && credit > 0; i++) {
    const used = Math.min(credit, slots[i]);
    slots[i] -= used;
    credit -= used;
  }
  for (let i = 0; i < r.weeks; i++) t.weekCents[i] += slots[i];
  t.beyond += slots[r.weeks];
  if (credit > 0) t.weekCents[0] -= credit;
  return t;
}

const habitArb = fc
  .array(fc.tuple(fc.integer({ min: -30, max: 200 }), fc.integer({ min: 1, max: 40 })), { minLength: 1, maxLength: 40 })
  .map((pairs): PaymentHabit => ({
    offsets: pairs.map((p) => p[0]),
    weights: pairs.map((p) => p[1]),
    paidInvoices: 3,
  }));
const itemsArb = fc.array(
  fc.record({
    due: fc.integer({ min: 800, max: 1100 }),
    open: fc.oneof(fc.integer({ min: -50_000, max: 5_000_000 }), fc.constant(0)),
    disputed: fc.boolean(),
  }),
  { maxLength: 30 },
);
const rulesArb = fc.record({
  asOf: fc.constant(1000),
  weeks: fc.constantFrom(1, 4, 13),
  shift: fc.constantFrom(0, 14),
  limit: fc.constantFrom(null, 30, 120),
  disputedRate: fc.constantFrom(0, 0.4, 1),
});

describe("one customer's expected collections (forecastSpread.ts)", () => {
  it("merges a habit's equal offsets, adding their weights, in ascending order (two sorted runs merged, others sorted)", () => {
    expect(mergedHabit({ offsets: [0, 3, 3, 9, -1, 3, 4], weights: [2, 2, 2, 2, 5, 5, 5] })).toEqual({
      offsets: [-1, 0, 3, 4, 9],
      weights: [5, 2, 9, 5, 2],
    });
    expect(mergedHabit({ offsets: [], weights: [] })).toEqual({ offsets: [], weights: [] });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: 1, max: 9 })), { maxLength: 30 }),
        fc.boolean(),
        (pairs, twoRuns) => {
          const list = twoRuns
            ? [
                ...pairs.slice(0, pairs.length >> 1).sort((a, b) => a[0] - b[0]),
                ...pairs.slice(pairs.length >> 1).sort((a, b) => a[0] - b[0]),
              ]
            : pairs;
          const sums = new Map<number, number>();
          for (const [o, w] of list) sums.set(o, (sums.get(o) ?? 0) + w);
          const offsets = [...sums.keys()].sort((a, b) => a - b);
          expect(mergedHabit({ offsets: list.map((p) => p[0]), weights: list.map((p) => p[1]) })).toEqual({
            offsets,
            weights: offsets.map((o) => sums.get(o)),
          });
        },
      ),
    );
  });

  it("merges a customer's points with the portfolio's into reused buffers: the same habit as habitFromPoints merged", () => {
    const pointsArb = fc.array(fc.integer({ min: -10, max: 40 }), { maxLength: 20 });
    const buffers = habitBuffers();
    fc.assert(
      fc.property(pointsArb, pointsArb, fc.integer({ min: 0, max: 50 }), fc.boolean(), (mine, base, paid, sorted) => {
        const own = sorted ? [...mine].sort((a, b) => a - b) : mine;
        const portfolio = sorted ? [...base].sort((a, b) => a - b) : base;
        expect(mergedHabitFromPoints(own, paid, portfolio, buffers)).toEqual(
          mergedHabit(habitFromPoints(own, paid, portfolio)),
        );
      }),
      { numRuns: 300 },
    );
    // A long habit, then a short one: the buffers hold the short one alone.
    const long = Array.from({ length: 100 }, (_, i) => i);
    expect(mergedHabitFromPoints(long, 3, long, buffers).offsets).toHaveLength(100);
    expect(mergedHabitFromPoints([2], 1, [1, 2], buffers)).toEqual({ offsets: [1, 2], weights: [5, 2 + 5] });
  });

  it("forecasts a merged habit held in buffers exactly as the habit itself", () => {
    const buffers = habitBuffers();
    const rules: ForecastRules = { asOf: 1000, weeks: 13, shift: 0, limit: null, disputedRate: 1 };
    const items = { due: [990, 1003, 1010], open: [5000, 12345, -700], flags: [0, 0, 0] };
    const blank = (): ForecastTotals => ({
      weekCents: new Array<number>(13).fill(0),
      beyond: 0,
      doubtful: 0,
      total: 0,
    });
    const viaHabit = blank();
    addCustomerForecast(viaHabit, rules, habitFromPoints([0, 4, 9], 3, [0, 2, 30]), false, items, 0, 3);
    // A longer habit in the buffers before: nothing of it is left to be read.
    mergedHabitFromPoints([-5, 60, 61, 62, 90], 9, [70, 80], buffers);
    const viaBuffers = blank();
    addMergedForecast(viaBuffers, rules, mergedHabitFromPoints([0, 4, 9], 3, [0, 2, 30], buffers), false, items, 0, 3);
    expect(viaBuffers).toEqual(viaHabit);
    expect(viaHabit.weekCents.reduce((a, b) => a + b, 0)).toBe(5000 + 12345 - 700);
  });

  it("equal the first formulation: rounding only weighted weeks places the same cents", () => {
    fc.assert(
      fc.property(rulesArb, habitArb, fc.boolean(), itemsArb, (rules, habit, silent, items) => {
        const got: ForecastTotals = {
          weekCents: new Array<number>(rules.weeks).fill(0),
          beyond: 0,
          doubtful: 0,
          total: 0,
        };
        const columns = {
          due: items.map((x) => x.due),
          open: items.map((x) => x.open),
          flags: items.map((x) => (x.disputed ? DISPUTED_ITEM : 0)),
        };
        addCustomerForecast(got, rules, habit, silent, columns, 0, items.length);
        expect(got).toEqual(reference(rules, habit, silent, items));
        // weeks + beyond + doubtful = the open total, to the cent.
        expect(got.weekCents.reduce((s, c) => s + c, 0) + got.beyond + got.doubtful).toBe(got.total);
      }),
      { numRuns: 500 },
    );
  });
});
