import fc from "fast-check";
import {
  customerHabit,
  habitFromPoints,
  habitPoints,
  sortedHabitPoints,
  SHRINK_INVOICES,
} from "../../../src/engine/analysis/paymentHabit";

const observations = fc.array(
  fc.record({
    offset: fc.integer({ min: -30, max: 120 }),
    cents: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1_000_000 })),
  }),
  { maxLength: 80 },
);

/** The quantiles as first written: sort the observations (objects), walk the cumulative cents. */
function reference(obs: readonly { offset: number; cents: number }[], points = 20): number[] {
  const sorted = obs.filter((o) => o.cents > 0).sort((a, b) => a.offset - b.offset);
  const total = sorted.reduce((s, o) => s + o.cents, 0);
  if (total === 0) return [];
  const out: number[] = [];
  let i = 0;
  let cumulative = sorted[0].cents;
  for (let k = 0; k < points; k++) {
    const target = ((k + 0.5) / points) * total;
    while (cumulative < target && i < sorted.length - 1) cumulative += sorted[++i].cents;
    out.push(sorted[i].offset);
  }
  return out;
}

describe("payment habit points", () => {
  it("by hand: 20 equally likely offsets from amount-weighted observations", () => {
    // 3/4 of the cents paid 10 days late, 1/4 on the due date: points 1–5 at 0, 6–20 at 10.
    expect(
      habitPoints([
        { offset: 10, cents: 300 },
        { offset: 0, cents: 100 },
      ]),
    ).toEqual([...Array(5).fill(0), ...Array(15).fill(10)]);
    expect(sortedHabitPoints([0, 10], [100, 300], 2)).toEqual(
      habitPoints([
        { offset: 10, cents: 300 },
        { offset: 0, cents: 100 },
      ]),
    );
    expect(sortedHabitPoints([], [], 0)).toEqual([]);
  });

  it("from sorted columns equal the definition on any observations (ties, zero cents)", () => {
    fc.assert(
      fc.property(observations, fc.integer({ min: 1, max: 25 }), (obs, points) => {
        const sorted = obs.filter((o) => o.cents > 0).sort((a, b) => a.offset - b.offset);
        const expected = reference(obs, points);
        expect(habitPoints(obs, points)).toEqual(expected);
        expect(
          sortedHabitPoints(
            sorted.map((o) => o.offset),
            sorted.map((o) => o.cents),
            sorted.length,
            points,
          ),
        ).toEqual(expected);
        // Observations of one offset summed into one entry give the same points (the portfolio's, habitsAt.ts).
        const byOffset = new Map<number, number>();
        for (const o of sorted) byOffset.set(o.offset, (byOffset.get(o.offset) ?? 0) + o.cents);
        const offsets = [...byOffset.keys()];
        expect(sortedHabitPoints(offsets, [...byOffset.values()], offsets.length, points)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("habitFromPoints is customerHabit from the customer's points and settled count", () => {
    fc.assert(
      fc.property(observations, fc.array(fc.integer({ min: -10, max: 60 }), { maxLength: 20 }), (own, portfolio) => {
        expect(habitFromPoints(habitPoints(own), own.length, portfolio)).toEqual(customerHabit(own, portfolio));
      }),
      { numRuns: 200 },
    );
    const h = habitFromPoints([5, 7], 3, [0]);
    expect(h).toEqual({ offsets: [5, 7, 0], weights: [3, 3, SHRINK_INVOICES * 2], paidInvoices: 3 });
  });
});
