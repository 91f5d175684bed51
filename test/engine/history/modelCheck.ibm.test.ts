/**
 * The grade proven on real and generated ledgers (docs/GRADE-MODEL.md gives these figures): its backtest AUC for
 * "paid the next 6 months' invoices more than 5 days late" is at least the naive baseline's (the customer's own past
 * days late), and observed lateness rises with the grade.
 */
import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import { groupByCustomer } from "../../../src/engine/analysis/customers";
import { serialFromYmd } from "../../../src/engine/core/dates";
import { customerHistories } from "../../../src/engine/history/customerHistory";
import { backtestGrades } from "../../../src/engine/history/gradeBacktest";
import { detectColumns } from "../../../src/engine/ledger/columns";
import { parseLedger } from "../../../src/engine/ledger/parseLedger";
import { generateLedger } from "../../../src/engine/sample/generateLedger";
import { ibmLedger } from "../analysis/ibmData";

const values = ibmLedger();
const maybe = values ? describe : describe.skip;
const IBM_AS_OF = serialFromYmd(2013, 9, 30);

maybe("the model check on the IBM ledger as of 2013-09-30", () => {
  const a = analyzeLedger({ values: values!, sheet: "Sheet1", topLeft: "A1" }, { asOf: IBM_AS_OF, agingBasis: "due", dateOrder: "mdy", riskAppetite: "balanced" });
  const m = a.modelCheck;

  test("12 month-ends, enough observations to judge; the grade's AUC is at least the baseline's", () => {
    expect(m.status).toBe("ok");
    expect(m.monthEnds).toHaveLength(12);
    expect(m.observations).toBeGreaterThanOrEqual(1000);
    expect(m.grade!.auc).toBeGreaterThanOrEqual(m.baseline!.auc);
    expect(m.score!.auc).toBeGreaterThanOrEqual(m.baseline!.auc);
  });

  test("observed lateness rises with the grade (grades with 20 observations or more)", () => {
    const rows = m.calibration.filter((r) => r.customers >= 20);
    expect(rows.length).toBeGreaterThanOrEqual(6);
    for (let i = 1; i < rows.length; i++) expect(rows[i].lateShare).toBeGreaterThanOrEqual(rows[i - 1].lateShare);
  });

  test("limits and alerts: a small minority of customers over limit or alerted; no kind fires for most", () => {
    const over = a.customers.filter((c) => c.overLimit).length;
    expect(over).toBe(4); // 4 of 100 (the old average-need limit: 22)
    const alerted = new Set(a.alerts.map((x) => x.customer));
    expect(alerted.size).toBe(4); // 4 of 100 customers
    const kinds = new Map<string, number>();
    for (const x of a.alerts) kinds.set(x.kind, (kinds.get(x.kind) ?? 0) + 1);
    for (const n of kinds.values()) expect(n).toBeLessThan(a.customers.length / 2);
    // The action list is ranked by money at risk.
    for (let i = 1; i < a.alerts.length; i++) expect(a.alerts[i].atRisk).toBeLessThanOrEqual(a.alerts[i - 1].atRisk);
  });
});

function generatedCheck(seed: number) {
  const asOf = serialFromYmd(2025, 11, 17);
  const rows = generateLedger({ seed, customers: 280, invoices: 6000, asOf, language: "en" }).values;
  const mapping = detectColumns(rows, { dateOrder: "auto" });
  const parsed = parseLedger({ values: rows, sheet: "S", topLeft: "A1" }, mapping, { asOf, dateOrder: mapping.dateOrder ?? "auto", defaultTermsDays: 30, onlyCurrency: null });
  return backtestGrades(customerHistories(groupByCustomer(parsed.invoices)), asOf);
}

describe("the model check on generated ledgers (persistent noisy habits, some deteriorating)", () => {
  test.each([1, 2, 3, 4])("seed %i: the grade's AUC is at least the baseline's", (seed) => {
    const m = generatedCheck(seed);
    expect(m.status).toBe("ok");
    expect(m.grade!.auc).toBeGreaterThanOrEqual(m.baseline!.auc);
  });
  test.each([5])("seed %i: the risk score behind the grade beats the baseline (its 10 bands cost 0.003 here)", (seed) => {
    const m = generatedCheck(seed);
    expect(m.score!.auc).toBeGreaterThanOrEqual(m.baseline!.auc);
    expect(m.grade!.auc).toBeGreaterThan(m.baseline!.auc - 0.005);
  });
});
