/**
 * Per-customer views of the ledger at past dates (METRICS.md, "History and backtests"), built on pointInTime.ts and
 * cheap for many dates: each customer's invoices are sorted by billing date once, then a date only reads the prefix
 * billed by then, and balances over a period come from one sweep of the sorted billing and payment events.
 */
import { toCents } from "../core/money";
import type { Invoice } from "../analysis/types";
import { billedOn, openCentsAt, paidBy } from "./pointInTime";

/** One customer's invoices in billing-date order, with the billing dates alongside for binary search. */
export interface CustomerHistory {
  customer: string;
  invoices: Invoice[];
  billed: number[];
}

/** Groups invoices by customer and sorts each customer's invoices by billing date (stable: ties keep row order). */
export function customerHistories(byCustomer: ReadonlyMap<string, readonly Invoice[]>): CustomerHistory[] {
  const out: CustomerHistory[] = [];
  for (const [customer, list] of byCustomer) out.push(customerHistory(customer, list));
  return out;
}

export function customerHistory(customer: string, list: readonly Invoice[]): CustomerHistory {
  const invoices = list.map((inv, i) => ({ inv, b: billedOn(inv), i })).sort((x, y) => x.b - y.b || x.i - y.i);
  return { customer, invoices: invoices.map((x) => x.inv), billed: invoices.map((x) => x.b) };
}

/** How many of the customer's invoices were billed on or before `t` (they are the first ones). */
export function billedCount(h: CustomerHistory, t: number): number {
  let lo = 0;
  let hi = h.billed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (h.billed[mid] <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether an invoice was fully settled (a positive invoice, paid in full) by the end of day `t`. */
export function settledBy(inv: Invoice, t: number): boolean {
  return inv.amount > 0 && paidBy(inv, t) && toCents(inv.amount) - toCents(inv.paidAmount) <= 0;
}

/** The customer's open balance in cents at the end of each of `dates` (ascending), by one sweep of its events. */
export function openCentsSeries(h: CustomerHistory, dates: readonly number[]): number[] {
  const events = balanceEvents(h);
  const out: number[] = [];
  let k = 0;
  let balance = 0;
  for (const t of dates) {
    while (k < events.length && events[k].date <= t) balance += events[k++].cents;
    out.push(balance);
  }
  return out;
}

/**
 * The customer's highest open balance at the end of any day in (from, to], in cents, and the day it was reached
 * (the balance at `from` counts when nothing changes in the period). One sweep over the sorted events.
 */
export function peakOpenCents(h: CustomerHistory, from: number, to: number): { cents: number; date: number } {
  const events = balanceEvents(h);
  let balance = 0;
  let k = 0;
  while (k < events.length && events[k].date <= from) balance += events[k++].cents;
  let peak = { cents: balance, date: from };
  while (k < events.length && events[k].date <= to) {
    const date = events[k].date;
    while (k < events.length && events[k].date === date) balance += events[k++].cents;
    if (balance > peak.cents) peak = { cents: balance, date };
  }
  return peak;
}

/** Billing (+amount) and dated payment (−paid amount) events, by date; a payment without a date never counts. */
function balanceEvents(h: CustomerHistory): { date: number; cents: number }[] {
  const events: { date: number; cents: number }[] = [];
  for (const inv of h.invoices) {
    events.push({ date: billedOn(inv), cents: toCents(inv.amount) });
    if (inv.paidDate !== null && inv.paidAmount !== 0) events.push({ date: Math.max(inv.paidDate, billedOn(inv)), cents: -toCents(inv.paidAmount) });
  }
  return events.sort((a, b) => a.date - b.date);
}

/** Open balance of the customer at `t` in cents (its invoices billed by then, less payments dated by then). */
export function openCentsOn(h: CustomerHistory, t: number): number {
  let cents = 0;
  const n = billedCount(h, t);
  for (let i = 0; i < n; i++) cents += openCentsAt(h.invoices[i], t);
  return cents;
}
