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
import { settledByOffset } from "./settledByOffset";

/** What the forecast learns from the paid history: each customer's habit, the portfolio's, the disputed rate. */
export interface LedgerHabits {
  /** Each customer's own habit points and number of settled invoices (customers without any are left out). */
  own: Map<string, { points: number[]; paidInvoices: number }>;
  portfolioPoints: number[];
  disputedRate: number;
  cache: Map<string, PaymentHabit>;
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
    shared = { offsets: new Float64Array(size), cents: new Float64Array(size), byRank: new Float64Array(Math.max(ranks, shared.byRank.length)) };
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
