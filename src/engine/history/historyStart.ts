/**
 * Where the ledger's payment history really begins. A ledger exported from a system that was switched on partway,
 * or with old payments archived, bills from its first month but records payments only later: before that month the
 * customers look as if they never paid, and a replay there judges the grade on payments the ledger does not hold.
 * The history begins with the first month whose payments are in proportion to billing — at least PAYMENT_SHARE of an
 * average month's billing paid in it. A ledger paying from its start reaches that within a month or two (terms and
 * lateness delay the first payments); only a start more than GRACE_MONTHS after the first billing is reported.
 */
import { daysInMonth, endOfMonth, ymdFromSerial } from "../core/dates";
import type { CustomerHistory } from "./customerHistory";
import { POSITIVE, type HistoryColumns } from "./historyColumns";

export const PAYMENT_SHARE = 0.25;
export const GRACE_MONTHS = 3;

export interface HistoryStart {
  /** First day of the month the payment history begins with (serial). */
  date: number;
  /** The ledger's first billing date (serial). */
  firstBilled: number;
}

const monthIndex = (serial: number) => {
  const { year, month } = ymdFromSerial(serial);
  return year * 12 + month - 1;
};

/**
 * The month (from `base`) of a date from `first` to `asOf`: a table of the days, read by every invoice, where the days
 * are fewer than the dates looked up (each costs a calendar conversion); a ledger from 1900 to 9999 is 2.9 million
 * days, looked up one by one instead.
 */
function monthsFrom(first: number, asOf: number, base: number, lookups: number): (serial: number) => number {
  const from = Math.ceil(first);
  const days = Math.max(0, Math.floor(asOf) - from + 1);
  if (days > lookups) return (serial) => monthIndex(serial) - base;
  const table = new Int32Array(days);
  let { year, month, day } = ymdFromSerial(from);
  for (let d = 0, index = year * 12 + month - 1 - base; d < days; index++) {
    const daysLeft = daysInMonth(year, month) - day + 1;
    table.fill(index, d, Math.min(days, d + daysLeft));
    d += daysLeft;
    day = 1;
    year += month === 12 ? 1 : 0;
    month = month === 12 ? 1 : month + 1;
  }
  return (serial) => {
    const d = serial - from;
    return Number.isInteger(d) && d >= 0 && d < table.length ? table[d] : monthIndex(serial) - base;
  };
}

/** Billed and paid cents per month, from the month of the first billing (`first`) to the as-of month. */
export interface MonthlySums {
  first: number;
  billed: number[];
  paid: number[];
}

/**
 * The monthly sums of the invoices with a positive amount (the POSITIVE flag), read from the customers' history
 * columns (historyColumns.ts): billed in the month of the invoice date (the due date where it is missing, NaN), paid
 * in the month of the payment from the first billing on; whole cents, so any order gives the same sums.
 */
function monthlyOf(histories: readonly CustomerHistory[], asOf: number): MonthlySums | null {
  let first = Infinity;
  for (let k = 0; k < histories.length; k++) {
    const h = histories[k]; // an index loop: an iterator's step makes a result object per customer
    const c = h.columns;
    for (let i = h.start, end = h.start + h.invoices.length; i < end; i++)
      if ((c.flags[i] & POSITIVE) !== 0) first = Math.min(first, billingDate(c, i));
  }
  if (!Number.isFinite(first) || first > asOf) return null;
  const base = monthIndex(first);
  const n = monthIndex(asOf) - base + 1;
  const billed = new Array<number>(n).fill(0);
  const paid = new Array<number>(n).fill(0);
  const monthOf = monthsFrom(first, asOf, base, 2 * invoiceCount(histories));
  for (let k = 0; k < histories.length; k++) {
    const h = histories[k]; // an index loop: an iterator's step makes a result object per customer
    const c = h.columns;
    for (let i = h.start, end = h.start + h.invoices.length; i < end; i++) {
      if ((c.flags[i] & POSITIVE) === 0) continue;
      const b = billingDate(c, i);
      if (b <= asOf) billed[monthOf(b)] += c.amount[i];
      // paidAmount > 0 in cents: a positive amount under half a cent adds 0 cents in `monthly` too.
      const p = c.paid[i];
      if (p <= asOf && p >= first && c.paidAmount[i] > 0) paid[monthOf(p)] += c.paidAmount[i];
    }
  }
  return { first, billed, paid };
}

function invoiceCount(histories: readonly CustomerHistory[]): number {
  let count = 0;
  for (let k = 0; k < histories.length; k++) count += histories[k].invoices.length;
  return count;
}

/** The invoice date of row i, else its due date (the billing month). */
function billingDate(c: HistoryColumns, i: number): number {
  const invoiceDate = c.invoiceDate[i];
  return invoiceDate === invoiceDate ? invoiceDate : c.due[i];
}

/** The month the payment history begins with, when it is later than the ledger's start allows; else null. */
export function paymentHistoryStartOf(histories: readonly CustomerHistory[], asOf: number): HistoryStart | null {
  return startFromMonthlySums(monthlyOf(histories, asOf));
}

/** The rule on the monthly sums: the first month paying PAYMENT_SHARE of an average month's billing, past the grace. */
export function startFromMonthlySums(m: MonthlySums | null): HistoryStart | null {
  if (!m) return null;
  const average = m.billed.reduce((s, c) => s + c, 0) / m.billed.length;
  const k = m.paid.findIndex((c) => c >= PAYMENT_SHARE * average);
  if (k <= GRACE_MONTHS) return null;
  const date = endOfMonth(m.first, k - 1) + 1;
  return { date, firstBilled: m.first };
}
