import { buildCashPlan } from "../../../src/engine/cash/plan";

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
