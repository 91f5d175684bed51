/**
 * The ledger at a past date (docs/METRICS.md, "History and backtests"): an invoice is open at `t` when it was billed on
 * or before `t` and not settled by `t`; its open amount at `t` is amount − payments dated ≤ `t`.
 *
 * The ledger gives one payment date per invoice (the last one), so a payment counts from that date: before it the
 * invoice is open for its full amount. A payment without a date (paid amount given, no paid date) is of unknown
 * timing: it is taken as made on the as-of date the invoices were read at, i.e. after every past date — the
 * conservative reading (the debt was still owed in the past). Invoices come from `analyzeLedger` at the latest
 * as-of date, so they carry everything known; payments after that date are unknown and never counted.
 */
import { endOfMonth } from "../core/dates";
import { fromCents, toCents } from "../model/money";
import type { Invoice } from "../model/types";

/** The date an invoice entered the ledger: its invoice date, else its due date less its terms, else its due date. */
export function billedOn(invoice: Invoice): number {
  if (invoice.invoiceDate !== null) return invoice.invoiceDate;
  return invoice.dueDate - (invoice.termsDays ?? 0);
}

/** Whether the payment recorded on an invoice had been made by date `t`. */
export function paidBy(invoice: Invoice, t: number): boolean {
  return invoice.paidDate !== null && invoice.paidDate <= t;
}

/** Open amount of an invoice at the end of day `t`, in cents (0 before it was billed). */
export function openCentsAt(invoice: Invoice, t: number): number {
  if (billedOn(invoice) > t) return 0;
  const amount = toCents(invoice.amount);
  return paidBy(invoice, t) ? amount - toCents(invoice.paidAmount) : amount;
}

/** Open amount of an invoice at the end of day `t`, to the cent. */
export function openAmountAt(invoice: Invoice, t: number): number {
  return fromCents(openCentsAt(invoice, t));
}

/** The last `count` month-ends on or before `asOf`, oldest first (asOf itself when it is a month-end). */
export function monthEndsUpTo(asOf: number, count: number): number[] {
  if (!Number.isInteger(count) || count < 1) throw new RangeError("count must be a whole number of at least 1");
  const lastFull = endOfMonth(asOf) === asOf ? asOf : endOfMonth(asOf, -1);
  const ends: number[] = [];
  for (let k = count - 1; k >= 0; k--) ends.push(endOfMonth(lastFull, -k));
  return ends;
}

/*
 * The same ledger as a full analysis at as-of `t` reads it (parseLedger + portfolio): a row is listed when its
 * invoice date is on or before `t`, or when it has no invoice date (then nothing tells when it was billed, and
 * the analysis keeps it at every as-of date); a dated payment counts from its date; a payment without a date counts
 * at every `t` (the analysis cannot tell it was made later). `openCentsAt` above is the conservative reading used
 * for exposures; the KPI trend uses this one so that each month-end equals `analyzeLedger` at that date.
 */

/** Whether an analysis at as-of `t` lists the invoice (it is dropped as "invoiced after the as-of date" otherwise). */
export function listedAt(invoice: Invoice, t: number): boolean {
  return invoice.invoiceDate === null || invoice.invoiceDate <= t;
}

/** Open amount in cents that an analysis at as-of `t` gives the invoice (0 when it does not list it). */
export function analysedOpenCentsAt(invoice: Invoice, t: number): number {
  if (!listedAt(invoice, t)) return 0;
  const amount = toCents(invoice.amount);
  return invoice.paidDate !== null && invoice.paidDate > t ? amount : amount - toCents(invoice.paidAmount);
}

/** Index of the first of the ascending `dates` that is ≥ `t` (dates.length when none is). */
export function firstOnOrAfter(dates: readonly number[], t: number): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
