/**
 * The forecast check's cost in one process: the whole analysis of 1,048,575 generated invoices (+ header = 1,048,576
 * rows), which includes the check, and the check alone on the same invoices as the analysis runs it (from the
 * customers' histories the analysis has already built for the grade: they are built here before the clock starts);
 * runs alternating, best of each.
 * Usage: node --expose-gc .bench-build/bench/forecastCheckWorker.js <invoices> <runs>
 */
import { analyzeLedger } from "../src/engine/analysis/analyze";
import { clearLedgerChecks } from "../src/engine/history/checksCache";
import { serialFromYmd } from "../src/engine/core/dates";
import { detectColumns } from "../src/engine/ledger/columns";
import { parseLedger } from "../src/engine/ledger/parseLedger";
import { forecastCheck } from "../src/engine/history/forecastCheck";
import { groupByCustomer } from "../src/engine/analysis/customers";
import { customerHistories } from "../src/engine/history/customerHistory";
import { generateLedger } from "../src/engine/sample/generateLedger";

const AS_OF = serialFromYmd(2025, 6, 30);
const rows = Number(process.argv[2]);
const runs = Number(process.argv[3] ?? 3);
const gc = () => (globalThis as { gc?: () => void }).gc?.();

const { values } = generateLedger({ seed: 11, customers: 5000, invoices: rows, asOf: AS_OF, language: "en" });
const settings = {
  asOf: AS_OF,
  agingBasis: "due" as const,
  dateOrder: "auto" as const,
  riskAppetite: "balanced" as const,
};
const input = { values, sheet: "Ledger", topLeft: "A1" };
const mapping = detectColumns(values, { dateOrder: "auto" });
const invoices = parseLedger(input, mapping, {
  asOf: AS_OF,
  dateOrder: mapping.dateOrder ?? "auto",
  defaultTermsDays: 30,
  onlyCurrency: null,
}).invoices;
const histories = customerHistories(groupByCustomer(invoices));
const whole: number[] = [];
const check: number[] = [];
let summary = "";
for (let i = 0; i < runs; i++) {
  gc();
  clearLedgerChecks(); // the analysis computes its checks every run (history/checksCache.ts)
  let t0 = process.hrtime.bigint();
  const a = analyzeLedger(input, settings);
  whole.push(Number(process.hrtime.bigint() - t0) / 1e6);
  gc();
  t0 = process.hrtime.bigint();
  const c = forecastCheck(invoices, AS_OF, undefined, histories);
  check.push(Number(process.hrtime.bigint() - t0) / 1e6);
  summary = `${a.counts.invoices} invoices, ${c.points} month-ends checked (${c.status})`;
}
process.stdout.write(
  JSON.stringify({ whole: Math.min(...whole), check: Math.min(...check), wholes: whole, checks: check, summary }),
);
