/**
 * The customers' invoices as columns of numbers, in history order (customer by customer, each by billing date):
 * what the passes that replay past dates read (the grade's model check, the forecast check, peak balances, payment
 * habits). Read once from the invoices, so a million-row ledger replayed at a dozen month-ends converts each amount
 * to cents once, not at every date, and the loops touch typed arrays instead of objects.
 * Amounts are whole cents (core/money.ts toCents); a missing date is NaN (every comparison with it is false, so
 * "paid by t" is simply paid[i] <= t).
 */
import { toCents } from "../core/money";
import type { Invoice } from "../analysis/types";
import { isSettled } from "../analysis/portfolio";
import { billedOn } from "./pointInTime";

/** Flags of an invoice (bits of HistoryColumns.flags). */
export const DISPUTED = 1;
/** A positive invoice whose payment covers it to the cent (customerHistory.ts settledBy, once its date has come). */
export const PAYS_IN_FULL = 2;
/** Fully settled with a payment date as the ledger reads it (analysis/portfolio.ts isSettled). */
export const SETTLED = 4;
/** A positive amount (a sale, not a credit note). */
export const POSITIVE = 8;

export interface HistoryColumns {
  billed: Float64Array;
  /** NaN when the row has no invoice date. */
  invoiceDate: Float64Array;
  due: Float64Array;
  /** NaN when no payment date is given. */
  paid: Float64Array;
  /** Cents of the amount, of the paid amount, and of the open amount as read at the as-of date. */
  amount: Float64Array;
  paidAmount: Float64Array;
  open: Float64Array;
  /** ln(1 + days late) of the payment (0 without one): the grade's log scale (behaviourAt.ts). */
  lnLate: Float64Array;
  flags: Uint8Array;
}

/** The columns of `invoices`, row for row. */
export function historyColumns(invoices: readonly Invoice[]): HistoryColumns {
  const n = invoices.length;
  const c: HistoryColumns = {
    billed: new Float64Array(n),
    invoiceDate: new Float64Array(n),
    due: new Float64Array(n),
    paid: new Float64Array(n),
    amount: new Float64Array(n),
    paidAmount: new Float64Array(n),
    open: new Float64Array(n),
    lnLate: new Float64Array(n),
    flags: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) writeRow(c, i, invoices[i]);
  return c;
}

function writeRow(c: HistoryColumns, i: number, inv: Invoice): void {
  const amount = toCents(inv.amount);
  const paidAmount = toCents(inv.paidAmount);
  c.billed[i] = billedOn(inv);
  c.invoiceDate[i] = inv.invoiceDate ?? NaN;
  c.due[i] = inv.dueDate;
  c.paid[i] = inv.paidDate ?? NaN;
  c.amount[i] = amount;
  c.paidAmount[i] = paidAmount;
  c.open[i] = toCents(inv.openAmount);
  c.lnLate[i] = inv.paidDate === null ? 0 : Math.log1p(Math.max(0, inv.paidDate - inv.dueDate));
  let flags = inv.disputed ? DISPUTED : 0;
  if (inv.paidDate !== null && inv.amount > 0 && amount - paidAmount <= 0) flags |= PAYS_IN_FULL;
  if (isSettled(inv)) flags |= SETTLED;
  if (inv.amount > 0) flags |= POSITIVE;
  c.flags[i] = flags;
}
