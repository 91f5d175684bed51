/**
 * The analysis on many customers, in a fresh process (so its memory is this run's alone): `rows` generated invoices
 * over 300 customers, or one invoice per customer (bench/manyCustomers.ts). Prints JSON: the best time of `runs`,
 * the largest heap in use seen between the analysis's stages, the heap the result keeps (after a full collection),
 * and the process's peak resident memory, with the generated input's heap for scale.
 * The processor time (user + system, the collector's threads included) is given too: on a shared machine it moves
 * less than the time on the clock. Then the pane's wait for the results of the same ledger (paneWait.ts: a worker
 * thread, the copies both ways included; each run on a fresh copy, as a ledger read anew), best of `runs`, unless
 * told "no-pane".
 * Usage: node --expose-gc .bench-build/bench/customersWorker.js <invoices> <distinct|300> <runs> [no-pane]
 */
import { analyzeLedger } from "../src/engine/analysis/analyze";
import { clearLedgerChecks } from "../src/engine/history/checksCache";
import { MANY_AS_OF, manyCustomersLedger } from "./manyCustomers";
import { paneRun, paneWorker } from "./paneWait";

const rows = Number(process.argv[2]);
const distinct = process.argv[3] === "distinct";
const runs = Number(process.argv[4] ?? 3);
const withPane = process.argv[5] !== "no-pane";
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
const settings = { asOf: MANY_AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" } as const;
for (let i = 0; i < runs; i++) {
  gc();
  clearLedgerChecks();
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const onStage = () => void (peakHeap = Math.max(peakHeap, heap()));
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
// The analysis's peak memory, before the pane's runs add a second thread's heap.
const peakRss = process.resourceUsage().maxRSS * 1024;

async function main(): Promise<void> {
  const pane: number[] = [];
  if (withPane) {
    const { worker, stop } = await paneWorker();
    for (let i = 0; i < runs; i++) {
      // A fresh copy each run (made before the clock starts): the pane's first analysis of a ledger. The same cells
      // again would be a setting change, whose rows and reading the worker keeps.
      const copy = structuredClone(values);
      gc();
      pane.push(await paneRun(copy, settings, worker));
    }
    await stop();
  }
  process.stdout.write(
    JSON.stringify({
      rows,
      best: Math.min(...times),
      times,
      cpu: Math.min(...cpu),
      pane: pane.length > 0 ? Math.min(...pane) : NaN,
      inputHeap,
      peakHeap,
      keptHeap,
      peakRss,
      summary,
    }),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
