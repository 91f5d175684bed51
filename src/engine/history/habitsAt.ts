/**
 * Payment habits (analysis/paymentHabit.ts, the forecast's model) read from the customers' histories: each
 * customer's amount-weighted quantiles of paid − due over its settled invoices, the portfolio's over all of them,
 * and the share of disputed amounts collected — as the ledger holds them at the as-of date, or as they were known
 * at a past month-end (the forecast check). The settled invoices are put in order of offset once per ledger
 * (settledByOffset); a date then only filters them: six month-ends cost six passes, not six sorts.
 */
import { DISPUTE_SETTLE_DAYS, sortedHabitPoints, type PaymentHabit } from "../analysis/paymentHabit";
import { sharedHistories, type CustomerHistory } from "./customerHistory";
import type { HistoryColumns } from "./historyColumns";
import { settledByOffset, type SettledByOffset } from "./settledByOffset";

/** A customer's own habit points and its number of settled invoices. */
export interface OwnHabit {
  points: number[];
  paidInvoices: number;
}

/** What the forecast learns from the paid history: each customer's habit, the portfolio's, the disputed rate. */
export interface LedgerHabits {
  /** Each customer's own habit points and number of settled invoices, read when asked (null: none settled). */
  own: (customer: string) => OwnHabit | null;
  portfolioPoints: number[];
  disputedRate: number;
  /** The habits asked for so far; customers without settled invoices share one (the portfolio's). */
  cache: Map<string, PaymentHabit>;
  /**
   * The same as `own`, for the customer at position k of `histories` (the histories the habits were read from): a
   * reader that goes through those histories asks by position, and no map of every customer's name is made.
   */
  ownAt?: (k: number) => OwnHabit | null;
  histories?: readonly CustomerHistory[];
}

/**
 * The habits known at the end of day `known`: invoices billed by then, payments dated by then (Infinity: everything
 * the ledger holds, as the analysis reads it). Disputed amounts count as collected when paid by `asOf`.
 * The portfolio's points are read at once (one pass over the settled invoices, no work per customer); a customer's
 * own points only when its habit is asked for (ownHabitOf): a forecast asks only for customers with something open.
 */
export function habitsAt(ofLedger: readonly CustomerHistory[], known: number, asOf: number): LedgerHabits {
  const histories = sharedHistories(ofLedger);
  if (histories.length === 0) return { own: () => null, portfolioPoints: [], disputedRate: 0, cache: new Map() };
  const s = settledByOffset(histories);
  const buffers = scratchFor(s.offset.length, s.distinct.length);
  for (let j = 0, n = s.offset.length; j < n; j++) {
    if (s.known[j] <= known && s.cents[j] > 0) buffers.byRank[s.rank[j]] += s.cents[j];
  }
  const own = (customer: string) => {
    const k = customerIndex(histories).get(customer); // made on the first call (by name)
    return k === undefined ? null : ownHabitOf(s, k, known);
  };
  return {
    own,
    portfolioPoints: portfolioPoints(s.distinct, buffers),
    disputedRate: disputedRateAt(histories[0].columns, s.disputed, known, asOf),
    cache: new Map(),
    ownAt: (k: number) => ownHabitOf(s, k, known),
    histories,
  };
}

/**
 * Customer k's payments known by `known`, ascending by offset, as habit points with its number of settled invoices
 * (null when none is known yet).
 */
export function ownHabitOf(s: SettledByOffset, k: number, known: number): OwnHabit | null {
  const buffers = scratchFor(s.offset.length, s.distinct.length);
  let count = 0;
  let paidInvoices = 0;
  for (let j = s.from[k]; j < s.from[k + 1]; j++) {
    if (!(s.known[j] <= known)) continue;
    paidInvoices++;
    if (s.cents[j] <= 0) continue;
    buffers.offsets[count] = s.offset[j];
    buffers.cents[count++] = s.cents[j];
  }
  return paidInvoices > 0 ? { points: sortedHabitPoints(buffers.offsets, buffers.cents, count), paidInvoices } : null;
}

const indexes = new WeakMap<readonly CustomerHistory[], Map<string, number>>();
/** Each customer's position in `histories`, once per set of histories. */
function customerIndex(histories: readonly CustomerHistory[]): Map<string, number> {
  let index = indexes.get(histories);
  if (!index) {
    index = new Map();
    for (let k = 0; k < histories.length; k++) index.set(histories[k].customer, k);
    indexes.set(histories, index);
  }
  return index;
}

/** The portfolio's points from the cents gathered per distinct offset (then cleared for the next date). */
function portfolioPoints(distinct: readonly number[], buffers: Buffers): number[] {
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
    shared = {
      offsets: new Float64Array(size),
      cents: new Float64Array(size),
      byRank: new Float64Array(Math.max(ranks, shared.byRank.length)),
    };
  }
  return shared;
}

/** analysis/paymentHabit.ts disputedCollectionRate over the invoices billed by `known`. */
function disputedRateAt(c: HistoryColumns, rows: readonly number[], known: number, asOf: number): number {
  let billed = 0;
  let paid = 0;
  for (let j = 0; j < rows.length; j++) {
    const i = rows[j];
    if (!(c.billed[i] <= known) || c.due[i] > asOf - DISPUTE_SETTLE_DAYS) continue;
    billed += c.amount[i];
    if (c.paid[i] <= asOf) paid += Math.max(0, c.paidAmount[i]);
  }
  return billed > 0 ? Math.min(1, paid / billed) : 0;
}
