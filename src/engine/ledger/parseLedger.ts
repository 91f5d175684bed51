/**
 * Rows to invoices. Every row below the header either becomes an invoice, is blank (skipped and counted), or
 * becomes an issue with the address of the cell to fix and the reason — nothing is dropped silently.
 * Decisions, written down:
 * - A paid date after the as-of date means the invoice was still open on the as-of date.
 * - A paid date with no paid-amount column (or a blank paid amount) means paid in full on that date.
 * - An invoice dated after the as-of date did not exist yet: excluded, with an issue saying so.
 * - Repeated invoice numbers follow the repeat rule of paymentRows.ts: rows of one invoice (customer, number folded
 *   as invoiceKey.ts folds it, invoice date, amount) that differ in payment are its payments; an exact copy is a
 *   duplicate (excluded, naming the row it repeats); another invoice date is another invoice; the same date with
 *   another amount is kept and flagged. The invoices never depend on the order of the rows.
 * - Signs follow signs.ts: payments and open amounts go the invoice's direction; a row that breaks it is an issue.
 * - A payment dated before its invoice date is kept with a warning.
 * - A due date before the invoice date, an overpayment (open amount becomes a credit) and an unreadable disputed
 *   flag (read as not disputed) are kept with a warning.
 * - A totals or subtotal line (合计, 小计, Total, Grand total… and no invoice number of its own) is excluded with a
 *   reason: counted as an invoice it would double the receivables. A customer named "Total" with its own invoice
 *   number is a customer.
 * The steps, each in its file: which rows are documents (rowKinds.ts), a totals line (totalsCell.ts), one row's
 * cells read into its fields (rowFields.ts, with cellReaders.ts), its invoice with its payment as of the as-of date
 * placed by the repeat rule (invoiceRows.ts), and the issues naming each cell (rowIssues.ts). What a parse holds
 * across its rows is in parseContext.ts.
 */
import { isBlank } from "../core/cells";
import { reason } from "../model/reason";
import type { Invoice, LedgerInput, MappingResult, RowCounts, RowIssue } from "../model/types";
import { AFTER_AS_OF, afterAsOfIssues, countAfterAsOf } from "./afterAsOf";
import { isBlankRow } from "./cellReaders";
import { placeRowInvoice } from "./invoiceRows";
import { ParseContext, ParseSettings, parseContext } from "./parseContext";
import { cellOf, readRowFields } from "./rowFields";
import { rowPlanner, RowPlan, RowPlanner } from "./rowKinds";
import { SkippedRows, skippedCollector } from "./skippedRows";
import { totalsCell } from "./totalsCell";

export { MAX_AMOUNT } from "./cellReaders";
export type { ParseSettings } from "./parseContext";
export { isTotalsText } from "./totalsCell";

export interface ParsedLedger {
  invoices: Invoice[];
  issues: RowIssue[];
  counts: RowCounts;
  /** The most common currency in the currency column, if any. */
  currency: string | null;
  /** Invoices per currency in the currency column (empty without one). */
  currencies: Map<string, number>;
  /** Rows per currency in the whole ledger, whatever was analysed: the choices for `onlyCurrency`. */
  ledgerCurrencies: Map<string, number>;
  /** Customer names written in more than one way and read as one customer: [the name used, another spelling]. */
  mergedNames: [string, string][];
  /** Invoice numbers written in more than one way and read as one invoice: [the number used, another spelling]. */
  mergedNumbers: [string, string][];
  /** Rows left out for what they are (rowKinds.ts: totals, bucket and group rows, drafts…), per kind: not errors. */
  skipped: SkippedRows[];
  /** The export's own totals rows and the voided documents read with nothing owed (reconcile.ts, skippedRows.ts). */
  layout: Pick<RowPlan, "totals" | "voided" | "rows" | "groupCustomer">;
  /** The range's width: its widest row (header rows included), read on the way. */
  width: number;
}

export function parseLedger(input: LedgerInput, mapping: MappingResult, settings: ParseSettings): ParsedLedger {
  const values = input.values;
  // What each row is (rowKinds.ts): rows that are not documents are left out and said once per kind. With a
  // customer column each row is planned just before it is read (one pass over the rows); without one, the customers
  // the group rows name are read from a column after the last, known once every row is planned.
  const planner = rowPlanner(values, mapping);
  if (!planner.inOrder) planRest(values, mapping.headerRow + 1, planner);
  const plan = planner.plan;
  const skipped = skippedCollector();
  const ctx = parseContext(input, mapping, settings, plan.groupCustomer);
  let width = rangeWidth(values, 0, mapping.headerRow + 1);
  for (let r = mapping.headerRow + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    if (row.length > width) width = row.length;
    ctx.counts.dataRows++;
    if (isBlankRow(row)) {
      ctx.counts.blank++;
      continue;
    }
    ctx.rowIssues.start(r);
    const skip = planner.inOrder ? planner.next(row, r) : plan.kinds.get(r);
    if (skip !== undefined && skip !== null) skipped.add(skip, r);
    else readDocumentRow(ctx, r, plan.rows.size > 0 ? (plan.rows.get(r) ?? row) : row);
  }
  return parsedLedger(ctx, plan, skipped.list(), width);
}

/** Plans the non-blank rows from `from` on (rowKinds.ts planRows). */
function planRest(values: readonly (readonly unknown[] | undefined)[], from: number, planner: RowPlanner): void {
  for (let r = from; r < values.length; r++) {
    const row = values[r];
    if (row && !isBlankRow(row)) planner.next(row, r);
  }
}

/** The widest of rows `from` … `to` − 1 (a missing row: 0). */
function rangeWidth(values: readonly (readonly unknown[] | undefined)[], from: number, to: number): number {
  let width = 0;
  for (let r = from; r < to && r < values.length; r++) width = Math.max(width, values[r]?.length ?? 0);
  return width;
}

/** A row that may be a document: a totals line, or its fields read and its invoice placed, its issues kept. */
function readDocumentRow(ctx: ParseContext, r: number, row: unknown[]): void {
  if (isTotalsLine(ctx, r, row)) return;
  readRowFields(ctx, row);
  const dueDate = ctx.fields.dueDate;
  const paymentRow = !ctx.rowIssues.hasExcluded() && dueDate !== null && placeRowInvoice(ctx, row, dueDate);
  if (ctx.rowIssues.hasExcluded()) ctx.counts.excluded++;
  else if (paymentRow) ctx.counts.payments++;
  const rowIssues = ctx.rowIssues.list;
  for (let i = 0; i < rowIssues.length; i++) {
    if (rowIssues[i].reason.code === AFTER_AS_OF) countAfterAsOf(ctx.later, rowIssues[i]);
    else ctx.issues.push(rowIssues[i]);
  }
}

/** A totals line (totalsCell.ts) is left out with the address of its totals cell. */
function isTotalsLine(ctx: ParseContext, r: number, row: unknown[]): boolean {
  const col = ctx.col;
  const hasDate = !isBlank(cellOf(row, col.invoiceDate)) || !isBlank(cellOf(row, col.dueDate));
  const totals = totalsCell(row, ctx.customerColumn, cellOf(row, col.invoiceNumber), hasDate);
  if (totals === null) return false;
  const text = `a totals line ("${totals.label}"), not an invoice: left out so it is not counted twice`;
  ctx.issues.push({
    row: r,
    address: ctx.address(r, totals.column),
    field: null,
    severity: "excluded",
    reason: reason("row.totals", { label: totals.label }, text),
  });
  ctx.counts.excluded++;
  return true;
}

/** The results, once every row is read. */
function parsedLedger(ctx: ParseContext, plan: RowPlan, skipped: SkippedRows[], width: number): ParsedLedger {
  const { invoices, issues, counts, currencies } = ctx;
  issues.push(...afterAsOfIssues(ctx.later)); // said once with the count (afterAsOf.ts)
  counts.invoices = invoices.length;
  let currency: string | null = null;
  let most = 0;
  for (const [c, n] of currencies) if (n > most) [currency, most] = [c, n];
  const layout = { totals: plan.totals, voided: plan.voided, rows: plan.rows, groupCustomer: plan.groupCustomer };
  return {
    invoices,
    issues,
    counts,
    currency,
    currencies,
    ledgerCurrencies: ctx.ledgerCurrencies,
    mergedNames: ctx.names.merged,
    mergedNumbers: ctx.mergedNumbers,
    skipped,
    layout,
    width,
  };
}
