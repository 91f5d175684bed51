/**
 * One ledger-analysis measurement in a fresh process (so peak memory is this run's alone): generates the ledger,
 * then `runs` rounds of the floor pass (floor.ts) and the analysis, each on its own freshly deserialised copy of the
 * ledger (structuredClone, as Excel's runtime hands values over; the copying is not timed, the first touch of every
 * cell is). Each analysis starts with no checks kept (history/checksCache.ts); then the same ledger is analysed again
 * with another risk appetite, a display setting: the model and forecast checks are reused. Then the taskpane's worker
 * side as a whole (src/taskpane/analysis/workerSide.ts: the analysis, the desk's invoices, the messages cut, posted
 * to nothing), on a fresh copy too, with the time until it posts the results (the pane shows them then, while the
 * model check and the forecast check run on). Then the pane's wait for those results: analyzeOffThread as the pane
 * calls it, its worker a Node worker thread running the same worker side (paneWorkerEntry.ts), so the rows posted
 * in pieces and the results and invoices sent back are copied by the same structured-clone serializer as in a
 * browser; one worker kept from run to run, as the pane keeps it; then the same ledger again with another setting, its
 * rows, reading and checks kept in the worker (the pane's wait when a setting changes). Prints JSON with the best time of each, the floor
 * ratio, and the process's peak resident memory (before the pane's runs add a second thread's heap).
 * Usage: node --expose-gc .bench-build/bench/analysisWorker.js <invoices> <runs>
 */
import { analyzeLedger } from "../src/engine/analysis/analyze";
import { serialFromYmd } from "../src/engine/core/dates";
import { generateLedger } from "../src/engine/sample/generateLedger";
import { clearLedgerChecks } from "../src/engine/history/checksCache";
import { floorPass } from "./floor";
import { analysisWorkerSide } from "../src/taskpane/analysis/workerSide";
import { paneRun, paneWorker } from "./paneWait";

const AS_OF = serialFromYmd(2025, 6, 30);
const rows = Number(process.argv[2]);
const runs = Number(process.argv[3] ?? 3);
const gc = () => (globalThis as { gc?: () => void }).gc?.();

const { values } = generateLedger({ seed: 11, customers: 5000, invoices: rows, asOf: AS_OF, language: "en" });
gc();
const inputRss = process.memoryUsage().rss;

/** Times `fn` on a fresh copy of the ledger (made and collected outside the clock). */
function onFreshCopy(fn: (copy: (string | number)[][]) => void): number {
  let copy: (string | number)[][] | null = structuredClone(values);
  gc();
  const t0 = process.hrtime.bigint();
  fn(copy);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  copy = null;
  gc();
  return ms;
}

const times: number[] = [];
const floors: number[] = [];
const settingChanges: number[] = [];
const workerRuns: number[] = [];
const workerResults: number[] = [];
const paneResults: number[] = [];
const paneAgain: number[] = [];
/** When the last worker run posted its results, in ms from its start. */
let resultsAt = NaN;
let summary = "";
const settings = { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" } as const;
for (let i = 0; i < runs; i++) {
  floors.push(onFreshCopy((copy) => floorPass(copy, AS_OF)));
  clearLedgerChecks();
  times.push(
    onFreshCopy((copy) => {
      const a = analyzeLedger({ values: copy, sheet: "Ledger", topLeft: "A1" }, settings);
      summary = `${a.counts.invoices} invoices, ${a.customers.length} customers, ${a.plans.length} plans, ${a.alerts.length} alerts`;
    }),
  );
  const other = { ...settings, riskAppetite: i % 2 === 0 ? "conservative" : "growth" } as const;
  settingChanges.push(onFreshCopy((copy) => analyzeLedger({ values: copy, sheet: "Ledger", topLeft: "A1" }, other)));
  clearLedgerChecks();
  workerRuns.push(onFreshCopy(workerRun));
  workerResults.push(resultsAt);
}

/** The worker's side of the pane's analysis, its messages posted to nothing (a real worker copies each one). */
function workerRun(copy: (string | number)[][]): void {
  let done = false;
  const t0 = process.hrtime.bigint();
  const side = analysisWorkerSide((m) => {
    if (m.kind === "error") throw new Error(m.error.message);
    if (m.kind === "results") resultsAt = Number(process.hrtime.bigint() - t0) / 1e6;
    done ||= m.kind === "done";
  });
  side({ kind: "rows", ledger: 1, from: 0, values: copy });
  side({ kind: "run", ledger: 1, rows: copy.length, sheet: "Ledger", topLeft: "A1", formats: false, settings });
  if (!done) throw new Error("the worker side did not finish");
}
/** `fn` timed by itself on a fresh copy of the ledger (made and collected outside its clock). */
async function onFreshCopyAsync(fn: (copy: (string | number)[][]) => Promise<number>): Promise<number> {
  let copy: (string | number)[][] | null = structuredClone(values);
  gc();
  const ms = await fn(copy);
  copy = null;
  gc();
  return ms;
}

// The analysis's peak memory, before the pane's runs add a second thread's heap.
const peakRss = process.resourceUsage().maxRSS * 1024;

async function main(): Promise<void> {
  // One worker kept from run to run, as the pane keeps it (workerPool.ts): the first run is its first analysis.
  const { worker, stop } = await paneWorker();
  for (let i = 0; i < runs; i++) paneResults.push(await onFreshCopyAsync((copy) => paneRun(copy, settings, worker)));
  // The same ledger again with another setting, as the pane analyses it when a setting changes: its rows kept in the
  // worker, only the order to run sent (the checks kept there too).
  for (let i = 0; i < Math.min(runs, 3); i++) {
    const other = { ...settings, riskAppetite: i % 2 === 0 ? "conservative" : "growth" } as const;
    paneAgain.push(
      await onFreshCopyAsync(async (copy) => (await paneRun(copy, settings, worker), paneRun(copy, other, worker))),
    );
  }
  await stop();
  const best = Math.min(...times);
  const floor = Math.min(...floors);
  process.stdout.write(
    JSON.stringify({
      rows,
      best,
      times,
      floor,
      floors,
      ratio: best / floor,
      settingChange: Math.min(...settingChanges),
      workerRun: Math.min(...workerRuns),
      workerResults: Math.min(...workerResults),
      paneResults: Math.min(...paneResults),
      paneAgain: Math.min(...paneAgain),
      paneFirst: paneResults[0],
      inputRss,
      peakRss,
      summary,
    }),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
