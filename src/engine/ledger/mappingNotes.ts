/**
 * What the column mapping tells the user beside the columns: the fields recognised from their content, the
 * essential columns missing (and what stands in for them), how the ledger's text dates are read, and dates Excel
 * read month-first in a day/month file.
 */
import type { DateOrder } from "../core/dates";
import { reason } from "../model/reason";
import {
  ColumnMapping,
  LEDGER_FIELDS,
  LedgerField,
  MappingResult,
  MappingSource,
  Reason,
  SwappedSerials,
} from "../model/types";
import { inferDateOrder } from "./dateOrder";
import { planRows } from "./rowKinds";
import { findSwappedSerials } from "./swappedSerials";

/** A column as the user sees it: its header text, or "column 3" when the header is blank. */
export function columnName(headers: readonly string[], column: number): string {
  return headers[column] || `column ${column + 1}`;
}

/** The mapping the notes are about: the header row, its texts, the columns and how each field was found. */
export type FoundColumns = Pick<MappingResult, "headerRow" | "headers" | "columns" | "source">;

/** One note per field recognised from its column's content rather than its header. */
export function byContentNotes(
  headers: readonly string[],
  columns: ColumnMapping,
  source: Record<LedgerField, MappingSource>,
): Reason[] {
  const name = (f: LedgerField) => (columns[f] !== null ? columnName(headers, columns[f]!) : "");
  return LEDGER_FIELDS.filter((f) => source[f] === "content").map((f) =>
    reason("mapping.byContent", { field: f, column: name(f) }, `${f} was recognised from the content of ${name(f)}`),
  );
}

/** The essential columns missing: the customer (or supplier), the amount, the dates and the payments. */
export function missingColumnNotes(values: unknown[][], found: FoundColumns, party: "customer" | "supplier"): Reason[] {
  const { columns } = found;
  const notes = [...customerNotes(values, found, party)];
  if (columns.amount === null && columns.openAmount === null)
    notes.push(reason("mapping.missingAmount", {}, "No amount column was found: choose it in the mapping"));
  notes.push(...dueDateNotes(columns));
  if (columns.paidDate === null && columns.paidAmount === null && columns.openAmount === null)
    notes.push(
      reason(
        "mapping.noPayments",
        {},
        "No payment columns: every invoice is treated as unpaid, so no payment behaviour can be measured",
      ),
    );
  return notes;
}

/** No customer column: the group rows name the customers, or the user must choose the column. */
function customerNotes(values: unknown[][], found: FoundColumns, party: "customer" | "supplier"): Reason[] {
  const { headerRow, headers, columns, source } = found;
  if (columns.customer !== null) return [];
  const plan = () => planRows(values, { headerRow, headers, columns, source, notes: [], dateOrder: null });
  const fromGroups = headerRow >= 0 && plan().groupCustomer !== null;
  if (fromGroups)
    return [
      reason(
        "mapping.customerFromGroups",
        {},
        "No customer column: each document's customer is the group row above it (a customer's name on a row of its own)",
      ),
    ];
  if (party === "supplier")
    return [reason("mapping.missingSupplier", {}, "No supplier column was found: choose it in the mapping")];
  return [reason("mapping.missingCustomer", {}, "No customer column was found: choose it in the mapping")];
}

/** No due-date column: due dates from the terms, from the default term, or not at all. */
function dueDateNotes(columns: ColumnMapping): Reason[] {
  if (columns.dueDate !== null) return [];
  if (columns.terms !== null && columns.invoiceDate !== null)
    return [reason("mapping.dueFromTerms", {}, "No due-date column: due dates are the invoice date plus the terms")];
  if (columns.invoiceDate !== null)
    return [
      reason("mapping.dueFromDefault", {}, "No due-date column: due dates are the invoice date plus the default term"),
    ];
  return [
    reason(
      "mapping.missingDates",
      {},
      "Neither a due-date nor an invoice-date column was found: choose one in the mapping",
    ),
  ];
}

/** The mapped date columns: invoice, due and paid dates. */
function datedColumns(columns: ColumnMapping): number[] {
  return [columns.invoiceDate, columns.dueDate, columns.paidDate].filter((c): c is number => c !== null);
}

/**
 * The order of the ledger's text dates while the setting is "auto": read from the dates that fit only one order
 * (dateOrder.ts), with a note saying which, or that the ledger mixes both. Null with no note otherwise.
 */
export function textDateOrder(
  values: unknown[][],
  columns: ColumnMapping,
  start: number,
  order: DateOrder,
): { dateOrder: MappingResult["dateOrder"]; notes: Reason[] } {
  if (order !== "auto") return { dateOrder: null, notes: [] };
  const inferred = inferDateOrder(values, datedColumns(columns), start);
  if (inferred.order) {
    const name = inferred.order === "mdy" ? "month/day/year" : "day/month/year";
    const note = reason(
      `mapping.dateOrder.${inferred.order}`,
      { example: inferred.example! },
      `text dates are read as ${name}: "${inferred.example}" can only be read that way (change the date order in the settings if needed)`,
    );
    return { dateOrder: inferred.order, notes: [note] };
  }
  if (!inferred.conflict) return { dateOrder: inferred.order, notes: [] };
  const mixed = reason(
    "mapping.dateOrderMixed",
    {},
    "the ledger's text dates are written both month/day and day/month: choose the date order in the settings; dates that do not fit it are listed as issues",
  );
  return { dateOrder: inferred.order, notes: [mixed] };
}

/** Date columns whose serials Excel read month-first in a day/month file (swappedSerials.ts), with a note naming them. */
export function swappedSerialDates(
  values: unknown[][],
  headers: readonly string[],
  columns: ColumnMapping,
  start: number,
): { swappedSerials: SwappedSerials | null; notes: Reason[] } {
  const swappedSerials = findSwappedSerials(values, datedColumns(columns), start);
  if (!swappedSerials) return { swappedSerials, notes: [] };
  const names = swappedSerials.columns.map((c) => columnName(headers, c)).join(", ");
  const note = reason(
    "mapping.serialsSwapped",
    { columns: names, example: swappedSerials.example },
    `${names}: Excel read some dates month-first although "${swappedSerials.example}" shows the column is day/month (a d/m/y file opened with m/d/y settings): read those dates the other way`,
  );
  return { swappedSerials, notes: [note] };
}
