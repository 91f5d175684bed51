/**
 * A customer's payment behaviour as it was known at the end of day `t`: only invoices billed by then, only payments
 * dated by then (pointInTime.ts). These are the grade's inputs (analysis/grade.ts); the analysis computes them at
 * the as-of date and the backtest at past month-ends, with the same code.
 * - days late of a settled invoice: max(0, paid − due), weighted by amount (docs/METRICS.md "Days and buckets")
 * - trend: weighted days late of invoices settled in the last 90 days minus those settled before
 * - overdue days: Σ open × days past due over the overdue open items / Σ open balance (0 when nothing is overdue)
 */
import { billedCount, firstBilled, type CustomerHistory } from "./customerHistory";
import { DISPUTED, PAYS_IN_FULL } from "./historyColumns";

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
 * The behaviour at `t`. Open amounts are pointInTime's reading at `t` (openCentsAt), or with `asRead` the ledger's
 * own open amounts (the analysis at its as-of date: they also count undated payments). `n`: how many of the
 * customer's invoices count (those billed by `t`).
 */
export function behaviourAt(h: CustomerHistory, t: number, asRead = false, n = billedCount(h, t)): BehaviourAt {
  return sumsAt(h, t, asRead, n).result(n > 0 ? Math.max(0, t - firstBilled(h)) : 0);
}

/**
 * The same behaviour written into `out` (a behaviour read and dropped at once, customer after customer: one object
 * for all of them instead of one per call). `out` is overwritten by the next call with it.
 */
export function behaviourInto(out: BehaviourAt, h: CustomerHistory, t: number, asRead = false, n = billedCount(h, t)) {
  return sumsAt(h, t, asRead, n).resultInto(out, n > 0 ? Math.max(0, t - firstBilled(h)) : 0);
}

/** An empty behaviour to write into (behaviourInto): every field present, in BehaviourAt's order. */
export function blankBehaviour(): BehaviourAt {
  return new Sums().result(0);
}

/** The running sums over the customer's first `n` invoices at `t` (shared: read them before the next call). */
function sumsAt(h: CustomerHistory, t: number, asRead: boolean, n: number): Sums {
  const c = h.columns;
  const s = sums.reset();
  for (let i = h.start, end = h.start + n; i < end; i++) {
    const amount = c.amount[i];
    const paid = c.paid[i];
    // openCentsAt: nothing before billing, the full amount until the payment's date, the rest after it.
    const open = asRead ? c.open[i] : c.billed[i] > t ? 0 : paid <= t ? amount - c.paidAmount[i] : amount;
    s.openCents += open;
    if (open !== 0) s.addOpen(open, t - c.due[i], (c.flags[i] & DISPUTED) !== 0);
    // settledBy: a positive invoice paid in full by `t`.
    if ((c.flags[i] & PAYS_IN_FULL) === 0 || !(paid <= t)) continue;
    s.addSettled(amount, paid, c.due[i], c.lnLate[i], c.invoiceDate[i], t);
  }
  return s;
}

/** The running sums of behaviourAt, in the order the invoices come (float sums: the order is kept). */
class Sums {
  paidCount = 0;
  paidLateCount = 0;
  paidLateCents = 0;
  w = 0;
  s = 0;
  l1 = 0;
  l2 = 0;
  wPay = 0;
  sPay = 0;
  wRecent = 0;
  sRecent = 0;
  openCents = 0;
  overdueCents = 0;
  over60Cents = 0;
  over90Cents = 0;
  disputedCents = 0;
  overdueDayCents = 0;

  addOpen(open: number, pastDue: number, disputed: boolean): void {
    if (pastDue > 0) {
      this.overdueCents += open;
      this.overdueDayCents += open * pastDue;
    }
    if (pastDue > 60) this.over60Cents += open;
    if (pastDue > 90) this.over90Cents += open;
    if (disputed) this.disputedCents += open;
  }

  /** A settled invoice of `cents` paid on `paid`; `ln` = ln(1 + days late); `invoiceDate` NaN when none. */
  addSettled(cents: number, paid: number, due: number, ln: number, invoiceDate: number, t: number): void {
    const late = Math.max(0, paid - due);
    this.paidCount++;
    if (late > 0) {
      this.paidLateCount++;
      this.paidLateCents += cents;
    }
    this.w += cents;
    this.s += cents * late;
    this.l1 += cents * ln;
    this.l2 += cents * ln * ln;
    if (invoiceDate === invoiceDate) {
      this.wPay += cents;
      this.sPay += cents * (paid - invoiceDate);
    }
    if (paid > t - RECENT_DAYS) {
      this.wRecent += cents;
      this.sRecent += cents * late;
    }
  }

  /** Every sum back to 0: one set of sums serves every call (a customer's worth of objects less per behaviour). */
  reset(): this {
    this.paidCount = this.paidLateCount = this.paidLateCents = 0;
    this.w = this.s = this.l1 = this.l2 = this.wPay = this.sPay = this.wRecent = this.sRecent = 0;
    this.openCents = this.overdueCents = this.over60Cents = this.over90Cents = this.disputedCents = 0;
    this.overdueDayCents = 0;
    return this;
  }

  /** result's figures written into `out`, field by field (the same formulas: behaviourAt.test.ts compares them). */
  resultInto(out: BehaviourAt, historyDays: number): BehaviourAt {
    const { w, s, wRecent, sRecent, paidCount, openCents } = this;
    const recentDaysLate = wRecent > 0 ? sRecent / wRecent : null;
    const earlierDaysLate = w - wRecent > 0 ? (s - sRecent) / (w - wRecent) : null;
    out.paidCount = paidCount;
    out.paidLateCount = this.paidLateCount;
    out.paidLateCents = this.paidLateCents;
    out.weightedDaysLate = w > 0 ? s / w : null;
    out.weightedDaysToPay = this.wPay > 0 ? this.sPay / this.wPay : null;
    out.lateShare = paidCount > 0 ? this.paidLateCount / paidCount : null;
    out.recentDaysLate = recentDaysLate;
    out.earlierDaysLate = earlierDaysLate;
    out.trend = recentDaysLate !== null && earlierDaysLate !== null ? recentDaysLate - earlierDaysLate : null;
    out.openCents = openCents;
    out.overdueCents = this.overdueCents;
    out.over60Cents = this.over60Cents;
    out.over90Cents = this.over90Cents;
    out.disputedCents = this.disputedCents;
    out.overdueDays = openCents > 0 ? Math.max(0, this.overdueDayCents) / openCents : 0;
    out.historyDays = historyDays;
    out.settledCents = w;
    out.lateDayCents = s;
    out.logLateCents = this.l1;
    out.logLateSqCents = this.l2;
    return out;
  }

  result(historyDays: number): BehaviourAt {
    const { w, s, wRecent, sRecent, paidCount, openCents } = this;
    const recentDaysLate = wRecent > 0 ? sRecent / wRecent : null;
    const earlierDaysLate = w - wRecent > 0 ? (s - sRecent) / (w - wRecent) : null;
    return {
      paidCount,
      paidLateCount: this.paidLateCount,
      paidLateCents: this.paidLateCents,
      weightedDaysLate: w > 0 ? s / w : null,
      weightedDaysToPay: this.wPay > 0 ? this.sPay / this.wPay : null,
      lateShare: paidCount > 0 ? this.paidLateCount / paidCount : null,
      recentDaysLate,
      earlierDaysLate,
      trend: recentDaysLate !== null && earlierDaysLate !== null ? recentDaysLate - earlierDaysLate : null,
      openCents,
      overdueCents: this.overdueCents,
      over60Cents: this.over60Cents,
      over90Cents: this.over90Cents,
      disputedCents: this.disputedCents,
      overdueDays: openCents > 0 ? Math.max(0, this.overdueDayCents) / openCents : 0,
      historyDays,
      settledCents: w,
      lateDayCents: s,
      logLateCents: this.l1,
      logLateSqCents: this.l2,
    };
  }
}
const sums = new Sums();
