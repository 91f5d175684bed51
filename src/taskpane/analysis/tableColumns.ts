/**
 * A list of objects of one shape (the same keys in the same order: a table's rows) as columns, for the trip from the
 * analysis worker to the pane (workerProtocol.ts): the aging table's rows by customer took 130 ms to copy in one
 * message at 100,000 customers. As columns, the numbers go in float64 arrays moved rather than copied, the texts as
 * a list, and every other value once per message in a table of the distinct values met, by identity (an object
 * shared by many rows goes once, as a structured copy sends a value shared within one message). Exact: every number
 * goes as the float64 it is (−0 and NaN included), null and undefined as marks, lists of numbers of one length (the
 * aging buckets) as one array, every other value as a structured copy sends it. A list whose items are not all plain
 * objects with the same keys in the same order is not a table: it goes as it is.
 */

/** A column: numbers (with marks for null and undefined), lists of numbers of one width, or values by index. */
export type Column =
  | { kind: "numbers"; values: Float64Array; absent: Uint8Array | null }
  | { kind: "lists"; width: number; values: Float64Array }
  | { kind: "texts"; values: string[] }
  | { kind: "values"; index: Uint32Array; table: unknown[] };

export interface TableColumns {
  count: number;
  keys: string[];
  columns: Column[];
}

/** Marks in a numbers column's `absent`: the value was a number (0), null or undefined. */
const NUMBER = 0;
const NULL = 1;
const UNDEFINED = 2;

/**
 * `rows` as columns, or null when they are not a table (isTable). Read a row at a time (a column at a time would miss
 * the processor's cache once per row and column).
 */
export function tableColumns(rows: readonly unknown[]): TableColumns | null {
  const keys = sharedKeys(rows);
  if (keys === null) return null;
  const byColumn = keys.map(() => new Array<unknown>(rows.length));
  for (let i = 0; i < rows.length; i++) {
    const values = Object.values(rows[i] as object);
    for (let j = 0; j < byColumn.length; j++) byColumn[j][i] = values[j];
  }
  return { count: rows.length, keys, columns: byColumn.map(columnOf) };
}

/** Whether `rows` are a table: plain objects, each with the same keys in the same order (none: not a table). */
export const isTable = (rows: readonly unknown[]): boolean => sharedKeys(rows) !== null;

/** The keys every row has, in one order (null: a row that is not a plain object, or another row's keys). */
function sharedKeys(rows: readonly unknown[]): string[] | null {
  if (rows.length === 0 || !isPlainObject(rows[0])) return null;
  const keys = Object.keys(rows[0]);
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i];
    if (!isPlainObject(row)) return null;
    const own = Object.keys(row);
    if (own.length !== keys.length) return null;
    for (let k = 0; k < keys.length; k++) if (own[k] !== keys[k]) return null;
  }
  return keys;
}

function isPlainObject(value: unknown): value is object {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A column's values as numbers if every one is a number, null or undefined; as lists if every one is one. */
function columnOf(values: unknown[]): Column {
  if (values.every((v) => typeof v === "number" || v === null || v === undefined)) return numbersColumn(values);
  const width = listWidth(values);
  if (width !== null) return listsColumn(values as number[][], width);
  // Texts go as they are (names: most of them different, a table would only add a look-up per row).
  if (values.every((v) => typeof v === "string")) return { kind: "texts", values: values as string[] };
  return valuesColumn(values);
}

function numbersColumn(values: readonly unknown[]): Column {
  const numbers = new Float64Array(values.length);
  let absent: Uint8Array | null = null;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === "number") numbers[i] = v;
    else (absent ??= new Uint8Array(values.length))[i] = v === null ? NULL : UNDEFINED;
  }
  return { kind: "numbers", values: numbers, absent };
}

/** The one length of every value, each a dense array of numbers only; null when they are not. */
function listWidth(values: readonly unknown[]): number | null {
  const first = values[0];
  if (!Array.isArray(first)) return null;
  const width = first.length;
  for (const v of values) {
    if (!Array.isArray(v) || v.length !== width || Object.keys(v).length !== width) return null;
    for (let i = 0; i < width; i++) if (typeof v[i] !== "number") return null;
  }
  return width;
}

function listsColumn(values: readonly number[][], width: number): Column {
  const numbers = new Float64Array(values.length * width);
  for (let i = 0; i < values.length; i++) for (let j = 0; j < width; j++) numbers[i * width + j] = values[i][j];
  return { kind: "lists", width, values: numbers };
}

function valuesColumn(values: readonly unknown[]): Column {
  const index = new Uint32Array(values.length);
  const table: unknown[] = [];
  const seen = new ValueTable(table);
  for (let i = 0; i < values.length; i++) index[i] = seen.indexOf(values[i]);
  return { kind: "values", index, table };
}

/**
 * Values numbered in `values` (which other tables may share) in the order they first come, by identity (a text: by
 * its characters); the last value met is checked first (most rows share their neighbour's).
 */
export class ValueTable {
  private readonly index = new Map<unknown, number>();
  private last: unknown = NOT_MET;
  private lastIndex = 0;
  constructor(private readonly values: unknown[]) {}

  indexOf(value: unknown): number {
    if (value === this.last) return this.lastIndex;
    let i = this.index.get(value);
    if (i === undefined) this.index.set(value, (i = this.values.push(value) - 1));
    this.last = value;
    this.lastIndex = i;
    return i;
  }
}
const NOT_MET = Symbol("no value met yet");

/** The buffers to move with the message (postMessage's transfer list). */
export function columnTransfers(t: TableColumns): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  for (const c of t.columns) {
    if (c.kind === "texts") continue;
    if (c.kind === "values") buffers.push(c.index.buffer as ArrayBuffer);
    else buffers.push(c.values.buffer as ArrayBuffer);
    if (c.kind === "numbers" && c.absent) buffers.push(c.absent.buffer as ArrayBuffer);
  }
  return buffers;
}

/** The rows again, each a plain object with the keys in their order, onto the end of `into`. */
export function rowsFromColumns(t: TableColumns, into: Record<string, unknown>[]): void {
  // Each row a copy of one blank row (one shape for all, made at once), then its values set in place.
  const blank: Record<string, unknown> = {};
  for (const key of t.keys) blank[key] = null;
  const { keys, columns } = t;
  for (let i = 0; i < t.count; i++) {
    const row = { ...blank };
    for (let j = 0; j < keys.length; j++) row[keys[j]] = valueAt(columns[j], i);
    into.push(row);
  }
}

function valueAt(c: Column, i: number): unknown {
  if (c.kind === "values") return c.table[c.index[i]];
  if (c.kind === "texts") return c.values[i];
  if (c.kind === "lists") {
    const list: number[] = [];
    for (let k = i * c.width, end = k + c.width; k < end; k++) list.push(c.values[k]);
    return list;
  }
  const mark = c.absent === null ? NUMBER : c.absent[i];
  return mark === NUMBER ? c.values[i] : mark === NULL ? null : undefined;
}
