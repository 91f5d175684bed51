import { analyzeLedger } from "../../src/engine/analysis/analyze";
import { ACTIONS_SHOWN, actionsTable, answerTable, lastMonthEnd } from "../../src/excel/reportSummary";
import { REPORT_SUMMARY_TEXT } from "../../src/i18n/reportSummary";
import { AS_OF, handLedger } from "../engine/analysis/handLedger";

const a = analyzeLedger(
  { values: handLedger(), sheet: "Ledger", topLeft: "A1" },
  { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" },
);

describe("the report's first screen", () => {
  it("last month is the last month-end strictly before the as-of date", () => {
    const last = lastMonthEnd(a)!;
    expect(last.monthEnd).toBeLessThan(AS_OF);
    expect(a.kpiTrend.points.filter((p) => p.monthEnd < AS_OF).at(-1)).toBe(last);
    expect(lastMonthEnd({ ...a, kpiTrend: { ...a.kpiTrend, points: [] } })).toBeNull();
  });

  it("the answer: one question a row, now beside last month, each row in its own format", () => {
    const t = answerTable(a, "en");
    expect(t.name).toBe("Answer");
    expect(t.columns.map((c) => c.header)[0]).toBe(REPORT_SUMMARY_TEXT.en.question);
    expect(t.rowFormats!.formats).toHaveLength(t.rows.length);
    expect(t.rowFormats!.columns).toEqual([1, 2, 3]);
    for (const r of t.rows) {
      const [now, before, change] = r.slice(1, 4) as (number | null)[];
      if (now !== null && before !== null) expect(change).toBeCloseTo(now - before, 4);
    }
  });

  it("this week's actions: the analysis's actions, one a customer, by money at risk, at most ten", () => {
    const t = actionsTable(a, "en");
    // Beta has three alerts and Alpha two on the hand ledger: each customer is one action, never two of the ten.
    expect(a.alerts.filter((x) => x.customer === "Beta")).toHaveLength(3);
    const customers = t.rows.map((r) => r[0]);
    expect(new Set(customers).size).toBe(customers.length);
    expect(t.rows.map((r) => [r[0], r[1]])).toEqual(
      a.actions!.slice(0, ACTIONS_SHOWN).map((x) => [x.customer, x.atRisk]),
    );
    const beta = a.customers.find((c) => c.customer === "Beta")!;
    expect(t.rows.find((r) => r[0] === "Beta")![2]).toBe(beta.grade);
  });

  it("without the analysis's action list, the alerts by money at risk, a customer once; an empty week says so", () => {
    const t = actionsTable({ ...a, actions: undefined }, "en");
    expect(t.rows.map((r) => [r[0], r[1]])).toEqual([
      ["Beta", 4060],
      ["Alpha", 1560],
    ]);
    const none = actionsTable({ ...a, alerts: [], actions: [] }, "en");
    expect(none.rows).toEqual([["", 0, null, "", REPORT_SUMMARY_TEXT.en.nothingDue, ""]]);
  });
});
