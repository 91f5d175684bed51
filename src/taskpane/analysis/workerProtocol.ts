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
  assessmentSourcesOf,
  type AssessmentFigures,
  type CustomerAssessment,
  type PackedSources,
  assessmentsUnpacker,
} from "../../engine";
import { CustomerGroups } from "./customerGroups";
import {
  INVOICES_PER_MESSAGE,
  type InvoiceColumns,
  invoiceColumns,
  invoicesFromColumns,
  transfersOf,
} from "./invoiceColumns";
import { type CustomerColumns, customerColumns, customersFromColumns, customerTransfers } from "./customerColumns";
import { columnTransfers, isTable, rowsFromColumns, type TableColumns, tableColumns } from "./tableColumns";

/** Aimed size of one message's copy, in JSON characters (estimated from a few items). */
export const PIECE_BYTES = 128 * 1024;
/**
 * Rows of a table per message when it goes as columns (tableColumns.ts): a few milliseconds to make the objects again
 * on the pane (100,000 customers: 13 messages where their figures as objects took 800).
 */
export const TABLE_ROWS_PER_MESSAGE = 8192;
/** A list inside a part (the aging table's rows by customer) goes as columns of its own from this many rows. */
const INNER_TABLE_ROWS = 256;

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
  /** Rows of a table (tableColumns.ts) to add to the array `key` — or, with `field`, to that array of part `key`. */
  | { kind: "columns"; key: string; field?: string; value: TableColumns }
  /** Customers' figures (customerColumns.ts) to add to the customers, made again with their assessmentSources. */
  | { kind: "customers"; value: CustomerColumns }
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

/**
 * Calls `post` with each field of `fields`: small ones whole, long arrays in slices — as columns where they are tables
 * (tableColumns.ts), else of about PIECE_BYTES — and a part's own long tables (the aging rows) after it, as columns.
 * `posters`: fields posted their own way (the customers).
 */
function postParts(fields: object, post: Post, posters: Record<string, (value: unknown) => void> = {}): void {
  for (const [key, value] of Object.entries(fields)) {
    if (posters[key]) posters[key](value);
    else if (Array.isArray(value) && value.length > 0) postArray(key, value, post);
    else postWithInnerTables(key, value, post);
  }
}

/** A long array in slices: as columns when it is a table (isTable), else of about PIECE_BYTES as it is. */
function postArray(key: string, value: unknown[], post: Post): void {
  if (!isTable(value)) {
    const n = itemsPerPiece(value);
    for (let i = 0; i < value.length; i += n) post({ kind: "part", key, value: value.slice(i, i + n), slice: true });
  } else postTable(key, value, post);
}

/** A table in slices of TABLE_ROWS_PER_MESSAGE rows as columns, their buffers moved; `field`: of part `key`. */
function postTable(key: string, rows: unknown[], post: Post, field?: string): void {
  for (let i = 0; i < rows.length; i += TABLE_ROWS_PER_MESSAGE) {
    const columns = tableColumns(rows.slice(i, i + TABLE_ROWS_PER_MESSAGE)) as TableColumns; // a table's slice
    post({ kind: "columns", key, ...(field ? { field } : {}), value: columns }, columnTransfers(columns));
  }
}

/**
 * An analysis's customers as their figures in columns (customerColumns.ts), in slices, after an empty list in their
 * place; null when they cannot go so (not one analysis's assessments: no sources), then they go as they are.
 */
function customersPoster(customers: unknown, post: Post): ((value: unknown) => void) | null {
  const list = Array.isArray(customers) ? (customers as CustomerAssessment[]) : [];
  const sources = assessmentSourcesOf(list);
  const slices: CustomerColumns[] = [];
  for (let i = 0; sources && i < list.length; i += TABLE_ROWS_PER_MESSAGE) {
    const slice = customerColumns(list, i, Math.min(list.length, i + TABLE_ROWS_PER_MESSAGE));
    if (!slice) return null;
    slices.push(slice);
  }
  if (!sources) return null;
  return () => {
    post({ kind: "part", key: "customers", value: [], slice: false });
    const buffers = Object.values(sources.columns).map((column) => column.buffer as ArrayBuffer);
    post({ kind: "assessmentSources", value: sources }, buffers);
    for (const value of slices) post({ kind: "customers", value }, customerTransfers(value));
  };
}

/** A part whole, but its fields that are long tables (INNER_TABLE_ROWS rows or more) emptied and posted as columns. */
function postWithInnerTables(key: string, value: unknown, post: Post): void {
  const inner = isRecord(value)
    ? Object.keys(value).filter((f) => {
        const v = value[f];
        return Array.isArray(v) && v.length >= INNER_TABLE_ROWS && isTable(v);
      })
    : [];
  if (inner.length === 0) return post({ kind: "part", key, value, slice: false });
  const record = value as Record<string, unknown[]>;
  post({ kind: "part", key, value: { ...record, ...Object.fromEntries(inner.map((f) => [f, []])) }, slice: false });
  for (const f of inner) postTable(key, record[f], post, f);
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** Posts a message; `transfer`: buffers moved with it rather than copied (postMessage's transfer list). */
export type Post = (message: FromWorker, transfer?: ArrayBuffer[]) => void;

/** Posts the results in parts, then the invoices the analysis read as columns in slices, then "results". */
export function postResults(
  results: AnalysisBeforeChecks,
  post: Post,
  invoices: readonly Invoice[] = [],
  asBefore = false,
): void {
  // The customers as their figures in columns and, once, what their reasons and limits are made from: a copy of the
  // assessments themselves would make every customer's reasons and limit, to copy them.
  const customers = customersPoster(results.customers, post);
  postParts(results, post, customers ? { customers } : {});
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

/** A message that carries part of an answer (the results or the checks), for AnalysisParts.take. */
export type AnswerPart = Extract<
  FromWorker,
  { kind: "part" | "columns" | "customers" | "invoices" | "assessmentSources" }
>;
const ANSWER_PARTS = new Set<FromWorker["kind"]>(["part", "columns", "customers", "invoices", "assessmentSources"]);
export const isAnswerPart = (m: FromWorker): m is AnswerPart => ANSWER_PARTS.has(m.kind);

/** Puts the parts back together as they arrive: the results and the invoices, then (in another) the checks. */
export class AnalysisParts<T extends object = AnalysisBeforeChecks> {
  private readonly parts: Record<string, unknown> = {};
  /** The ledger's invoices as the analysis read them (empty when none came). */
  readonly invoices: Invoice[] = [];
  /** The same invoices grouped for the desk as they came (customerGroups.ts). */
  readonly groups = new CustomerGroups();
  /** Makes a customer's assessment again from its figures, once what their reasons and limits are made from came. */
  private makeCustomer: ((figures: AssessmentFigures) => CustomerAssessment) | null = null;

  /** Any part of the answer, put in its place. */
  take(message: AnswerPart): void {
    if (message.kind === "invoices") this.addInvoices(message);
    else if (message.kind === "assessmentSources") this.addAssessmentSources(message);
    else if (message.kind === "customers") this.addCustomers(message);
    else this.add(message);
  }

  addInvoices(message: Extract<FromWorker, { kind: "invoices" }>): void {
    invoicesFromColumns(message.value, this.invoices, this.groups);
  }

  /** What the customers' reasons and limits are made from (engine assessmentSourcesOf): it comes before them. */
  addAssessmentSources(message: Extract<FromWorker, { kind: "assessmentSources" }>): void {
    this.makeCustomer = assessmentsUnpacker(message.value);
  }

  /** Customers' figures as columns (customerColumns.ts), made again as assessments onto the end of the customers. */
  addCustomers(message: Extract<FromWorker, { kind: "customers" }>): void {
    if (!this.makeCustomer) throw new Error("The customers came before what their reasons are made from");
    const customers = ((this.parts.customers as CustomerAssessment[] | undefined) ??= []);
    customersFromColumns(message.value, this.makeCustomer, customers);
  }

  /** A part: a value, a slice of an array, or rows of a table as columns (of an array, or of a part's field). */
  add(message: Extract<FromWorker, { kind: "part" | "columns" }>): void {
    if (message.kind === "columns") {
      const { key, field } = message;
      const owner = field === undefined ? this.parts : (this.parts[key] as Record<string, unknown>);
      rowsFromColumns(message.value, ((owner[field ?? key] as Record<string, unknown>[] | undefined) ??= []));
    } else if (!message.slice) this.parts[message.key] = message.value;
    else ((this.parts[message.key] as unknown[] | undefined) ??= []).push(...(message.value as unknown[]));
  }

  /** What came, as the object that was posted. */
  whole(): T {
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
