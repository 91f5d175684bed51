/**
 * The analysis on many customers, in a fresh process: `rows` generated invoices either over 300 customers or one
 * invoice per customer (each row's customer renamed to a name of its own). Prints JSON with the best time of `runs`,
 * the process's peak resident memory and the largest heap in use seen at a garbage collection.
 * Usage: node --expose-gc .bench-build/bench/customersWorker.js <invoices> <distinct|300> <runs>
 */
import { analyzeLedger } from "../src/engine/analysis/analyze";
import { serialFromYmd } from "../src/engine/core/dates";
import { generateLedger } from "../src/engine/sample/generateLedger";

const AS_OF = serialFromYmd(2025, 6, 30);
const rows = Number(process.argv[2]);
const distinct = process.argv[3] === "distinct";
const runs = Number(process.argv[4] ?? 3);
const gc = () => (globalThis as { gc?: () => void }).gc?.();

export function manyCustomersLedger(invoices: number, oneEach: boolean): (string | number)[][] {
  const { values } = generateLedger({ seed: 11, customers: 300, invoices, asOf: AS_OF, language: "en" });
  if (oneEach) for (let i = 1; i < values.length; i++) values[i][0] = `${values[i][0]} ${i}`;
  return values;
}

const values = manyCustomersLedger(rows, distinct);
gc();
const inputHeap = process.memoryUsage().heapUsed;
const times: number[] = [];
let summary = "";
for (let i = 0; i < runs; i++) {
  gc();
  const t0 = process.hrtime.bigint();
  const a = analyzeLedger({ values, sheet: "Ledger", topLeft: "A1" }, { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" });
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  summary = `${a.counts.invoices} invoices, ${a.customers.length} customers`;
}
process.stdout.write(JSON.stringify({ rows, best: Math.min(...times), times, inputHeap, peakRss: process.resourceUsage().maxRSS * 1024, summary }));
