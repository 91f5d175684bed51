/**
 * The analysis off the pane's thread: in a Web Worker (analysisWorker.js, served beside the page — same origin, no
 * blob: URL, which Excel's webviews and a strict worker-src would refuse), fed the rows in pieces and answering in
 * parts (workerProtocol.ts), so the pane never holds its thread for long and stays usable in Excel. Cancelling
 * terminates the worker at once. Where the page has no Worker (the jsdom tests) or the worker cannot start, the
 * analysis runs on the pane's thread as before, giving the page a turn between stages.
 * It answers twice: the results, as soon as they are made, and then the model check and the forecast check (a third
 * of the time or more), which the pane shows when they come.
 * The marks "arlens:analysis:start", "arlens:analysis:results" and "arlens:analysis:end" (performance.mark) let a
 * browser test time the analysis: its start, its results, and its end (the checks in, or the worker stopped);
 * "arlens:analysis:rowsPosted" says how many pieces of rows went to the worker (its detail's `pieces`).
 * The worker kept between analyses keeps the last ledger's rows too: the same ledger analysed again (another setting,
 * limits kept, Re-analyse) is sent only the order to run — at a million rows, about a second and a half of copies
 * saved — and, its engine keeping the ledger's reading, answers that its invoices are those it sent last time. The
 * cost: the idle worker holds a copy of that ledger's cells (about what the pane's own copy takes) and its reading.
 */
import {
  type AnalysisBeforeChecks,
  analyzeLedgerAsync,
  type AnalysisSettings,
  type AnalysisStage,
  type CashRequest,
  type DeskGroups,
  type Invoice,
  type LedgerChecks,
  type LedgerInput,
} from "../../engine";
import { keepInvoices } from "./ledgerInvoices";
import { TimeSlices, pageTurn } from "./pageTurn";
import { type AnalysisWorkers, singleUse, workerPool } from "./workerPool";
import { AnalysisParts, errorFrom, type FromWorker, isAnswerPart, rowPieces, type ToWorker } from "./workerProtocol";

export interface OffThreadOptions {
  signal?: AbortSignal;
  cash?: CashRequest;
  onStage?: (stage: AnalysisStage, index: number, of: number) => void;
  /** A new worker each time, or null where there is none (tests); by default the pane's pool (PANE_WORKERS). */
  startWorker?: () => Worker | null;
  /** Where the worker comes from and goes back to (tests); by default the pane's pool. */
  workers?: AnalysisWorkers;
}

/**
 * The analysis in its two answers: the results, and the checks to come — rejected with an AbortError when the signal
 * stops the analysis first, or with the error that stopped them.
 */
export interface AnalysisInParts {
  results: AnalysisBeforeChecks;
  checks: Promise<LedgerChecks>;
}

/** analysisWorker.js beside the page (webpack's entry of that name), or null where the page has no Worker. */
export function startAnalysisWorker(): Worker | null {
  if (typeof Worker === "undefined" || typeof document === "undefined") return null;
  return new Worker(new URL("analysisWorker.js", document.baseURI));
}

/** The pane's workers: analysisWorker.js, one kept idle between analyses (workerPool.ts). */
const PANE_WORKERS = workerPool(startAnalysisWorker);

const cancelled = () => Object.assign(new Error("Cancelled"), { name: "AbortError" });
const turn = pageTurn;
const mark = (name: string, detail?: unknown) => globalThis.performance?.mark?.(name, { detail });

/** A promise with its settling functions at hand; a rejection nobody waits for is not reported as unhandled. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => ((resolve = yes), (reject = no)));
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

/** How one analysis answers: its results first, then its checks; an error or a cancel settles whichever is pending. */
class Answers {
  readonly results = deferred<AnalysisBeforeChecks>();
  readonly checks = deferred<LedgerChecks>();
  private gotResults = false;

  giveResults(results: AnalysisBeforeChecks): void {
    this.gotResults = true;
    mark("arlens:analysis:results");
    this.results.resolve(results);
  }

  giveChecks(checks: LedgerChecks): void {
    this.checks.resolve(checks);
  }

  fail(error: unknown): void {
    if (!this.gotResults) this.results.reject(error);
    this.checks.reject(error);
  }
}

/**
 * Posts the rows in pieces, the page getting a turn between slices of them (pageTurn.ts) — none when the worker
 * holds this ledger's rows from its last analysis; then the order to run.
 */
async function postRows(
  worker: Worker,
  input: LedgerInput,
  run: Extract<ToWorker, { kind: "run" }>,
  signal?: AbortSignal,
): Promise<void> {
  const slices = new TimeSlices();
  const pieces = rowsHeld.get(worker) === run.ledger ? [] : rowPieces(input, run.ledger);
  let posted = 0;
  for (const piece of pieces) {
    if (signal?.aborted) return;
    worker.postMessage(piece);
    posted++;
    if (slices.due()) await slices.turn();
  }
  if (signal?.aborted) return;
  mark("arlens:analysis:rowsPosted", { pieces: posted });
  worker.postMessage(run);
}

/** The ledger whose rows each worker holds, once its analysis of them ended normally (a stopped one is terminated). */
const rowsHeld = new WeakMap<Worker, number>();
/**
 * The invoices (with the desk's groups of them) each worker sent with its last results: a worker whose engine kept
 * the ledger's reading says its invoices are the same ones again instead of sending them ("invoicesAsBefore").
 */
const invoicesHeld = new WeakMap<Worker, { invoices: Invoice[]; groups: DeskGroups }>();

/**
 * A number for each ledger the pane reads: its cells (and their formats) as one object, read once and never changed,
 * analysed again as they are when a setting changes.
 */
const ledgers = new WeakMap<unknown[][], { numberFormats: string[][] | undefined; ledger: number }>();
let lastLedger = 0;
function ledgerOf(input: LedgerInput): number {
  const known = ledgers.get(input.values);
  if (known && known.numberFormats === input.numberFormats) return known.ledger;
  ledgers.set(input.values, { numberFormats: input.numberFormats, ledger: ++lastLedger });
  return lastLedger;
}

/** The analysis of `input`, off the pane's thread where it can be: resolves with its results, its checks to come. */
export async function analyzeOffThread(
  input: LedgerInput,
  settings: AnalysisSettings,
  options: OffThreadOptions = {},
): Promise<AnalysisInParts> {
  const { signal } = options;
  if (signal?.aborted) throw cancelled();
  // A turn first and a turn after: what the pane did before (the read) and does after (the desk, the results)
  // run as tasks of their own, not in the analysis's first or last.
  await turn();
  if (signal?.aborted) throw cancelled();
  const answers = new Answers();
  const workers = options.workers ?? (options.startWorker ? singleUse(options.startWorker) : PANE_WORKERS);
  const worker = workers.take();
  mark("arlens:analysis:start");
  if (worker) inWorker({ worker, workers }, input, settings, options, answers);
  else void inThread(input, settings, options, answers);
  answers.checks.promise.then(
    () => mark("arlens:analysis:end"),
    () => mark("arlens:analysis:end"),
  );
  const results = await answers.results.promise;
  await turn();
  return { results, checks: answers.checks.promise };
}

/**
 * On the pane's thread, two turns between stages (so that the pane, given the results, takes its turn before the
 * checks hold the thread); the invoices the analysis read kept for the desk (ledgerInvoices.ts).
 */
async function inThread(
  input: LedgerInput,
  settings: AnalysisSettings,
  { signal, cash, onStage }: OffThreadOptions,
  answers: Answers,
): Promise<void> {
  let invoices: Invoice[] = [];
  const onLedgerInvoices = (read: Invoice[]) => (invoices = read);
  const onResultsBeforeChecks = (results: AnalysisBeforeChecks) => answers.giveResults(keepInvoices(results, invoices));
  try {
    const pause = () => turn().then(turn);
    // The pane's ledger is a snapshot, never changed: its reading is kept for the next analysis (engine keptReadings).
    const hooks = { signal, cash, onStage, onLedgerInvoices, onResultsBeforeChecks, pause, keepReading: true };
    const { modelCheck, forecastCheck } = await analyzeLedgerAsync(input, settings, hooks);
    answers.giveChecks({ modelCheck, forecastCheck });
  } catch (error) {
    answers.fail(error);
  }
}

/** In the worker: the rows posted in pieces, the answers put together from their parts; a cancel terminates it. */
function inWorker(
  { worker, workers }: { worker: Worker; workers: AnalysisWorkers },
  input: LedgerInput,
  settings: AnalysisSettings,
  options: OffThreadOptions,
  answers: Answers,
): void {
  const { signal, cash } = options;
  const run = runOrder(input, settings, cash);
  let heard = false;
  // Ended normally (no error): the worker goes back to be reused; stopped: terminated.
  const stop = (error?: unknown, ended = false) => {
    if (ended) {
      rowsHeld.set(worker, run.ledger);
      workers.giveBack(worker);
    } else worker.terminate();
    signal?.removeEventListener("abort", onAbort);
    if (error !== undefined) answers.fail(error);
  };
  const onAbort = () => stop(cancelled());
  signal?.addEventListener("abort", onAbort);
  const listen = listener(answers, options.onStage, stop, worker);
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    heard = true;
    try {
      listen(event.data);
    } catch (error) {
      stop(error); // a message the pane cannot put in its place: the analysis fails, it does not hang
    }
  };
  // A worker that cannot start (its file missing, refused by the page's policy): the analysis on the pane's thread.
  worker.onerror = (event) => {
    event.preventDefault?.();
    if (heard) stop(new Error(event.message || "The analysis worker failed"));
    else {
      stop();
      void inThread(input, settings, options, answers);
    }
  };
  postRows(worker, input, run, signal).catch((error) => stop(error));
}

/** The order to run the analysis of `input` (its rows posted before it, or kept in the worker). */
function runOrder(
  input: LedgerInput,
  settings: AnalysisSettings,
  cash?: CashRequest,
): Extract<ToWorker, { kind: "run" }> {
  return {
    kind: "run",
    ledger: ledgerOf(input),
    rows: input.values.length,
    sheet: input.sheet,
    topLeft: input.topLeft,
    formats: input.numberFormats !== undefined,
    settings,
    ...(cash ? { cash } : {}),
  };
}

/** The worker's messages: progress passed on, the results' parts and then the checks' put together and given. */
function listener(
  answers: Answers,
  onStage: OffThreadOptions["onStage"],
  stop: (error?: unknown, ended?: boolean) => void,
  worker: Worker,
) {
  const results = new AnalysisParts();
  const checks = new AnalysisParts<LedgerChecks>();
  let resultsIn = false;
  let asBefore = false;
  return (m: FromWorker) => {
    if (m.kind === "stage") onStage?.(m.stage, m.index, m.of);
    else if (isAnswerPart(m)) (resultsIn ? checks : results).take(m);
    else if (m.kind === "invoicesAsBefore") asBefore = true;
    else if (m.kind === "results") {
      resultsIn = true;
      const read = asBefore
        ? invoicesHeld.get(worker)
        : { invoices: results.invoices, groups: results.groups.deskGroups() };
      if (!read) return stop(new Error("The invoices of the last analysis are not at hand"));
      invoicesHeld.set(worker, read);
      answers.giveResults(keepInvoices(results.whole(), read.invoices, read.groups));
    } else if (m.kind === "done") {
      answers.giveChecks(checks.whole());
      stop(undefined, true);
    } else stop(errorFrom(m));
  };
}
