import type { KpiTrend, KpiTrendPoint } from "../../../src/engine/history/kpiTrend";
import { trendSeries } from "../../../src/engine/history/trendSeries";

function point(monthEnd: number, over: Partial<KpiTrendPoint>): KpiTrendPoint {
  return {
    monthEnd,
    totalOpen: 0,
    currentOpen: 0,
    overdueShare: 0,
    over90Share: 0,
    creditSalesInWindow: 0,
    dso: null,
    bestPossibleDso: null,
    averageDaysDelinquent: null,
    beginOpen: 0,
    monthSales: 0,
    cei: null,
    paidWeightedDaysLate: null,
    ...over,
  };
}

const trend: KpiTrend = {
  months: 3,
  dsoWindowDays: 90,
  points: [
    point(46022, { totalOpen: 0.1, dso: 40 }),
    point(46053, { totalOpen: 0.3, dso: null }),
    point(46081, { totalOpen: 1000.2, dso: 38.5 }),
  ],
};

describe("trendSeries", () => {
  it("gives each month-end's value and its change from the month before, none for the first month", () => {
    expect(trendSeries(trend, "totalOpen")).toEqual([
      { monthEnd: 46022, value: 0.1, change: null },
      { monthEnd: 46053, value: 0.3, change: 0.2 },
      { monthEnd: 46081, value: 1000.2, change: 999.9 },
    ]);
  });

  it("takes money changes in whole cents (0.3 − 0.1 is 0.2, not 0.19999999999999998)", () => {
    expect(trendSeries(trend, "totalOpen")[1].change).toBe(0.2);
  });

  it("has no change where this month's or the month before's value is missing", () => {
    expect(trendSeries(trend, "dso").map((s) => s.change)).toEqual([null, null, null]);
  });

  it("gives a plain difference for a figure that is not money", () => {
    const twoMonths: KpiTrend = { ...trend, points: [point(1, { dso: 40 }), point(2, { dso: 38.5 })] };
    expect(trendSeries(twoMonths, "dso")[1].change).toBe(-1.5);
  });
});
