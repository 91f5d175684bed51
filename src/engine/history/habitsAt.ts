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

/**
 * The settled invoices (paid in full, with a payment date) customer by customer, each customer's ascending by offset
 * (paid − due): customer k's are entries from[k] … from[k + 1] − 1 of the other columns.
 */
export interface SettledByOffset {
  from: Int32Array;
  offset: Float64Array;
  /** The amount in cents. */
  cents: Float64Array;
  /** The first day the payment is known: billed by then and paid by then (the later of the two dates). */
  known: Float64Array;
  /** Position of the offset among the ledger's distinct offsets (`distinct`, ascending). */
  rank: Int32Array;
  distinct: Float64Array;
  /** Rows (history order) of the disputed sales: the only ones the disputed collection rate reads. */
  disputed: Int32Array;
}

const cache = new WeakMap<readonly CustomerHistory[], SettledByOffset>();

/** The settled invoices of `histories` by offset (computed once per set of histories, then remembered). */
export function settledByOffset(histories: readonly CustomerHistory[]): SettledByOffset {
  let s = cache.get(histories);
  if (!s) cache.set(histories, (s = sortSettled(histories)));
  return s;
}

function sortSettled(histories: readonly CustomerHistory[]): SettledByOffset {
  const c = histories[0].columns;
  const from = new Int32Array(histories.length + 1);
  histories.forEach((h, k) => {
    let count = 0;
    for (let i = h.start, end = h.start + h.invoices.length; i < end; i++) if (c.flags[i] & SETTLED) count++;
    from[k + 1] = from[k] + count;
  });
  const rows = new Int32Array(from[histories.length]);
  const owner = new Int32Array(rows.length);
  let j = 0;
  histories.forEach((h, k) => {
    for (let i = h.start, end = h.start + h.invoices.length; i < end; i++) {
      if ((c.flags[i] & SETTLED) === 0) continue;
      rows[j] = i;
      owner[j++] = k;
    }
  });
  const { order, rank, distinct } = orderByOffset(rows, c);
  const s: SettledByOffset = { from, offset: new Float64Array(j), cents: new Float64Array(j), known: new Float64Array(j), rank: new Int32Array(j), distinct, disputed: disputedSales(histories) };
  const next = from.slice(0, histories.length);
  for (const e of order) {
    const at = next[owner[e]]++;
    const i = rows[e];
    s.offset[at] = c.paid[i] - c.due[i];
    s.cents[at] = c.amount[i];
    s.known[at] = Math.max(c.billed[i], c.paid[i]);
    s.rank[at] = rank[e];
  }
  return s;
}

/** Positions 0 … rows.length − 1 ordered by the rows' offsets (a counting sort over the distinct offsets). */
function orderByOffset(rows: Int32Array, c: HistoryColumns): { order: Int32Array; rank: Int32Array; distinct: Float64Array } {
  const offsets = new Float64Array(rows.length);
  for (let j = 0; j < rows.length; j++) offsets[j] = c.paid[rows[j]] - c.due[rows[j]];
  const { distinct, rank } = rankOffsets(offsets);
  const starts = new Int32Array(distinct.length + 1);
  for (let j = 0; j < rows.length; j++) starts[rank[j] + 1]++;
  for (let r = 0; r < distinct.length; r++) starts[r + 1] += starts[r];
  const order = new Int32Array(rows.length);
  for (let j = 0; j < rows.length; j++) order[starts[rank[j]]++] = j;
  return { order, rank, distinct };
}

/** The distinct offsets in ascending order and each offset's position among them. */
export function rankOffsets(offsets: Float64Array): { distinct: Float64Array; rank: Int32Array } {
  const rank = new Int32Array(offsets.length);
  let lo = Infinity;
  let hi = -Infinity;
  let whole = true;
  for (const x of offsets) {
    lo = Math.min(lo, x);
    hi = Math.max(hi, x);
    whole &&= Number.isInteger(x);
  }
  if (whole && hi - lo <= 2 * offsets.length + 1000) {
    // Whole days in a short span (the ledger's case): a table of the days instead of a sort.
    const at = new Int32Array(hi - lo + 1).fill(-1);
    for (const x of offsets) at[x - lo] = 0;
    const distinct: number[] = [];
    for (let d = 0; d < at.length; d++) if (at[d] === 0) at[d] = distinct.push(lo + d) - 1;
    for (let j = 0; j < offsets.length; j++) rank[j] = at[offsets[j] - lo];
    return { distinct: Float64Array.from(distinct), rank };
  }
  const distinct = uniqueSorted(offsets.slice().sort());
  for (let j = 0; j < offsets.length; j++) rank[j] = indexOf(distinct, offsets[j]);
  return { distinct, rank };
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
  const s = settledByOffset(histories);
  const buffers = scratchFor(s.offset.length, s.distinct.length);
  histories.forEach((h, k) => {
    // The customer's payments known by then, ascending by offset; their cents also go to the portfolio's offsets.
    let count = 0;
    let paidInvoices = 0;
    for (let j = s.from[k]; j < s.from[k + 1]; j++) {
      if (!(s.known[j] <= known)) continue;
      paidInvoices++;
      if (s.cents[j] <= 0) continue;
      buffers.offsets[count] = s.offset[j];
      buffers.cents[count++] = s.cents[j];
      buffers.byRank[s.rank[j]] += s.cents[j];
    }
    if (paidInvoices > 0) own.set(h.customer, { points: sortedHabitPoints(buffers.offsets, buffers.cents, count), paidInvoices });
  });
  return { own, portfolioPoints: portfolioPoints(s.distinct, buffers), disputedRate: disputedRateAt(histories[0].columns, s.disputed, known, asOf), cache: new Map() };
}

/** The portfolio's points from the cents gathered per distinct offset (then cleared for the next date). */
function portfolioPoints(distinct: Float64Array, buffers: Buffers): number[] {
  let count = 0;
  for (let r = 0; r < distinct.length; r++) {
    if (buffers.byRank[r] <= 0) continue;
    buffers.offsets[count] = distinct[r];
    buffers.cents[count++] = buffers.byRank[r];
  }
  buffers.byRank.fill(0, 0, distinct.length);
  return sortedHabitPoints(buffers.offsets, buffers.cents, count);
}

interface Buffers {
  offsets: Float64Array;
  cents: Float64Array;
  byRank: Float64Array;
}
let shared: Buffers = { offsets: new Float64Array(0), cents: new Float64Array(0), byRank: new Float64Array(0) };
/** Buffers reused from date to date (and ledger to ledger): n entries, `ranks` distinct offsets (zeroed). */
function scratchFor(n: number, ranks: number): Buffers {
  if (shared.offsets.length < n || shared.byRank.length < ranks) {
    const size = Math.max(n, shared.offsets.length);
    shared = { offsets: new Float64Array(size), cents: new Float64Array(size), byRank: new Float64Array(Math.max(ranks, shared.byRank.length)) };
  }
  return shared;
}

/** analysis/paymentHabit.ts disputedCollectionRate over the invoices billed by `known`. */
function disputedRateAt(c: HistoryColumns, rows: Int32Array, known: number, asOf: number): number {
  let billed = 0;
  let paid = 0;
  for (const i of rows) {
    if (!(c.billed[i] <= known) || c.due[i] > asOf - DISPUTE_SETTLE_DAYS) continue;
    billed += c.amount[i];
    if (c.paid[i] <= asOf) paid += Math.max(0, c.paidAmount[i]);
  }
  return billed > 0 ? Math.min(1, paid / billed) : 0;
}

function disputedSales(histories: readonly CustomerHistory[]): Int32Array {
  const c = histories[0].columns;
  const rows: number[] = [];
  for (const h of histories) {
    for (let i = h.start, end = h.start + h.invoices.length; i < end; i++) {
      if ((c.flags[i] & (DISPUTED | POSITIVE)) === (DISPUTED | POSITIVE)) rows.push(i);
    }
  }
  return Int32Array.from(rows);
}
