/**
 * A readable row becomes an invoice: its payment taken as of the as-of date, then placed by the repeat rule
 * (paymentRows.ts) — kept as a new invoice, or a copy left out, or a payment added to the invoice it repeats.
 */
import { cellText } from "../core/cells";
import { isoFromSerial } from "../core/dates";
import { fromCents, toCents } from "../model/money";
import { money } from "../model/reason";
import type { Invoice } from "../model/types";
import { invoiceKey } from "./invoiceKey";
import type { ParseContext } from "./parseContext";
import { PaymentRecord, addPayment } from "./paymentRows";
import { cellOf } from "./rowFields";

/** The row's invoice, placed by the repeat rule. True when the row is a further payment of an invoice above it. */
export function placeRowInvoice(ctx: ParseContext, row: readonly unknown[], dueDate: number): boolean {
  const record = paymentAsOf(ctx, dueDate);
  const f = ctx.fields;
  const invoiceNumber = cellText(cellOf(row, ctx.col.invoiceNumber));
  const inv: Invoice = {
    row: ctx.rowIssues.row,
    customer: f.customer,
    invoiceNumber,
    invoiceDate: f.invoiceDate,
    dueDate,
    dueDateDerived: f.dueDateDerived,
    amount: f.amount,
    paidAmount: f.paidAmount,
    paidDate: toCents(f.paidAmount) !== 0 || f.paidDate !== null ? f.paidDate : null,
    openAmount: fromCents(toCents(f.amount) - toCents(f.paidAmount)),
    disputed: f.disputed,
    currency: f.currency,
    termsDays: f.termsDays,
  };
  return placeRow(ctx, inv, record);
}

/**
 * The row's payment as of the as-of date (a payment after it is not made yet; a paid date with no paid amount is
 * paid in full), with the warnings on its dates and an overpayment. Returns the payment as the row records it,
 * before the as-of date is applied: what tells repeated rows apart (ctx.record, rewritten by the next row).
 */
function paymentAsOf(ctx: ParseContext, dueDate: number): PaymentRecord {
  const f = ctx.fields;
  const issues = ctx.rowIssues;
  // One record for the whole ledger, rewritten per row (no object per row: a ledger may have a million rows).
  const record = ctx.record;
  record.cents = f.paidAmountGiven ? toCents(f.paidAmount) : f.paidDate !== null ? toCents(f.amount) : 0;
  record.date = f.paidDate;
  if (f.paidDate !== null && f.invoiceDate !== null && f.paidDate < f.invoiceDate) {
    const params = { paid: isoFromSerial(f.paidDate), invoiced: isoFromSerial(f.invoiceDate) };
    const text = `paid on ${params.paid}, before the invoice date ${params.invoiced}: check the dates`;
    issues.warn("paidDate", "row.paidBeforeInvoice", params, text);
  }
  if (f.paidDate !== null && f.paidDate > ctx.settings.asOf) {
    f.paidDate = null;
    f.paidAmount = 0;
  } else if (f.paidDate !== null && !f.paidAmountGiven) {
    f.paidAmount = f.amount;
  } else if (
    f.paidDate === null &&
    f.paidAmountGiven &&
    toCents(f.paidAmount) === toCents(f.amount) &&
    f.amount !== 0
  ) {
    issues.warn("paidDate", "row.paidNoDate", {}, "paid in full but no paid date is given: payment timing is unknown");
  }
  if (f.amount !== 0 && Math.abs(toCents(f.paidAmount)) > Math.abs(toCents(f.amount)))
    overpaid(ctx, f.paidAmount, f.amount);
  if (f.invoiceDate !== null && dueDate < f.invoiceDate) {
    issues.warn("dueDate", "row.dueBeforeInvoice", {}, "the due date is before the invoice date");
  }
  return record;
}

/** An overpayment is kept: the open amount becomes a credit, with a warning. */
function overpaid(ctx: ParseContext, paid: number, billed: number): void {
  const over = fromCents(Math.abs(toCents(paid)) - Math.abs(toCents(billed)));
  const text = `paid ${money(over)} more than billed: the excess is shown as a credit`;
  // Named at the cell that says it: the open amount where the ledger gives one (paid = amount − open).
  ctx.rowIssues.warn(ctx.col.openAmount >= 0 ? "openAmount" : "paidAmount", "row.overpaid", { over }, text);
}

/** The repeat rule (paymentRows.ts) for the row read as `inv`. True when the row is a further payment. */
function placeRow(ctx: ParseContext, inv: Invoice, record: PaymentRecord): boolean {
  const number = inv.invoiceNumber;
  const key = number === "" ? "" : invoiceKey(number);
  const verdict = ctx.repeats.verdict(key, inv.customer, inv.invoiceDate, toCents(inv.amount), record);
  if (verdict.kind === "new" || verdict.kind === "otherAmount") {
    if (verdict.kind === "otherAmount") {
      const firstAt = ctx.at(ctx.invoices[verdict.of].row, null);
      const text = `invoice number ${number} is also used at ${firstAt} with another amount`;
      ctx.rowIssues.warn("invoiceNumber", "row.duplicateNumber", { invoice: number, first: firstAt }, text);
    }
    keepInvoice(ctx, inv, key, record);
    return false;
  }
  return addToFirst(ctx, inv, ctx.invoices[verdict.of], verdict.kind);
}

/** A new invoice (or another amount under a used number), counted in its currency. */
function keepInvoice(ctx: ParseContext, inv: Invoice, key: string, record: PaymentRecord): void {
  if (inv.currency) ctx.currencies.set(inv.currency, (ctx.currencies.get(inv.currency) ?? 0) + 1);
  ctx.invoices.push(inv);
  ctx.repeats.keep(ctx.invoices.length - 1, key, record);
}

/**
 * A row repeating the invoice `first`: an exact copy is left out (its due date and dispute flag still count), a copy
 * recording a payment gives it its payment, a further payment row adds one. True for a further payment row.
 */
function addToFirst(
  ctx: ParseContext,
  inv: Invoice,
  first: Invoice,
  kind: "duplicate" | "duplicateWithPayment" | "payment",
): boolean {
  const number = inv.invoiceNumber;
  const firstAt = ctx.at(first.row, null);
  const params = { invoice: number, first: firstAt };
  if (first.invoiceNumber !== number) ctx.mergedNumbers.push([first.invoiceNumber, number]);
  const { paidDate, dueDate, disputed } = inv;
  if (kind === "duplicate") {
    // Its payment is already counted; its due date and dispute flag still count (whichever row comes first).
    addPayment(first, { paidCents: 0, paidDate: null, dueDate, disputed, balance: false });
    ctx.rowIssues.exclude("invoiceNumber", "row.duplicate", params, `duplicate of invoice ${number} at ${firstAt}`);
    return false;
  }
  const isOver = () => first.amount !== 0 && Math.abs(toCents(first.paidAmount)) > Math.abs(toCents(first.amount));
  const wasOver = isOver();
  addPayment(first, { paidCents: toCents(inv.paidAmount), paidDate, dueDate, disputed, balance: ctx.balance });
  if (!wasOver && isOver()) overpaid(ctx, first.paidAmount, first.amount);
  if (kind === "duplicateWithPayment") {
    const text =
      `a copy of invoice ${number} at ${firstAt} that records its payment: the payment is added to it, ` +
      "the row is not counted again";
    ctx.rowIssues.exclude("invoiceNumber", "row.duplicateWithPayment", params, text);
    return false;
  }
  ctx.rowIssues.warn(
    "paidAmount",
    "row.paymentRow",
    params,
    `a further payment of invoice ${number} at ${firstAt}: added to it`,
  );
  return true;
}
