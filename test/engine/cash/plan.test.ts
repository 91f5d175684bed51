import { buildCashPlan } from "../../../src/engine/cash/plan";
import { runwayDays } from "../../../src/engine/cash/runway";
import { expandFlows } from "../../../src/engine/cash/flows";
import { cashCycle, daysPayablesOutstanding } from "../../../src/engine/cash/ratios";
import { serialFromYmd } from "../../../src/engine/core/dates";
import type { OtherFlow } from "../../../src/engine/cash/types";

const AS_OF = 45_700;
const example = [
  { date: AS_OF + 1, cents: -30_000 },
  { date: AS_OF + 8, cents: 20_000 },
  { date: AS_OF + 9, cents: -120_000 },
  { date: AS_OF + 20, cents: 50_000 },
];

describe("the cash plan (docs/METRICS.md worked example)", () => {
  const plan = buildCashPlan({ asOf: AS_OF, weeks: 4, openingCash: 1000, minimumCash: 0, other: example });

  it("closes 700, −300, 200, 200 and says when it falls below", () => {
    expect(plan.weeks.map((w) => w.closing)).toEqual([700, -300, 200, 200]);
    expect(plan.weeks.map((w) => w.opening)).toEqual([1000, 700, -300, 200]);
    expect(plan.weeks[0]).toMatchObject({ start: AS_OF + 1, end: AS_OF + 7, otherOut: 300, outflows: 300, inflows: 0 });
    expect(plan.weeks[1]).toMatchObject({ otherIn: 200, otherOut: 1200 });
    expect(plan.lowest).toEqual({ closing: -300, week: 2 });
    expect(plan.firstBelow).toEqual({ week: 2, gap: 300 });
    expect(plan.weeks.map((w) => w.belowMinimum)).toEqual([false, true, false, false]);
  });

  it("runway is 9 days", () => {
    expect(runwayDays(1000, example, AS_OF, 0)).toBe(9);
    expect(runwayDays(-1, example, AS_OF, 0)).toBe(0);
    expect(runwayDays(1000, [{ date: AS_OF + 3, cents: 10 }], AS_OF, 0)).toBeNull();
    // A flow dated on or before the as-of date counts on the first day.
    expect(runwayDays(100, [{ date: AS_OF - 5, cents: -20_000 }], AS_OF, 0)).toBe(1);
  });

  it("puts collections, overdue bills and other flows in their weeks; the gap is the largest shortfall below the minimum", () => {
    const p = buildCashPlan({
      asOf: AS_OF,
      weeks: 4,
      openingCash: 500,
      minimumCash: 100,
      collectionsCents: [10_000, 0, 20_000, 0],
      payables: [
        { date: AS_OF - 30, cents: 40_000 },
        { date: AS_OF + 15, cents: 30_000 },
        { date: AS_OF + 60, cents: 99_999 },
      ],
      other: [{ date: AS_OF + 22, cents: -5_000 }],
    });
    expect(p.weeks.map((w) => w.payables)).toEqual([400, 0, 300, 0]);
    expect(p.weeks.map((w) => w.closing)).toEqual([200, 200, 100, 50]);
    expect(p.firstBelow).toEqual({ week: 4, gap: 50 });
    expect(p.lowest).toEqual({ closing: 50, week: 4 });
  });

  it("a net credit owed to customers is an outflow", () => {
    const p = buildCashPlan({ asOf: AS_OF, weeks: 4, openingCash: 0, minimumCash: 0, collectionsCents: [-1_000] });
    expect(p.weeks[0]).toMatchObject({ inflows: 0, outflows: 10, closing: -10 });
  });

  it("refuses a horizon outside 4–52 weeks", () => {
    expect(() => buildCashPlan({ asOf: AS_OF, weeks: 3, openingCash: 0, minimumCash: 0 })).toThrow(
      /weeks: 3 must be a whole number of weeks from 4 to 52/,
    );
    expect(() => buildCashPlan({ asOf: AS_OF, weeks: 53, openingCash: 0, minimumCash: 0 })).toThrow(/from 4 to 52/);
  });
});

describe("other flows with repeats", () => {
  const flow = (over: Partial<OtherFlow>): OtherFlow => ({
    description: "Payroll",
    amount: 100,
    direction: "out",
    firstDate: AS_OF + 3,
    repeat: "once",
    until: null,
    ...over,
  });

  it("once: on its date; a past one-off still falls in week 1", () => {
    expect(expandFlows([flow({})], AS_OF, AS_OF + 91)).toEqual([{ date: AS_OF + 3, cents: -10_000 }]);
    const late = buildCashPlan({
      asOf: AS_OF,
      weeks: 4,
      openingCash: 0,
      minimumCash: 0,
      other: expandFlows([flow({ firstDate: AS_OF - 10, direction: "in" })], AS_OF, AS_OF + 28),
    });
    expect(late.weeks[0].otherIn).toBe(100);
  });

  it("weekly every 7 days, up to its last date", () => {
    const dates = expandFlows([flow({ repeat: "weekly", until: AS_OF + 24 })], AS_OF, AS_OF + 91).map((f) => f.date);
    expect(dates).toEqual([AS_OF + 3, AS_OF + 10, AS_OF + 17, AS_OF + 24]);
  });

  it("monthly by EDATE from the first date (31 Jan → 28 Feb → 31 Mar), past occurrences not counted", () => {
    const asOf = serialFromYmd(2025, 2, 1);
    const dates = expandFlows(
      [flow({ firstDate: serialFromYmd(2024, 12, 31), repeat: "monthly" })],
      asOf,
      serialFromYmd(2025, 4, 30),
    ).map((f) => f.date);
    expect(dates).toEqual([serialFromYmd(2025, 2, 28), serialFromYmd(2025, 3, 31), serialFromYmd(2025, 4, 30)]);
  });

  it("quarterly by three months", () => {
    const first = serialFromYmd(2025, 1, 15);
    const dates = expandFlows(
      [flow({ firstDate: first, repeat: "quarterly", direction: "in" })],
      first - 1,
      serialFromYmd(2025, 12, 31),
    );
    expect(dates.map((f) => f.date)).toEqual([
      first,
      serialFromYmd(2025, 4, 15),
      serialFromYmd(2025, 7, 15),
      serialFromYmd(2025, 10, 15),
    ]);
    expect(dates.every((f) => f.cents === 10_000)).toBe(true);
  });

  it("names the flow that cannot be used", () => {
    expect(() => expandFlows([flow({ amount: -5 })], AS_OF, AS_OF + 28)).toThrow(
      /flow 1 \("Payroll"\): amount -5 must be a positive number/,
    );
    expect(() => expandFlows([flow({}), flow({ description: "Rent", until: AS_OF })], AS_OF, AS_OF + 28)).toThrow(
      /flow 2 \("Rent"\): "until" .* is before the first date/,
    );
  });
});

describe("DPO and the cash conversion cycle", () => {
  it("DPO, period method: 600,000 / 1,800,000 × 90 = 30; CCC = DIO + DSO − DPO", () => {
    expect(daysPayablesOutstanding(600_000, 1_800_000, 90)).toBe(30);
    expect(cashCycle(20, 45, 30)).toBe(35);
    expect(cashCycle(20, null, 30)).toBeNull();
    expect(() => daysPayablesOutstanding(1, 0, 90)).toThrow(/purchases is 0/);
  });
});
