/**
 * A customer's payment behaviour as it was known at the end of day `t`: only invoices billed by then, only payments
 * dated by then (pointInTime.ts). These are the grade's inputs (analysis/grade.ts); the analysis computes them at
 * the as-of date and the backtest at past month-ends, with the same code.
 * - days late of a settled invoice: max(0, paid − due), weighted by amount (METRICS.md "Days and buckets")
 * - trend: weighted days late of invoices settled in the last 90 days minus those settled before
 * - overdue days: Σ open × days past due over the overdue open items / Σ open balance (0 when nothing is overdue)
 */
import { toCents } from "../core/money";
import type { Invoice } from "../analysis/types";
import { billedCount, settledBy, type CustomerHistory } from "./customerHistory";
import { openCentsAt } from "./pointInTime";

export const RECENT_DAYS = 90;

export interface BehaviourAt {
  /** Invoices fully settled by `t` (with a payment date). */
  paidCount: number;
  paidLateCount: number;
  /** Amount of the settled invoices paid late (after their due date), to the cent. */
  paidLateCents: number;
  weightedDaysLate: number | null;
  weightedDaysToPay: number | null;
  lateShare: number | null;
  recentDaysLate: number | null;
  earlierDaysLate: number | null;
  trend: number | null;
  openCents: number;
  overdueCents: number;
  over60Cents: number;
  over90Cents: number;
  disputedCents: number;
  /** Amount-weighted days past due over the whole open balance (not-yet-due items count 0 days). */
  overdueDays: number;
  /** Days from the first billing to `t`. */
  historyDays: number;
  /** Settled amount (cents) and Σ cents × days late, for the portfolio's own average. */
  settledCents: number;
  lateDayCents: number;
  /** Σ cents × ln(1 + days late) and its square: the record on the grade's log scale (grade.ts), and the spread
   * within the customer that Bühlmann's credibility constant needs (gradesAt.ts). */
  logLateCents: number;
  logLateSqCents: number;
}

/**
 * The behaviour at `t`. `openOf` gives an invoice's open amount in cents at `t` (default: pointInTime's reading;
 * the analysis at its own as-of date passes the ledger's open amounts, which also count undated payments).
 */
export function behaviourAt(
  h: CustomerHistory,
  t: number,
  openOf: (inv: Invoice) => number = (inv) => openCentsAt(inv, t),
  n = billedCount(h, t),
): BehaviourAt {
  let paidCount = 0;
  let paidLateCount = 0;
  let paidLateCents = 0;
  let w = 0;
  let s = 0;
  let l1 = 0;
  let l2 = 0;
  let wPay = 0;
  let sPay = 0;
  let wRecent = 0;
  let sRecent = 0;
  let openCents = 0;
  let overdueCents = 0;
  let over60Cents = 0;
  let over90Cents = 0;
  let disputedCents = 0;
  let overdueDayCents = 0;
  for (let i = 0; i < n; i++) {
    const inv = h.invoices[i];
    const open = openOf(inv);
    openCents += open;
    if (open !== 0) {
      const pastDue = t - inv.dueDate;
      if (pastDue > 0) {
        overdueCents += open;
        overdueDayCents += open * pastDue;
      }
      if (pastDue > 60) over60Cents += open;
      if (pastDue > 90) over90Cents += open;
      if (inv.disputed) disputedCents += open;
    }
    if (!settledBy(inv, t)) continue;
    const cents = toCents(inv.amount);
    const paid = inv.paidDate as number;
    const late = Math.max(0, paid - inv.dueDate);
    paidCount++;
    if (late > 0) {
      paidLateCount++;
      paidLateCents += cents;
    }
    w += cents;
    s += cents * late;
    const ln = Math.log1p(late);
    l1 += cents * ln;
    l2 += cents * ln * ln;
    if (inv.invoiceDate !== null) {
      wPay += cents;
      sPay += cents * (paid - inv.invoiceDate);
    }
    if (paid > t - RECENT_DAYS) {
      wRecent += cents;
      sRecent += cents * late;
    }
  }
  const recentDaysLate = wRecent > 0 ? sRecent / wRecent : null;
  const earlierDaysLate = w - wRecent > 0 ? (s - sRecent) / (w - wRecent) : null;
  return {
    paidCount,
    paidLateCount,
    paidLateCents,
    weightedDaysLate: w > 0 ? s / w : null,
    weightedDaysToPay: wPay > 0 ? sPay / wPay : null,
    lateShare: paidCount > 0 ? paidLateCount / paidCount : null,
    recentDaysLate,
    earlierDaysLate,
    trend: recentDaysLate !== null && earlierDaysLate !== null ? recentDaysLate - earlierDaysLate : null,
    openCents,
    overdueCents,
    over60Cents,
    over90Cents,
    disputedCents,
    overdueDays: openCents > 0 ? Math.max(0, overdueDayCents) / openCents : 0,
    historyDays: n > 0 ? Math.max(0, t - h.billed[0]) : 0,
    settledCents: w,
    lateDayCents: s,
    logLateCents: l1,
    logLateSqCents: l2,
  };
}
