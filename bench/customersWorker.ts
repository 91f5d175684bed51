/**
 * The analysis on many customers, in a fresh process (so its memory is this run's alone): `rows` generated invoices
 * over 300 customers, or one invoice per customer (bench/manyCustomers.ts). Prints JSON: the best time of `runs`,
 * the largest heap in use seen between the analysis's stages, the heap the result keeps (after a full collection),
 * and the process's peak resident memory, with the generated input's heap for scale.
 * The processor time (user + system, the collector's threads included) is given too: on a shared machine it moves
 * less than the time on the clock.
 * Usage: node --expose-gc .bench-build/bench/customersWorker.js <invoices> <distinct|300> <runs>
 */
import { analyzeLedger } from "../src/engine/analysis/analyze";
import { clearLedgerChecks } from "../src/engine/history/checksCache";
import { MANY_AS_OF, manyCustomersLedger } from "./manyCustomers";

const rows = Number(process.argv[2]);
const distinct = process.argv[3] === "distinct";
const runs = Number(process.argv[4] ?? 3);
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const heap = () => process.memoryUsage().heapUsed;

const values = manyCustomersLedger(rows, distinct);
gc();
const inputHeap = heap();
const times: number[] = [];
const cpu: number[] = [];
let peakHeap = 0;
let keptHeap = 0;
let summary = "";
for (let i = 0; i < runs; i++) {
  gc();
  clearLedgerChecks();
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const onStage = () => void (peakHeap = Math.max(peakHeap, heap()));
  const settings = { asOf: MANY_AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" } as const;
  const a = analyzeLedger({ values, sheet: "Ledger", topLeft: "A1" }, settings, { onStage });
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  const used = process.cpuUsage(c0);
  cpu.push((used.user + used.system) / 1000);
  onStage();
  gc();
  keptHeap = heap() - inputHeap;
  const count = (n: number) => n.toLocaleString("en-US");
  summary = `${count(a.counts.invoices)} invoices, ${count(a.customers.length)} customers`;
}
const peakRss = process.resourceUsage().maxRSS * 1024;
process.stdout.write(
  JSON.stringify({
    rows,
    best: Math.min(...times),
    times,
    cpu: Math.min(...cpu),
    inputHeap,
    peakHeap,
    keptHeap,
    peakRss,
    summary,
  }),
);
