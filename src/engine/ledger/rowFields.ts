/**
 * Reading one document row's cells into its fields (parseContext.ts RowFields), in the order the issues are said:
 * customer, amounts, dates, terms, payment, disputed flag, currency. A cell that cannot be read is an issue naming
 * it (excluded, or kept with a warning); the decisions are written down in parseLedger.ts.
 */
import { cellText, isBlank } from "../core/cells";
import { endOfMonth, isoFromSerial } from "../core/dates";
import { fromCents, toCents } from "../model/money";
import { money } from "../model/reason";
import type { LedgerField } from "../model/types";
import { dateCell, moneyCell, tooLarge } from "./cellReaders";
import type { ParseContext } from "./parseContext";
import { applySigns } from "./signs";
import { swapDayMonth } from "./swappedSerials";

type Row = readonly unknown[];

/** The cell of a column, undefined when the column is unmapped (-1). */
export const cellOf = (row: Row, c: number): unknown => (c < 0 ? undefined : row[c]);

/** A date cell, its serial's day and month exchanged in a column Excel mis-read (swappedSerials.ts). */
function dateAt(ctx: ParseContext, row: Row, c: number): unknown {
  const v = cellOf(row, c);
  return ctx.swapped !== null && ctx.swapped.has(c) && typeof v === "number" ? swapDayMonth(v) : v;
}

/** Reads a document row into ctx.fields; its issues go to ctx.rowIssues. */
export function readRowFields(ctx: ParseContext, row: Row): void {
  readCustomer(ctx, row);
  readOpenAmount(ctx, row);
  readAmount(ctx, row);
  readInvoiceDate(ctx, row);
  readTerms(ctx, row);
  readDueDate(ctx, row);
  readPaidDate(ctx, row);
  readPaidAmount(ctx, row);
  applyDirection(ctx);
  paidFromOpen(ctx);
  readDisputed(ctx, row);
  readCurrency(ctx, row);
  checkAsOf(ctx);
}

function readCustomer(ctx: ParseContext, row: Row): void {
  const issues = ctx.rowIssues;
  const written = cellText(cellOf(row, ctx.customerColumn));
  const customer = written === "" ? "" : ctx.names.nameOf(written);
  ctx.fields.customer = customer;
  const bySupplier = ctx.settings.party === "supplier";
  if (ctx.customerColumn < 0) {
    if (bySupplier) issues.exclude(null, "row.noSupplierColumn", {}, "no supplier column is mapped");
    else issues.exclude(null, "row.noCustomerColumn", {}, "no customer column is mapped");
  } else if (customer === "") {
    if (bySupplier) issues.exclude("customer", "row.supplierEmpty", {}, "the supplier is empty");
    else issues.exclude("customer", "row.customerEmpty", {}, "the customer is empty");
  }
}

/** An amount beyond ±1e13 (cellReaders.ts tooLarge): the row is excluded with its address. */
function tooLargeIssue(ctx: ParseContext, field: LedgerField, label: string, value: number): void {
  ctx.rowIssues.exclude(
    field,
    "row.amountTooLarge",
    { field: label, value: String(value) },
    `${label}: ${value} is beyond ±10,000,000,000,000 (1e13), more than any ledger holds: check the cell`,
  );
}

/** The open (remaining) amount, where the ledger gives one. */
function readOpenAmount(ctx: ParseContext, row: Row): void {
  ctx.fields.open = null;
  const raw = cellOf(row, ctx.col.openAmount);
  if (ctx.col.openAmount < 0 || isBlank(raw)) return;
  const o = moneyCell(raw);
  if (typeof o === "string")
    ctx.rowIssues.exclude("openAmount", "row.badOpenAmount", { problem: o }, `open amount: ${o}`);
  else if (tooLarge(o)) tooLargeIssue(ctx, "openAmount", "open amount", o);
  else ctx.fields.open = fromCents(toCents(o));
}

function readAmount(ctx: ParseContext, row: Row): void {
  const f = ctx.fields;
  const issues = ctx.rowIssues;
  f.amount = 0;
  if (ctx.mapped.amount === null) {
    if (ctx.mapped.openAmount === null) issues.exclude(null, "row.noAmountColumn", {}, "no amount column is mapped");
    else if (f.open !== null)
      f.amount = f.open; // only balances: the open amount is the amount still owed
    else if (!issues.hasExcluded())
      issues.exclude("openAmount", "row.openEmpty", {}, "the open amount is empty and no amount column is mapped");
  } else {
    const a = moneyCell(cellOf(row, ctx.col.amount));
    if (typeof a === "string") issues.exclude("amount", "row.badAmount", { problem: a }, `amount: ${a}`);
    else if (tooLarge(a)) tooLargeIssue(ctx, "amount", "amount", a);
    else f.amount = fromCents(toCents(a));
  }
}

/** An unreadable invoice date excludes the row, unless a due date column can age it. */
function readInvoiceDate(ctx: ParseContext, row: Row): void {
  ctx.fields.invoiceDate = null;
  const inv = dateCell(dateAt(ctx, row, ctx.col.invoiceDate), ctx.settings.dateOrder);
  if (typeof inv !== "string") {
    ctx.fields.invoiceDate = inv;
    return;
  }
  const problem = { problem: inv };
  if (ctx.mapped.dueDate === null)
    ctx.rowIssues.exclude("invoiceDate", "row.badInvoiceDate", problem, `invoice date: ${inv}`);
  else {
    const text = `invoice date: ${inv}; the row is aged by its due date only`;
    ctx.rowIssues.warn("invoiceDate", "row.badInvoiceDateIgnored", problem, text);
  }
}

function readTerms(ctx: ParseContext, row: Row): void {
  const f = ctx.fields;
  f.termsDays = null;
  f.termsFromMonthEnd = false;
  const c = ctx.col.terms;
  if (ctx.mapped.terms === null || isBlank(cellOf(row, c))) return;
  const t = ctx.termsOf(cellOf(row, c));
  if (t.ok) {
    f.termsDays = t.value;
    f.termsFromMonthEnd = ctx.fromMonthEnd(cellOf(row, c));
  } else ctx.rowIssues.warn("terms", "row.badTerms", { problem: t.problem }, t.problem);
}

/** The due date: its cell, else the invoice date plus the terms (the row's, else the default). */
function readDueDate(ctx: ParseContext, row: Row): void {
  const f = ctx.fields;
  const issues = ctx.rowIssues;
  f.dueDate = null;
  f.dueDateDerived = false;
  const due = dateCell(dateAt(ctx, row, ctx.col.dueDate), ctx.settings.dateOrder);
  if (typeof due === "string") issues.exclude("dueDate", "row.badDueDate", { problem: due }, `due date: ${due}`);
  else if (due !== null) f.dueDate = due;
  else if (f.invoiceDate !== null) deriveDueDate(ctx, f.invoiceDate);
  else if (!issues.hasExcluded()) {
    const field = ctx.mapped.dueDate !== null ? "dueDate" : "invoiceDate";
    issues.exclude(field, "row.noDates", {}, "neither a due date nor an invoice date is given");
  }
}

function deriveDueDate(ctx: ParseContext, invoiceDate: number): void {
  const f = ctx.fields;
  const days = f.termsDays ?? ctx.settings.defaultTermsDays;
  // End-of-month terms ("Net 30 EOM", 月结30天) count from the end of the invoice's month.
  f.dueDate = (f.termsFromMonthEnd ? endOfMonth(invoiceDate) : invoiceDate) + days;
  f.dueDateDerived = true;
  if (ctx.mapped.dueDate !== null) {
    const text = `the due date is empty: taken as the invoice date + ${days} days`;
    ctx.rowIssues.warn("dueDate", "row.dueDerived", { days }, text);
  }
}

function readPaidDate(ctx: ParseContext, row: Row): void {
  ctx.fields.paidDate = null;
  const paid = dateCell(dateAt(ctx, row, ctx.col.paidDate), ctx.settings.dateOrder);
  if (typeof paid === "string")
    ctx.rowIssues.exclude("paidDate", "row.badPaidDate", { problem: paid }, `paid date: ${paid}`);
  else ctx.fields.paidDate = paid;
}

function readPaidAmount(ctx: ParseContext, row: Row): void {
  const f = ctx.fields;
  f.paidAmount = 0;
  f.paidAmountGiven = false;
  const raw = cellOf(row, ctx.col.paidAmount);
  if (ctx.mapped.paidAmount === null || isBlank(raw)) return;
  const p = moneyCell(raw);
  if (typeof p === "string")
    ctx.rowIssues.exclude("paidAmount", "row.badPaidAmount", { problem: p }, `paid amount: ${p}`);
  else if (tooLarge(p)) tooLargeIssue(ctx, "paidAmount", "paid amount", p);
  else {
    f.paidAmount = fromCents(toCents(p));
    f.paidAmountGiven = true;
  }
}

/**
 * Payments and open amounts go the invoice's direction (signs.ts); a row that breaks it names its cell. An invoice
 * with no open amount and a payment of 0 or more keeps every convention: nothing to check.
 */
function applyDirection(ctx: ParseContext): void {
  const f = ctx.fields;
  if (ctx.mapped.amount === null || !(f.amount < 0 || f.paidAmount < 0 || f.open !== null)) return;
  if (ctx.rowIssues.hasExcluded()) return;
  const given = f.paidAmountGiven ? toCents(f.paidAmount) : null;
  const signed = applySigns(toCents(f.amount), given, f.open === null ? null : toCents(f.open));
  const problem = signed.problem;
  if (problem) ctx.rowIssues.exclude(problem.field, problem.code, problem.params, problem.text);
  if (signed.paidCents !== null) f.paidAmount = fromCents(signed.paidCents);
  if (signed.openCents !== null) f.open = fromCents(signed.openCents);
}

/** With an open amount, what was paid is amount − open; a paid amount that says otherwise is a warning. */
function paidFromOpen(ctx: ParseContext): void {
  const f = ctx.fields;
  const open = f.open;
  if (open === null || ctx.mapped.amount === null || ctx.rowIssues.hasExcluded()) return;
  const paid = fromCents(toCents(f.amount) - toCents(open));
  if (f.paidAmountGiven && toCents(f.paidAmount) !== toCents(paid)) {
    ctx.rowIssues.warn(
      "openAmount",
      "row.openDiffers",
      { open, paid: f.paidAmount },
      `the open amount ${money(open)} does not match the amount less the paid amount ${money(f.paidAmount)}: the open amount is used`,
    );
  }
  f.paidAmount = paid;
  f.paidAmountGiven = true;
}

/** An unreadable disputed flag is read as not disputed, with a warning. */
function readDisputed(ctx: ParseContext, row: Row): void {
  ctx.fields.disputed = false;
  if (ctx.mapped.disputed === null) return;
  const d = ctx.flagOf(cellOf(row, ctx.col.disputed));
  if (d.ok) ctx.fields.disputed = d.value;
  else {
    const text = `disputed: ${d.problem}; read as not disputed`;
    ctx.rowIssues.warn("disputed", "row.badDisputed", { problem: d.problem }, text);
  }
}

/** The row's currency, counted over the whole ledger; a row in another currency than the one analysed is left out. */
function readCurrency(ctx: ParseContext, row: Row): void {
  const currency = rowCurrency(ctx, row);
  ctx.fields.currency = currency;
  if (currency) ctx.ledgerCurrencies.set(currency, (ctx.ledgerCurrencies.get(currency) ?? 0) + 1);
  const only = ctx.settings.onlyCurrency;
  if (currency && only && currency !== only) {
    const text = `in ${currency}: only ${only} is analysed (chosen in the settings)`;
    ctx.rowIssues.exclude(ctx.currencyField, "row.otherCurrency", { currency, only }, text);
  }
}

const MONEY_FIELDS: readonly LedgerField[] = ["amount", "paidAmount", "openAmount"];

/**
 * The row's currency: its currency cell, else (no currency column, or a blank cell) the currency its amount cell
 * shows by a mark or a number format (amountCurrency.ts). A money cell marked in another currency is an issue:
 * amounts in two currencies are never added.
 */
function rowCurrency(ctx: ParseContext, row: Row): string | null {
  const r = ctx.rowIssues.row;
  const given = ctx.col.currency >= 0 ? ctx.currencyOf(row[ctx.col.currency]) : null;
  const marked = ctx.markedColumn;
  const currency = given ?? (marked >= 0 ? ctx.markOf(row[marked], r, marked) : null);
  if (currency === null) return null;
  for (let i = 0; i < 3; i++) {
    const c = ctx.moneyColumns[i];
    const mark = c >= 0 ? ctx.markOf(row[c], r, c) : null;
    if (mark === null || mark === currency) continue;
    const text = `the cell is marked ${mark} on a row in ${currency}: amounts in two currencies are not added; correct the cell`;
    ctx.rowIssues.exclude(MONEY_FIELDS[i], "row.currencyMarkDiffers", { mark, currency }, text);
  }
  return currency;
}

/** An invoice dated after the as-of date did not exist yet (said once with the count: afterAsOf.ts). */
function checkAsOf(ctx: ParseContext): void {
  const invoiceDate = ctx.fields.invoiceDate;
  if (invoiceDate === null || !(invoiceDate > ctx.settings.asOf)) return;
  const date = isoFromSerial(invoiceDate);
  ctx.rowIssues.exclude("invoiceDate", "row.afterAsOf", { date }, `invoiced on ${date}, after the as-of date`);
}
