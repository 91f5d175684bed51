/**
 * Per-customer views of the ledger at past dates (docs/METRICS.md, "History and backtests"), built on pointInTime.ts and
 * cheap for many dates: each customer's invoices are sorted by billing date once, then a date only reads the prefix
 * billed by then, and balances over a period come from one sweep of the sorted billing and payment events.
 */
import { stableOrder } from "../core/stableOrder";
import { toCents } from "../model/money";
import type { Invoice } from "../model/types";
import { emptyColumns, writeRow, type HistoryColumns } from "./historyColumns";
import { billedOn, openCentsAt, paidBy } from "./pointInTime";

/**
 * One customer's invoices in billing-date order, with the billing dates alongside for binary search, and the same
 * invoices as numbers: rows start … start + invoices.length − 1 of `columns` (historyColumns.ts), shared by every
 * customer of the ledger.
 */
export interface CustomerHistory {
  customer: string;
  /** The customer's list as grouped when it was already in billing order (shared, never changed), else a copy. */
  invoices: readonly Invoice[];
  /** Billing dates of `invoices` (columns.billed from `start` on; a copy: read firstBilled or billedCount instead). */
  readonly billed: readonly number[];
  columns: HistoryColumns;
  start: number;
}

/**
 * Groups invoices by customer and sorts each customer's invoices by billing date (stable: ties keep row order), then
 * writes them into the columns in that order — right after their dates were read, while they are in the cache.
 */
export function customerHistories(byCustomer: ReadonlyMap<string, readonly Invoice[]>): CustomerHistory[] {
  let total = 0;
  byCustomer.forEach((list) => (total += list.length)); // forEach: a map iterator's step makes an object each
  const columns = emptyColumns(total);
  const out: CustomerHistory[] = [];
  let start = 0;
  byCustomer.forEach((list, customer) => {
    const n = list.length;
    // A list already in billing order is kept as it is (nothing changes a customer's list once grouped): on a ledger
    // of one invoice per customer, no copy and no order per customer.
    // The billing dates in list order go where the rows will be (writeRow puts them in order): no list of keys.
    for (let j = 0; n > 1 && j < n; j++) columns.billed[start + j] = billedOn(list[j]);
    const order = n > 1 ? stableOrder(columns.billed, start, n) : null;
    const invoices = order ? order.map((i) => list[i]) : (list as Invoice[]);
    for (let j = 0; j < n; j++) writeRow(columns, start + j, invoices[j]);
    out.push(new History(customer, invoices, columns, start));
    start += n;
  });
  return out;
}

/**
 * A customer's history as customerHistories makes it: its billing dates are read from the shared columns (firstBilled,
 * billedCount), not copied for every customer; `billed` gives a copy for a reader that wants the list.
 */
class History implements CustomerHistory {
  constructor(
    readonly customer: string,
    readonly invoices: readonly Invoice[],
    readonly columns: HistoryColumns,
    readonly start: number,
  ) {}

  get billed(): readonly number[] {
    return this.columns.billed.slice(this.start, this.start + this.invoices.length);
  }
}

/** The customer's first billing date (its invoices are in billing order); NaN without any. */
export function firstBilled(h: CustomerHistory): number {
  return h.invoices.length > 0 ? h.columns.billed[h.start] : NaN;
}

/** The histories with one set of columns for all (customerHistories'), rebuilt that way when they are not. */
export function sharedHistories(histories: readonly CustomerHistory[]): readonly CustomerHistory[] {
  if (histories.every((h) => h.columns === histories[0].columns)) return histories;
  return customerHistories(new Map(histories.map((h) => [h.customer, h.invoices])));
}

export function customerHistory(customer: string, list: readonly Invoice[]): CustomerHistory {
  return customerHistories(new Map([[customer, list]]))[0];
}

/** How many of the customer's invoices were billed on or before `t` (they are the first ones). */
export function billedCount(h: CustomerHistory, t: number): number {
  const billed = h.columns.billed;
  let lo = 0;
  let hi = h.invoices.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (billed[h.start + mid] <= t) lo = mid + 1;
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
  const byDays = peakByDays(h, from, to);
  if (byDays) return byDays;
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

/** Longest period (days) peakByDays walks day by day; longer ones sort their events. */
const MAX_PEAK_DAYS = 4000;
let dayCents = new Float64Array(400);
/** The days of the period that have an event (offsets from `from`), when there are few of them. */
let eventDays = new Float64Array(64);
const peakScratch = { balance: 0, whole: true, events: 0 };

/**
 * The same peak without sorting: each event's cents go to its day of the period (whole-day dates, the ledger's),
 * then one walk over the days — or, when the customer has few events for the period's length, over the days with
 * an event only (the days between add nothing): a customer with one invoice costs its events, not a year of days.
 * Null when a date is not a whole day or the period is too long (then events are sorted).
 */
function peakByDays(h: CustomerHistory, from: number, to: number): { cents: number; date: number } | null {
  const days = to - from;
  if (!Number.isInteger(from) || !Number.isInteger(days) || days < 0 || days > MAX_PEAK_DAYS) return null;
  if (dayCents.length <= days) dayCents = new Float64Array(days + 1);
  const n = h.invoices.length;
  const few = 2 * n * 8 < days;
  if (few && eventDays.length < 2 * n) eventDays = new Float64Array(4 * n);
  const c = h.columns;
  const p = peakScratch;
  p.balance = 0;
  p.whole = true;
  p.events = 0;
  for (let i = h.start, end = h.start + n; i < end; i++) {
    const billed = c.billed[i];
    addEvent(p, from, to, billed, c.amount[i], few);
    if (c.paid[i] !== c.paid[i] || c.paidAmount[i] === 0) continue;
    addEvent(p, from, to, Math.max(c.paid[i], billed), -c.paidAmount[i], few);
  }
  const peak = few ? walkEventDays(p.balance, from, p.events) : walkDays(p.balance, from, days);
  return p.whole ? peak : null;
}

/** An event of `cents` on `date`: before the period into the opening balance, inside it into its day. */
function addEvent(p: typeof peakScratch, from: number, to: number, date: number, cents: number, few: boolean): void {
  if (date <= from) p.balance += cents;
  else if (date <= to) {
    if (!Number.isInteger(date)) p.whole = false;
    else {
      if (few && dayCents[date - from] === 0 && !seen(date - from, p.events)) eventDays[p.events++] = date - from;
      dayCents[date - from] += cents;
    }
  }
}

/** Whether day `d` is already among the first `count` event days (a customer with few events: a short scan). */
function seen(d: number, count: number): boolean {
  for (let k = 0; k < count; k++) if (eventDays[k] === d) return true;
  return false;
}

/** The walk over every day of the period (days 1 … days), clearing the days for the next customer. */
function walkDays(opening: number, from: number, days: number): { cents: number; date: number } {
  let balance = opening;
  let cents = balance;
  let date = from;
  for (let d = 1; d <= days; d++) {
    balance += dayCents[d];
    if (balance > cents) {
      cents = balance;
      date = from + d;
    }
  }
  dayCents.fill(0, 0, days + 1);
  return { cents, date }; // one object a customer, not one each time the peak rises
}

/** The same walk over the days with an event only, in order (whole cents: the same balances day by day). */
function walkEventDays(opening: number, from: number, count: number): { cents: number; date: number } {
  const days = count <= FEW_DAYS ? sortFew(eventDays, count) : eventDays.subarray(0, count).sort();
  let balance = opening;
  let cents = balance;
  let date = from;
  for (let k = 0; k < count; k++) {
    const d = days[k];
    balance += dayCents[d];
    dayCents[d] = 0;
    if (balance > cents) {
      cents = balance;
      date = from + d;
    }
  }
  return { cents, date };
}

/**
 * The first `count` days in ascending order, in place, by insertion (a customer with one or two invoices has two to
 * four event days: a view and a library sort each would cost more than the days). Whole days, none repeated.
 */
function sortFew(days: Float64Array, count: number): Float64Array {
  for (let i = 1; i < count; i++) {
    const d = days[i];
    let j = i - 1;
    while (j >= 0 && days[j] > d) days[j + 1] = days[j--];
    days[j + 1] = d;
  }
  return days;
}
const FEW_DAYS = 16;

/** Billing (+amount) and dated payment (−paid amount) events, by date; a payment without a date never counts. */
function balanceEvents(h: CustomerHistory): { date: number; cents: number }[] {
  const events: { date: number; cents: number }[] = [];
  for (const inv of h.invoices) {
    events.push({ date: billedOn(inv), cents: toCents(inv.amount) });
    if (inv.paidDate !== null && inv.paidAmount !== 0)
      events.push({ date: Math.max(inv.paidDate, billedOn(inv)), cents: -toCents(inv.paidAmount) });
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
