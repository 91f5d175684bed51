/**
 * The cost of the grade's model check (backtest) and of the peak-exposure credit limits, measured in the same process
 * and run as the full analysis they are part of: per run, the full analysis time, then the history layer alone —
 * sorting each customer's invoices (customerHistories), the backtest over the latest 12 month-ends
 * (backtestGrades) and the 12-month peak balance of every customer (peakOpenCents). Prints JSON.
 * Usage: node --expose-gc .bench-build/bench/historyWorker.js <invoices> <runs>
 */
import { analyzeLedger } from "../src/engine/analysis/analyze";
import { clearLedgerChecks } from "../src/engine/history/checksCache";
import { groupByCustomer } from "../src/engine/analysis/customers";
import { serialFromYmd } from "../src/engine/core/dates";
import { customerHistories, peakOpenCents } from "../src/engine/history/customerHistory";
import { backtestGrades } from "../src/engine/history/gradeBacktest";
import { detectColumns } from "../src/engine/ledger/columns";
import { parseLedger } from "../src/engine/ledger/parseLedger";
import { generateLedger } from "../src/engine/sample/generateLedger";

const AS_OF = serialFromYmd(2025, 6, 30);
const rows = Number(process.argv[2]);
const runs = Number(process.argv[3] ?? 3);
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

const { values } = generateLedger({ seed: 11, customers: 5000, invoices: rows, asOf: AS_OF, language: "en" });
const mapping = detectColumns(values, { dateOrder: "auto" });
const invoices = parseLedger({ values, sheet: "Ledger", topLeft: "A1" }, mapping, {
  asOf: AS_OF,
  dateOrder: mapping.dateOrder ?? "auto",
  defaultTermsDays: 30,
  onlyCurrency: null,
}).invoices;
const result = {
  rows,
  analysis: [] as number[],
  histories: [] as number[],
  backtest: [] as number[],
  limits: [] as number[],
  monthEnds: 0,
  status: "",
};
for (let i = 0; i < runs; i++) {
  gc();
  clearLedgerChecks(); // the analysis computes its checks every run (history/checksCache.ts)
  let t0 = process.hrtime.bigint();
  analyzeLedger(
    { values, sheet: "Ledger", topLeft: "A1" },
    { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" },
  );
  result.analysis.push(ms(t0));
  gc();
  const groups = groupByCustomer(invoices);
  t0 = process.hrtime.bigint();
  const histories = customerHistories(groups);
  result.histories.push(ms(t0));
  t0 = process.hrtime.bigint();
  const check = backtestGrades(histories, AS_OF);
  result.backtest.push(ms(t0));
  t0 = process.hrtime.bigint();
  for (const h of histories) peakOpenCents(h, AS_OF - 365, AS_OF);
  result.limits.push(ms(t0));
  result.monthEnds = check.monthEnds.length;
  result.status = check.status;
}
process.stdout.write(JSON.stringify(result));
