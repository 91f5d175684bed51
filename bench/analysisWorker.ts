/**
 * One ledger-analysis measurement in a fresh process (so peak memory is this run's alone): generates the ledger,
 * analyses it `runs` times, prints JSON with the best time and the process's peak resident memory.
 * Usage: node --expose-gc .bench-build/bench/analysisWorker.js <invoices> <runs>
 */
import { analyzeLedger } from "../src/engine/analysis/analyze";
import { serialFromYmd } from "../src/engine/core/dates";
import { generateLedger } from "../src/engine/sample/generateLedger";

const AS_OF = serialFromYmd(2025, 6, 30);
const rows = Number(process.argv[2]);
const runs = Number(process.argv[3] ?? 3);
const gc = () => (globalThis as { gc?: () => void }).gc?.();

const { values } = generateLedger({ seed: 11, customers: 5000, invoices: rows, asOf: AS_OF, language: "en" });
gc();
const inputRss = process.memoryUsage().rss;
const times: number[] = [];
let summary = "";
for (let i = 0; i < runs; i++) {
  gc();
  const t0 = process.hrtime.bigint();
  const a = analyzeLedger(
    { values, sheet: "Ledger", topLeft: "A1" },
    { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" },
  );
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  summary = `${a.counts.invoices} invoices, ${a.customers.length} customers, ${a.plans.length} plans, ${a.alerts.length} alerts`;
}
process.stdout.write(
  JSON.stringify({
    rows,
    best: Math.min(...times),
    times,
    inputRss,
    peakRss: process.resourceUsage().maxRSS * 1024,
    summary,
  }),
);
