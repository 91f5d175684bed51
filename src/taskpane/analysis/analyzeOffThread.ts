/**
 * The analysis off the pane's thread: in a Web Worker (analysisWorker.js, served beside the page — same origin, no
 * blob: URL, which Excel's webviews and a strict worker-src would refuse), fed the rows in pieces and answering in
 * parts (workerProtocol.ts), so the pane never holds its thread for long and stays usable in Excel. Cancelling
 * terminates the worker at once. Where the page has no Worker (the jsdom tests) or the worker cannot start, the
 * analysis runs on the pane's thread as before, giving the page a turn between stages.
 * The marks "arlens:analysis:start" and "arlens:analysis:end" (performance.mark) let a browser test time the analysis.
 */
import {
  type Analysis,
  analyzeLedgerAsync,
  type AnalysisSettings,
  type AnalysisStage,
  type CashRequest,
  type Invoice,
  type LedgerInput,
} from "../../engine";
import { keepInvoices } from "./ledgerInvoices";
import { AnalysisParts, errorFrom, type FromWorker, itemsPerPiece, type ToWorker } from "./workerProtocol";

export interface OffThreadOptions {
  signal?: AbortSignal;
  cash?: CashRequest;
  onStage?: (stage: AnalysisStage, index: number, of: number) => void;
  /** The worker, or null where there is none; by default analysisWorker.js beside the page. */
  startWorker?: () => Worker | null;
}

/** analysisWorker.js beside the page (webpack's entry of that name), or null where the page has no Worker. */
export function startAnalysisWorker(): Worker | null {
  if (typeof Worker === "undefined" || typeof document === "undefined") return null;
  return new Worker(new URL("analysisWorker.js", document.baseURI));
}

const cancelled = () => Object.assign(new Error("Cancelled"), { name: "AbortError" });
const turn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const mark = (name: string) => globalThis.performance?.mark?.(name);

/** Posts the rows in pieces, the page getting a turn between them; then the order to run. */
async function postRows(worker: Worker, input: LedgerInput, run: ToWorker, signal?: AbortSignal): Promise<void> {
  const { values, numberFormats } = input;
  const n = itemsPerPiece(values);
  for (let from = 0; from < values.length; from += n) {
    if (signal?.aborted) return;
    const piece: ToWorker = {
      kind: "rows",
      from,
      values: values.slice(from, from + n),
      ...(numberFormats ? { numberFormats: numberFormats.slice(from, from + n) } : {}),
    };
    worker.postMessage(piece);
    await turn();
  }
  if (!signal?.aborted) worker.postMessage(run);
}

/** The analysis of `input`, off the pane's thread where it can be. */
export async function analyzeOffThread(
  input: LedgerInput,
  settings: AnalysisSettings,
  options: OffThreadOptions = {},
): Promise<Analysis> {
  const { signal, cash, onStage } = options;
  if (signal?.aborted) throw cancelled();
  // A turn first and a turn after: what the pane did before (the read) and does after (the desk, the results)
  // run as tasks of their own, not in the analysis's first or last.
  await turn();
  if (signal?.aborted) throw cancelled();
  const worker = (options.startWorker ?? startAnalysisWorker)();
  // On the pane's thread too, the invoices the analysis read are kept for the desk (ledgerInvoices.ts).
  const inThread = async () => {
    let invoices: Invoice[] = [];
    const onLedgerInvoices = (read: Invoice[]) => (invoices = read);
    return keepInvoices(
      await analyzeLedgerAsync(input, settings, { signal, cash, onStage, onLedgerInvoices }),
      invoices,
    );
  };
  mark("arlens:analysis:start");
  try {
    return worker ? await inWorker(worker, input, settings, options, inThread) : await inThread();
  } finally {
    mark("arlens:analysis:end");
    await turn();
  }
}

function inWorker(
  worker: Worker,
  input: LedgerInput,
  settings: AnalysisSettings,
  options: OffThreadOptions,
  inThread: () => Promise<Analysis>,
): Promise<Analysis> {
  const { signal, cash, onStage } = options;
  return new Promise<Analysis>((resolve, reject) => {
    const parts = new AnalysisParts();
    let heard = false;
    const finish = (settle: () => void) => {
      worker.terminate();
      signal?.removeEventListener("abort", onAbort);
      settle();
    };
    const onAbort = () => finish(() => reject(cancelled()));
    signal?.addEventListener("abort", onAbort);
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      heard = true;
      const m = event.data;
      if (m.kind === "stage") onStage?.(m.stage, m.index, m.of);
      else if (m.kind === "part") parts.add(m);
      else if (m.kind === "invoices") parts.addInvoices(m);
      else if (m.kind === "done") finish(() => resolve(keepInvoices(parts.analysis(), parts.invoices)));
      else finish(() => reject(errorFrom(m)));
    };
    // A worker that cannot start (its file missing, refused by the page's policy): the analysis on the pane's thread.
    worker.onerror = (event) => {
      event.preventDefault?.();
      finish(() => (heard ? reject(new Error(event.message || "The analysis worker failed")) : resolve(inThread())));
    };
    const run: ToWorker = {
      kind: "run",
      rows: input.values.length,
      sheet: input.sheet,
      topLeft: input.topLeft,
      formats: input.numberFormats !== undefined,
      settings,
      ...(cash ? { cash } : {}),
    };
    postRows(worker, input, run, signal).catch((error) => finish(() => reject(error)));
  });
}
