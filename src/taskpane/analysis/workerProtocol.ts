/**
 * The messages between the taskpane and the analysis worker (analysisWorker.ts), and the two halves that cut a large
 * payload into messages small enough that copying one never holds the pane's thread for long. A structured copy of
 * 100,000 rows or of their analysis (about 10 MB) takes a good part of a second in one piece; cut into pieces of about
 * PIECE_BYTES, each copy is a few milliseconds and the page paints between them.
 * Decision: objects shared between two top-level parts of the analysis arrive as copies of their own (a structured
 * copy keeps sharing only within one message); the taskpane compares nothing by identity across parts.
 */
import {
  type AnalysisBeforeChecks,
  type AnalysisSettings,
  type AnalysisStage,
  type CashRequest,
  EngineError,
  type Invoice,
  type LedgerChecks,
  type LedgerInput,
  packAssessments,
  type AssessmentFigures,
  type PackedSources,
  unpackAssessments,
} from "../../engine";
import { CustomerGroups } from "./customerGroups";
import {
  INVOICES_PER_MESSAGE,
  type InvoiceColumns,
  invoiceColumns,
  invoicesFromColumns,
  transfersOf,
} from "./invoiceColumns";

/** Aimed size of one message's copy, in JSON characters (estimated from a few items). */
export const PIECE_BYTES = 128 * 1024;

/**
 * Rows of the ledger, posted in pieces, then the order to run. `ledger` names the rows (a number the pane gives each
 * ledger it reads): the worker keeps the last ledger's rows after its analysis, and an order to run that ledger again
 * (another setting) comes without its rows (analyzeOffThread.ts).
 */
export type ToWorker =
  | { kind: "rows"; ledger: number; from: number; values: unknown[][]; numberFormats?: string[][] }
  | {
      kind: "run";
      ledger: number;
      rows: number;
      sheet: string;
      topLeft: string;
      formats: boolean;
      settings: AnalysisSettings;
      cash?: CashRequest;
    };

/**
 * Progress; the results in parts (an array cut in slices: `slice` true) and the ledger's invoices as the analysis read
 * them (as columns, in slices: invoiceColumns.ts; for the collections desk, so that the pane need not read 100,000
 * rows again), then "results";
 * the model check and the forecast check in parts, then "done"; or the error it threw.
 */
export type FromWorker =
  | { kind: "stage"; stage: AnalysisStage; index: number; of: number }
  | { kind: "part"; key: string; value: unknown; slice: boolean }
  | { kind: "invoices"; value: InvoiceColumns }
  /** The invoices are the very ones sent with the worker's last results (the ledger's reading kept in the engine). */
  | { kind: "invoicesAsBefore" }
  | { kind: "assessmentSources"; value: PackedSources }
  | { kind: "results" }
  | { kind: "done" }
  | { kind: "error"; error: { name: string; message: string; kind?: string; reason?: unknown } };

/** The rows of `input` (ledger `ledger`) as the messages that carry them to the worker, about PIECE_BYTES each. */
export function* rowPieces(input: LedgerInput, ledger: number): Generator<ToWorker> {
  const { values, numberFormats } = input;
  const n = itemsPerPiece(values);
  for (let from = 0; from < values.length; from += n) {
    yield {
      kind: "rows",
      ledger,
      from,
      values: values.slice(from, from + n),
      ...(numberFormats ? { numberFormats: numberFormats.slice(from, from + n) } : {}),
    };
  }
}

/** How many items of `items` make one piece (from the JSON size of a few of them). */
export function itemsPerPiece(items: readonly unknown[]): number {
  const probe = items.slice(0, 8);
  const bytes = JSON.stringify(probe)?.length ?? 0;
  const each = probe.length > 0 ? Math.max(1, bytes / probe.length) : 1;
  return Math.max(1, Math.floor(PIECE_BYTES / each));
}

/** Calls `post` with each field of `fields`: small ones whole, long arrays in slices of about PIECE_BYTES. */
function postParts(fields: object, post: (message: FromWorker) => void): void {
  for (const [key, value] of Object.entries(fields)) {
    if (!Array.isArray(value) || value.length === 0) {
      post({ kind: "part", key, value, slice: false });
      continue;
    }
    const n = itemsPerPiece(value);
    for (let i = 0; i < value.length; i += n) post({ kind: "part", key, value: value.slice(i, i + n), slice: true });
  }
}

/** Posts a message; `transfer`: buffers moved with it rather than copied (postMessage's transfer list). */
export type Post = (message: FromWorker, transfer?: ArrayBuffer[]) => void;

/** Posts the results in parts, then the invoices the analysis read as columns in slices, then "results". */
export function postResults(
  results: AnalysisBeforeChecks,
  post: Post,
  invoices: readonly Invoice[] = [],
  asBefore = false,
): void {
  // The customers as their figures and, once, what their reasons and limits are made from (engine packAssessments):
  // a copy of the assessments themselves would make every customer's reasons and limit, to copy them.
  const packed = Array.isArray(results.customers) ? packAssessments(results.customers) : null;
  postParts(packed ? { ...results, customers: packed.figures } : results, post);
  if (packed) post({ kind: "assessmentSources", value: packed.sources });
  if (asBefore) post({ kind: "invoicesAsBefore" });
  for (let i = 0; !asBefore && i < invoices.length; i += INVOICES_PER_MESSAGE) {
    const value = invoiceColumns(invoices, i, Math.min(invoices.length, i + INVOICES_PER_MESSAGE));
    post({ kind: "invoices", value }, transfersOf(value));
  }
  post({ kind: "results" });
}

/** Posts the model check and the forecast check in parts, then "done". */
export function postChecks(checks: LedgerChecks, post: Post): void {
  postParts({ modelCheck: checks.modelCheck, forecastCheck: checks.forecastCheck }, post);
  post({ kind: "done" });
}

/** Puts the parts back together as they arrive: the results and the invoices, then (in another) the checks. */
export class AnalysisParts<T extends object = AnalysisBeforeChecks> {
  private readonly parts: Record<string, unknown> = {};
  /** The ledger's invoices as the analysis read them (empty when none came). */
  readonly invoices: Invoice[] = [];
  /** The same invoices grouped for the desk as they came (customerGroups.ts). */
  readonly groups = new CustomerGroups();
  /** What the customers' reasons and limits are made from, when they came as figures (packAssessments). */
  private assessmentSources: PackedSources | null = null;

  addInvoices(message: Extract<FromWorker, { kind: "invoices" }>): void {
    invoicesFromColumns(message.value, this.invoices, this.groups);
  }

  /** What the customers' reasons and limits are made from: the customers are made again from it (whole). */
  addAssessmentSources(message: Extract<FromWorker, { kind: "assessmentSources" }>): void {
    this.assessmentSources = message.value;
  }

  add(message: Extract<FromWorker, { kind: "part" }>): void {
    if (!message.slice) this.parts[message.key] = message.value;
    else
      ((this.parts[message.key] as unknown[] | undefined) ?? (this.parts[message.key] = [])).push(
        ...(message.value as unknown[]),
      );
  }

  /** What came, as the object that was posted (the customers made again once, with their sources). */
  whole(): T {
    const sources = this.assessmentSources;
    if (sources) {
      this.parts.customers = unpackAssessments(this.parts.customers as AssessmentFigures[], sources);
      this.assessmentSources = null;
    }
    return this.parts as unknown as T;
  }
}

/** An error as it can cross to the pane: the engine's keep their kind and reason (their Chinese text needs them). */
export function errorMessage(error: unknown): Extract<FromWorker, { kind: "error" }> {
  const e = error as { name?: string; message?: string; kind?: string; reason?: unknown };
  const name = typeof e?.name === "string" ? e.name : "Error";
  const message = typeof e?.message === "string" ? e.message : String(error);
  return { kind: "error", error: { name, message, ...(e?.kind ? { kind: e.kind, reason: e.reason } : {}) } };
}

/** The error again on the pane's side: an EngineError where it was one. */
export function errorFrom(message: Extract<FromWorker, { kind: "error" }>): Error {
  const { name, kind, reason } = message.error;
  if (name === "EngineError" && kind)
    return new EngineError(kind as EngineError["kind"], message.error.message, reason as EngineError["reason"]);
  return Object.assign(new Error(message.error.message), { name });
}
