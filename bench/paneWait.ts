/**
 * The pane's wait for an analysis's results, measured as the pane waits: analyzeOffThread (src/taskpane/analysis)
 * as the pane calls it, its worker a Node worker thread running the pane's worker side (paneWorkerEntry.ts), so the
 * rows posted in pieces and the results and invoices sent back are copied by the same structured-clone serializer as
 * in a browser. Used by analysisWorker.ts and customersWorker.ts.
 */
import { join } from "path";
import { Worker as Thread } from "worker_threads";
import type { AnalysisSettings } from "../src/engine";
import { analyzeOffThread } from "../src/taskpane/analysis/analyzeOffThread";

/** A worker thread running the pane's worker side, as the pane sees a browser's Worker; started when this returns. */
export async function paneWorker(): Promise<{ worker: Worker; stop: () => Promise<number> }> {
  const thread = new Thread(join(__dirname, "paneWorkerEntry.js"));
  const worker = {
    onmessage: null as ((event: { data: unknown }) => void) | null,
    onerror: null as ((event: { message: string }) => void) | null,
    postMessage: (message: unknown, transfer?: ArrayBuffer[]) => thread.postMessage(message, transfer ?? []),
    terminate: () => void thread.terminate(),
  };
  thread.on("message", (data) => worker.onmessage?.({ data }));
  thread.on("error", (e) => worker.onerror?.({ message: e.message }));
  await new Promise((resolve) => thread.once("online", resolve));
  return { worker: worker as unknown as Worker, stop: () => thread.terminate() };
}

/**
 * The time until the results are in the pane's hands (the call resolves), in ms; then the checks are let finish
 * (the pane does not wait for them, but they must not run into the next measurement). The worker is kept from run
 * to run, as the pane keeps it (workerPool.ts).
 */
export async function paneRun(values: unknown[][], settings: AnalysisSettings, worker: Worker): Promise<number> {
  const workers = { take: () => worker, giveBack: () => undefined };
  const t0 = process.hrtime.bigint();
  const { checks } = await analyzeOffThread({ values, sheet: "Ledger", topLeft: "A1" }, settings, { workers });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  await checks;
  return ms;
}
