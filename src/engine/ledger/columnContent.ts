/**
 * Columns recognised by their content, for the essential fields the header did not name: two date columns are the
 * invoice and due dates (the earlier dates first), a column of numbers that can be money is the amount, a column of
 * repeating names the customer, and a column of texts or numbers the invoice number.
 */
import { isBlank, parseMoney } from "../core/cells";
import { DateOrder, parseDate } from "../core/dates";
import type { ColumnMapping, LedgerField, MappingSource } from "../model/types";
import { notMoney } from "./moneyColumns";

export type Kind = "date" | "number" | "text" | "empty";

/** What a column holds: its kind, the share of distinct values, and the mean of its dates (0 without any). */
export interface ColumnKind {
  kind: Kind;
  distinctShare: number;
  mean: number;
}

/**
 * The kind of a column from its first 200 filled cells under the header: dates (more than 80 %), numbers (more than
 * 80 %), text (more than half), otherwise "empty". A number is a date when its number format shows days, months or
 * years.
 */
export function columnKind(
  values: unknown[][],
  column: number,
  start: number,
  order: DateOrder,
  formats?: string[][],
): ColumnKind {
  let dates = 0;
  let numbers = 0;
  let texts = 0;
  let seen = 0;
  let sum = 0;
  const distinct = new Set<string>();
  for (let r = start; r < values.length && seen < 200; r++) {
    const v = values[r]?.[column];
    if (isBlank(v)) continue;
    seen++;
    distinct.add(String(v));
    const fmt = formats?.[r]?.[column] ?? "";
    if (typeof v === "number") {
      if (/[dmy]/i.test(fmt.replace(/\[[^\]]*\]|"[^"]*"/g, "")) || /年|月|日/.test(fmt)) {
        dates++;
        sum += v;
      } else numbers++;
    } else if (typeof v === "string") {
      const d = parseDate(v, order === "auto" ? "mdy" : order);
      if (d.ok && /\d/.test(v) && /[-/.年]/.test(v)) {
        dates++;
        sum += d.value;
      } else if (parseMoney(v).ok) numbers++;
      else texts++;
    } else texts++;
  }
  if (seen === 0) return { kind: "empty", distinctShare: 0, mean: 0 };
  const kind: Kind =
    dates / seen > 0.8 ? "date" : numbers / seen > 0.8 ? "number" : texts / seen > 0.5 ? "text" : "empty";
  return { kind, distinctShare: distinct.size / seen, mean: dates ? sum / dates : 0 };
}

/** The ledger's rows and header texts as the content search reads them. */
export interface ContentSearch {
  values: unknown[][];
  headers: string[];
  /** The first row under the header (0-based). */
  start: number;
  /** The widest row's number of columns. */
  width: number;
  order: DateOrder;
  numberFormats?: string[][];
}

type Pick = (k: ColumnKind, c: number) => boolean;

/**
 * Fills the essential fields the header left missing from the content of the columns no field uses yet, and marks
 * them found by "content". Fields already mapped are kept.
 */
export function recogniseByContent(
  search: ContentSearch,
  columns: ColumnMapping,
  source: Record<LedgerField, MappingSource>,
): void {
  const { values, headers, start } = search;
  const used = new Set(Object.values(columns).filter((c): c is number => c !== null));
  const kinds = Array.from({ length: search.width }, (_, c) =>
    used.has(c) ? null : columnKind(values, c, start, search.order, search.numberFormats),
  );
  const take = (field: LedgerField, pick: Pick) => {
    if (columns[field] !== null) return;
    const c = kinds.findIndex((k, i) => k !== null && !used.has(i) && pick(k, i));
    if (c >= 0) {
      columns[field] = c;
      source[field] = "content";
      used.add(c);
    }
  };
  invoiceAndDueDates(kinds, columns, source, used);
  // A second date column holding the invoice dates again (用友's 凭证日期 beside 业务日期) is not a due date.
  take("dueDate", (k, c) => k.kind === "date" && !sameValues(values, c, columns.invoiceDate, start));
  // Money is never guessed from a column that cannot be money (moneyColumns.ts), nor beside a mapped open amount.
  if (columns.openAmount === null)
    take(
      "amount",
      (k, c) => k.kind === "number" && notMoney(values, c, start, headers[c] ?? "", columns.invoiceNumber) === null,
    );
  take("customer", (k) => k.kind === "text" && k.distinctShare < 0.9);
  take("invoiceNumber", (k) => k.kind === "text" || k.kind === "number");
}

/** Neither date named: of two or more date columns, the earliest dates are the invoice dates, the next the due dates. */
function invoiceAndDueDates(
  kinds: (ColumnKind | null)[],
  columns: ColumnMapping,
  source: Record<LedgerField, MappingSource>,
  used: Set<number>,
): void {
  const dateColumns = kinds
    .map((k, i) => ({ k, i }))
    .filter((x) => x.k?.kind === "date" && !used.has(x.i))
    .sort((a, b) => a.k!.mean - b.k!.mean);
  if (columns.invoiceDate === null && columns.dueDate === null && dateColumns.length >= 2) {
    columns.invoiceDate = dateColumns[0].i;
    columns.dueDate = dateColumns[1].i;
    source.invoiceDate = source.dueDate = "content";
    used.add(dateColumns[0].i).add(dateColumns[1].i);
  }
}

/** Two columns holding the same values on (nearly) every row where both are given. */
export function sameValues(values: unknown[][], a: number, b: number | null, start: number): boolean {
  if (b === null) return false;
  let both = 0;
  let same = 0;
  for (let r = start; r < values.length && both < 500; r++) {
    const x = values[r]?.[a];
    const y = values[r]?.[b];
    if (isBlank(x) || isBlank(y)) continue;
    both++;
    if (String(x).trim() === String(y).trim()) same++;
  }
  return both > 0 && same / both >= 0.9;
}
