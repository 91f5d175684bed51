import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import type { Analysis, AnalysisSettings } from "../../../src/engine/analysis/types";
import { collectionEffectivenessIndex } from "../../../src/engine/core/ratios";
import { serialFromYmd } from "../../../src/engine/core/dates";
import { kpiTrend } from "../../../src/engine/history/kpiTrend";
import { generateLedger } from "../../../src/engine/sample/generateLedger";
import { ibmLedger } from "../analysis/ibmData";

const d = serialFromYmd;

function analyse(values: unknown[][], asOf: number, over: Partial<AnalysisSettings> = {}): Analysis {
  return analyzeLedger(
    { values, sheet: "Ledger", topLeft: "A1" },
    { asOf, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced", ...over },
  );
}

/** Every month-end of the trend against a full analysis at that as-of date (exact equality, not closeness). */
function expectTrendEqualsAnalyses(
  values: unknown[][],
  asOf: number,
  monthsToCheck: number[],
  over: Partial<AnalysisSettings> = {},
): void {
  const latest = analyse(values, asOf, over);
  const points = latest.kpiTrend.points;
  for (const k of monthsToCheck) {
    const point = points[k];
    const p = analyse(values, point.monthEnd, over).portfolio;
    expect({
      monthEnd: point.monthEnd,
      totalOpen: point.totalOpen,
      currentOpen: point.currentOpen,
      overdueShare: point.overdueShare,
      over90Share: point.over90Share,
      sales: point.creditSalesInWindow,
      dso: point.dso,
      best: point.bestPossibleDso,
      add: point.averageDaysDelinquent,
    }).toEqual({
      monthEnd: p.asOf,
      totalOpen: p.totalOpen,
      currentOpen: p.currentOpen,
      overdueShare: p.overdueShare,
      over90Share: p.over90Share,
      sales: p.creditSalesInWindow,
      dso: p.dso,
      best: p.bestPossibleDso,
      add: p.averageDaysDelinquent,
    });
    // The month's begin AR is the previous month-end's open AR, as an analysis then gives it.
    const previous = k > 0 ? points[k - 1].monthEnd : serialFromYmd(2000, 1, 1);
    if (k > 0) expect(point.beginOpen).toBe(analyse(values, previous, over).portfolio.totalOpen);
  }
}

describe("KPI trend: each month-end equals a full analysis at that date", () => {
  const asOf = d(2025, 6, 30);
  const generated = generateLedger({ seed: 5, customers: 60, invoices: 3000, asOf, language: "en" }).values;

  it("on a generated ledger (12 month-ends, several checked)", () => {
    const a = analyse(generated, asOf);
    expect(a.kpiTrend.points).toHaveLength(12);
    expect(a.kpiTrend.points[11].monthEnd).toBe(asOf);
    expect(a.kpiTrend.points[0].monthEnd).toBe(d(2024, 7, 31));
    expectTrendEqualsAnalyses(generated, asOf, [0, 3, 7, 10, 11]);
  });

  it("on a generated ledger with a 30-day DSO window and 24 months, as-of mid-month", () => {
    const mid = d(2025, 6, 17);
    const a = analyse(generated, mid, { trendMonths: 24, dsoWindowDays: 30 });
    expect(a.kpiTrend.points).toHaveLength(24);
    expect(a.kpiTrend.points[23].monthEnd).toBe(d(2025, 5, 31));
    expectTrendEqualsAnalyses(generated, mid, [0, 12, 23], { trendMonths: 24, dsoWindowDays: 30 });
  });

  const ibm = ibmLedger();
  (ibm ? it : it.skip)("on the IBM sample at 2013-12-31", () => {
    expectTrendEqualsAnalyses(ibm!, d(2013, 12, 31), [0, 2, 5, 8, 11], { dateOrder: "mdy" });
  });

  it("with rows the analysis keeps at every date: no invoice date, a payment without a date, credit notes", () => {
    const values = [
      ["Customer", "Invoice Date", "Due Date", "Amount", "Paid Amount", "Paid Date"],
      ["A", d(2025, 1, 10), d(2025, 2, 9), 1000, "", d(2025, 3, 20)],
      ["A", "", d(2025, 4, 30), 500, "", ""],
      ["B", d(2025, 2, 1), d(2025, 3, 3), 800, 300, ""],
      ["B", d(2025, 3, 5), d(2025, 3, 5), -100, "", ""],
      ["C", d(2024, 10, 1), d(2024, 10, 31), 2000.05, 1000, d(2025, 5, 2)],
      ["C", d(2025, 5, 15), d(2025, 6, 14), 300.1, "", ""],
    ];
    expectTrendEqualsAnalyses(values, d(2025, 6, 30), [4, 5, 6, 7, 8, 9, 10, 11]);
  });
});

describe("KPI trend: the monthly figures, by hand", () => {
  // Two invoices: 1,000 billed 2025-01-10 due 02-09, paid 03-20 (39 days late); 600 billed 02-15 due 03-17, open.
  const values = [
    ["Customer", "Invoice Date", "Due Date", "Amount", "Paid Date"],
    ["A", d(2025, 1, 10), d(2025, 2, 9), 1000, d(2025, 3, 20)],
    ["B", d(2025, 2, 15), d(2025, 3, 17), 600, ""],
    ["B", d(2025, 3, 10), d(2025, 4, 9), 400, d(2025, 3, 31)],
  ];
  const a = analyse(values, d(2025, 3, 31), { trendMonths: 12 });
  const [jan, feb, mar] = a.kpiTrend.points.slice(-3);

  it("begin AR, the month's sales, end AR and end current AR give CEI with N = 1", () => {
    expect(jan).toMatchObject({
      monthEnd: d(2025, 1, 31),
      beginOpen: 0,
      monthSales: 1000,
      totalOpen: 1000,
      currentOpen: 1000,
    });
    // January: (0 + 1,000 − 1,000) / (0 + 1,000 − 1,000): nothing collectible beyond what is current → undefined.
    expect(jan.cei).toBeNull();
    // February: begin 1,000, sales 600, end 1,600 (1,000 overdue since 02-09), end current 600 → 0 / 1,000 = 0 %.
    expect(feb).toMatchObject({ beginOpen: 1000, monthSales: 600, totalOpen: 1600, currentOpen: 600, cei: 0 });
    // March: begin 1,600, sales 400, end 600 (overdue since 03-17), current 0 → (2,000 − 600) / (2,000 − 0) = 70 %.
    expect(mar).toMatchObject({ beginOpen: 1600, monthSales: 400, totalOpen: 600, currentOpen: 0 });
    expect(mar.cei).toBeCloseTo(70, 10);
    expect(mar.cei).toBe(collectionEffectivenessIndex(1600, 400, 600, 0, 1));
  });

  it("weighted days late of the month's payments: (1,000 × 39 + 400 × 0) / 1,400", () => {
    expect(jan.paidWeightedDaysLate).toBeNull();
    expect(feb.paidWeightedDaysLate).toBeNull();
    expect(mar.paidWeightedDaysLate).toBeCloseTo(39000 / 1400, 12);
  });

  it("overdue share, share over 90 days, DSO over the window, best possible DSO and ADD", () => {
    // 2025-03-31, window 90 days (2024-12-31, 2025-03-31]: sales 2,000; open 600, all 14 days past due.
    expect(mar).toMatchObject({
      overdueShare: 1,
      over90Share: 0,
      creditSalesInWindow: 2000,
      dso: 27,
      bestPossibleDso: 0,
      averageDaysDelinquent: 27,
    });
    expect(feb.overdueShare).toBe(1000 / 1600);
  });

  it("works straight from invoices, and on an empty ledger gives zeros and no ratios", () => {
    const t = kpiTrend([], { asOf: d(2025, 3, 31), dsoWindowDays: 90, months: 12 });
    expect(t.points).toHaveLength(12);
    expect(t.points[11]).toMatchObject({
      totalOpen: 0,
      overdueShare: 0,
      dso: null,
      cei: null,
      paidWeightedDaysLate: null,
    });
  });

  it("rejects a number of months other than 12 or 24, naming the setting", () => {
    expect(() => analyse(values, d(2025, 3, 31), { trendMonths: 18 })).toThrow(/trend months: 18/);
  });
});
