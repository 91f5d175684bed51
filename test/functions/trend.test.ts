import * as analyze from "../../src/engine/analysis/analyze";
import { analyzeLedger } from "../../src/engine/analysis/analyze";
import { serialFromYmd } from "../../src/engine/core/dates";
import { clearAnalysisCache } from "../../src/functions/analysisCache";
import { kpiTrend } from "../../src/functions/trend";
import { generateLedger } from "../../src/engine/sample/generateLedger";
import { outcome } from "./helpers";

const AS_OF = serialFromYmd(2025, 6, 30);
// Customer, Invoice No, Invoice Date, Due Date, Amount, Paid Amount, Paid Date, Disputed, Currency, Terms
const values = generateLedger({ seed: 3, customers: 40, invoices: 1500, asOf: AS_OF, language: "en" }).values;
const column = (i: number) => values.slice(1).map((r) => [r[i]]);
const [customers, invoiceDates, dueDates, amounts, paidAmounts, paidDates] = [0, 2, 3, 4, 5, 6].map(column);

describe("AR.KPITREND", () => {
  beforeEach(() => clearAnalysisCache());

  test("spills one row per month-end, each equal to a full analysis at that month-end", () => {
    const rows = kpiTrend(customers, amounts, invoiceDates, dueDates, paidDates, paidAmounts, AS_OF);
    expect(rows).toHaveLength(12);
    expect(rows[11][0]).toBe(AS_OF);
    for (const k of [0, 5, 11]) {
      const p = analyzeLedger(
        { values, sheet: "L", topLeft: "A1" },
        { asOf: rows[k][0], agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" },
      ).portfolio;
      expect(rows[k]).toEqual([p.asOf, p.totalOpen, p.overdueShare, p.dso, p.bestPossibleDso, p.averageDaysDelinquent]);
    }
  });

  test("computes only the trend (no whole analysis), the same rows as the analysis's trend", () => {
    const whole = jest.spyOn(analyze, "analyzeLedger");
    try {
      const rows = kpiTrend(customers, amounts, invoiceDates, dueDates, paidDates, paidAmounts, AS_OF, 24);
      expect(whole).not.toHaveBeenCalled();
      whole.mockRestore();
      const settings = { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" } as const;
      const trend = analyzeLedger({ values, sheet: "L", topLeft: "A1" }, { ...settings, trendMonths: 24 }).kpiTrend;
      const blank = (v: number | null) => (v === null ? "" : v);
      const expected = trend.points.map((p) => [p.monthEnd, p.totalOpen, p.overdueShare, blank(p.dso)]);
      expect(rows.map((r) => r.slice(0, 4))).toEqual(expected);
      const ratios = trend.points.map((p) => [blank(p.bestPossibleDso), blank(p.averageDaysDelinquent)]);
      expect(rows.map((r) => r.slice(4))).toEqual(ratios);
    } finally {
      whole.mockRestore();
    }
  });

  test("24 months on request, with an English header row", () => {
    const rows = kpiTrend(customers, amounts, invoiceDates, dueDates, paidDates, paidAmounts, AS_OF, 24, true);
    expect(rows).toHaveLength(25);
    expect(rows[0]).toEqual(["Month end", "Open AR", "Overdue share", "DSO", "Best possible DSO", "ADD"]);
    expect(rows[24][0]).toBe(AS_OF);
    expect(rows[1][0]).toBe(serialFromYmd(2023, 7, 31));
  });

  test("a month-end with no sales in the DSO window shows blanks for the ratios, not 0", () => {
    // Before the ledger's first invoice: nothing open, no sales.
    const rows = kpiTrend(customers, amounts, invoiceDates, dueDates, paidDates, paidAmounts, AS_OF, 24);
    expect(rows[0]).toEqual([serialFromYmd(2023, 7, 31), 0, 0, "", "", ""]);
  });

  test("bad arguments are #VALUE! naming the argument", () => {
    expect(
      outcome(() => kpiTrend(customers, amounts, invoiceDates, dueDates, paidDates, paidAmounts, AS_OF, 18)),
    ).toEqual({ code: "#VALUE!", message: "months: 18 is not 12 or 24" });
    expect(
      outcome(() => kpiTrend(customers, amounts.slice(1), invoiceDates, dueDates, paidDates, null as never, AS_OF)),
    ).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/^amounts has 1499 cell/) });
    const bad = amounts.map((r, i) => (i === 4 ? ["lots"] : r));
    expect(
      outcome(() => kpiTrend(customers, bad, invoiceDates, dueDates, paidDates, paidAmounts, AS_OF)),
    ).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/^amounts: row 5/) });
  });
});
