/**
 * Payment habits (analysis/paymentHabit.ts, the forecast's model) read from the customers' histories: each
 * customer's amount-weighted quantiles of paid − due over its settled invoices, the portfolio's over all of them,
 * and the share of disputed amounts collected — as the ledger holds them at the as-of date, or as they were known
 * at a past month-end (the forecast check). The settled invoices are put in order of offset once per ledger
 * (settledByOffset); a date then only filters them: six month-ends cost six passes, not six sorts.
 */
import type { LedgerHabits } from "../analysis/forecast";
import { DISPUTE_SETTLE_DAYS, sortedHabitPoints } from "../analysis/paymentHabit";
import { sharedHistories, type CustomerHistory } from "./customerHistory";
import { DISPUTED, POSITIVE, SETTLED, type HistoryColumns } from "./historyColumns";

/** The settled invoices' rows (in history order, customerHistory.ts), ascending by offset (paid − due). */
export interface SettledByOffset {
  all: Int32Array;
  /** The same, customer by customer: history k's rows are byCustomer[from[k] … from[k + 1] − 1]. */
  byCustomer: Int32Array;
  from: Int32Array;
}

const cache = new WeakMap<readonly CustomerHistory[], SettledByOffset>();

/** The order of `histories`' settled invoices by offset (computed once per set of histories, then remembered). */
export function settledByOffset(histories: readonly CustomerHistory[]): SettledByOffset {
  let s = cache.get(histories);
  if (!s) cache.set(histories, (s = sortSettled(histories)));
  return s;
}

function sortSettled(histories: readonly CustomerHistory[]): SettledByOffset {
  const c = histories[0]?.columns;
  const from = new Int32Array(histories.length + 1);
  let count = 0;
  histories.forEach((h, k) => {
    for (let i = h.start, end = h.start + h.invoices.length; i < end; i++) if (c.flags[i] & SETTLED) count++;
    from[k + 1] = count;
  });
  const rows = new Int32Array(count);
  const owner = new Int32Array(count);
  count = 0;
  histories.forEach((h, k) => {
    for (let i = h.start, end = h.start + h.invoices.length; i < end; i++) {
      if ((c.flags[i] & SETTLED) === 0) continue;
      rows[count] = i;
      owner[count++] = k;
    }
  });
  const order = orderByOffset(rows, c);
  const all = new Int32Array(count);
  const byCustomer = new Int32Array(count);
  const next = from.slice(0, histories.length);
  for (let j = 0; j < count; j++) {
    all[j] = rows[order[j]];
    byCustomer[next[owner[order[j]]]++] = rows[order[j]];
  }
  return { all, byCustomer, from };
}

/** Positions 0 … rows.length − 1 ordered by the rows' offsets (a counting sort over the distinct offsets). */
function orderByOffset(rows: Int32Array, c: HistoryColumns): Int32Array {
  const offsets = new Float64Array(rows.length);
  for (let j = 0; j < rows.length; j++) offsets[j] = c.paid[rows[j]] - c.due[rows[j]];
  const distinct = uniqueSorted(offsets.slice().sort());
  const rank = new Int32Array(rows.length);
  const starts = new Int32Array(distinct.length + 1);
  for (let j = 0; j < rows.length; j++) starts[(rank[j] = indexOf(distinct, offsets[j])) + 1]++;
  for (let r = 0; r < distinct.length; r++) starts[r + 1] += starts[r];
  const order = new Int32Array(rows.length);
  for (let j = 0; j < rows.length; j++) order[starts[rank[j]]++] = j;
  return order;
}

function uniqueSorted(sorted: Float64Array): Float64Array {
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i];
  return sorted.subarray(0, n);
}

/** Index of `value` in the ascending `sorted` (it is there). */
function indexOf(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The habits known at the end of day `known`: invoices billed by then, payments dated by then (Infinity: everything
 * the ledger holds, as the analysis reads it). Disputed amounts count as collected when paid by `asOf`.
 */
export function habitsAt(ofLedger: readonly CustomerHistory[], known: number, asOf: number): LedgerHabits {
  const own: LedgerHabits["own"] = new Map();
  const histories = sharedHistories(ofLedger);
  if (histories.length === 0) return { own, portfolioPoints: [], disputedRate: 0, cache: new Map() };
  const c = histories[0].columns;
  const s = settledByOffset(histories);
  const scratch = scratchFor(s.all.length);
  histories.forEach((h, k) => {
    const { count, paidInvoices } = knownOffsets(c, s.byCustomer, s.from[k], s.from[k + 1], known, scratch);
    if (paidInvoices > 0) own.set(h.customer, { points: sortedHabitPoints(scratch.offsets, scratch.cents, count), paidInvoices });
  });
  const { count } = knownOffsets(c, s.all, 0, s.all.length, known, scratch);
  return { own, portfolioPoints: sortedHabitPoints(scratch.offsets, scratch.cents, count), disputedRate: disputedRateAt(histories, known, asOf), cache: new Map() };
}

/** The offsets and cents (cents > 0) of rows[from … to − 1] known by `known`, into `out`; and how many were known. */
function knownOffsets(c: HistoryColumns, rows: Int32Array, from: number, to: number, known: number, out: { offsets: Float64Array; cents: Float64Array }) {
  let count = 0;
  let paidInvoices = 0;
  for (let j = from; j < to; j++) {
    const i = rows[j];
    if (!(c.billed[i] <= known && c.paid[i] <= known)) continue;
    paidInvoices++;
    if (c.amount[i] > 0) {
      out.offsets[count] = c.paid[i] - c.due[i];
      out.cents[count++] = c.amount[i];
    }
  }
  return { count, paidInvoices };
}

let buffers = { offsets: new Float64Array(0), cents: new Float64Array(0) };
function scratchFor(n: number): { offsets: Float64Array; cents: Float64Array } {
  if (buffers.offsets.length < n) buffers = { offsets: new Float64Array(n), cents: new Float64Array(n) };
  return buffers;
}

/** analysis/paymentHabit.ts disputedCollectionRate over the invoices billed by `known`. */
function disputedRateAt(histories: readonly CustomerHistory[], known: number, asOf: number): number {
  const c = histories[0].columns;
  let billed = 0;
  let paid = 0;
  for (const h of histories) {
    for (let i = h.start, end = h.start + h.invoices.length; i < end; i++) {
      if ((c.flags[i] & (DISPUTED | POSITIVE)) !== (DISPUTED | POSITIVE) || !(c.billed[i] <= known) || c.due[i] > asOf - DISPUTE_SETTLE_DAYS) continue;
      billed += c.amount[i];
      if (c.paid[i] <= asOf) paid += Math.max(0, c.paidAmount[i]);
    }
  }
  return billed > 0 ? Math.min(1, paid / billed) : 0;
}
