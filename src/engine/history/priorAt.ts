/**
 * The portfolio's prior at a past date `t` (gradesAt.ts portfolioPrior over every customer billed by then), read
 * without a behaviour object per customer: only the settled invoices' sums the prior needs, in the same order and
 * with the same arithmetic as behaviourAt.ts, so the figures are identical. The model check replays a dozen
 * month-ends over every customer; on a ledger of one invoice per customer that is a dozen objects per invoice.
 */
import { DEFAULT_CREDIBILITY, MAX_CREDIBILITY, MIN_CREDIBILITY } from "./gradesAt";
import type { GradePrior } from "../analysis/grade";
import { billedCount, firstBilled, type CustomerHistory } from "./customerHistory";
import { PAYS_IN_FULL } from "./historyColumns";
import type { BehaviourAt } from "./behaviourAt";

/** The prior at `t` over `histories` (customers billed nothing by then count for nothing, as in gradesAt). */
export function priorAt(histories: readonly CustomerHistory[], t: number): GradePrior {
  const p = new PriorSums();
  for (let k = 0; k < histories.length; k++) {
    const h = histories[k]; // by index: no iterator's step per customer (many customers, a dozen month-ends)
    if (h.invoices.length === 0 || firstBilled(h) > t) continue;
    p.addCustomer(h, t, billedCount(h, t));
  }
  return p.prior();
}

/**
 * The prior at the as-of date as the analysis reads it (analysis/customers.ts): every customer, all its invoices
 * (behaviourAt with the ledger's own open amounts and n = all of them), without keeping a behaviour per customer.
 */
export function priorOfLedger(histories: readonly CustomerHistory[], asOf: number): GradePrior {
  const p = new PriorSums();
  for (let k = 0; k < histories.length; k++) p.addCustomer(histories[k], asOf, histories[k].invoices.length);
  return p.prior();
}

/**
 * Sums over the customers (portfolioPrior) and the credibility's moments (credibilityInvoices), in order: a customer
 * added from its invoices (addCustomer) or from its behaviour at the same date (addBehaviour: the same sums).
 */
export class PriorSums {
  w = 0;
  s = 0;
  paid = 0;
  late = 0;
  within = 0;
  dof = 0;
  invSum = 0;
  /** Each customer's mean on the log scale, in order (the credibility's between-customer variance). */
  means: number[] = [];

  /** One customer's settled invoices by `t` (behaviourAt's settled sums), then its share of the portfolio's sums. */
  addCustomer(h: CustomerHistory, t: number, n: number): void {
    const c = h.columns;
    let paidCount = 0;
    let paidLateCount = 0;
    let w = 0;
    let s = 0;
    let l1 = 0;
    let l2 = 0;
    for (let i = h.start, end = h.start + n; i < end; i++) {
      const paid = c.paid[i];
      if ((c.flags[i] & PAYS_IN_FULL) === 0 || !(paid <= t)) continue;
      const cents = c.amount[i];
      const ln = c.lnLate[i];
      const late = Math.max(0, paid - c.due[i]);
      paidCount++;
      if (late > 0) paidLateCount++;
      w += cents;
      s += cents * late;
      l1 += cents * ln;
      l2 += cents * ln * ln;
    }
    this.addSums(w, s, paidCount, paidLateCount, l1, l2);
  }

  /** A customer whose behaviour at the date was read (behaviourAt.ts): its settled sums, as addCustomer finds them. */
  addBehaviour(b: BehaviourAt): void {
    this.addSums(b.settledCents, b.lateDayCents, b.paidCount, b.paidLateCount, b.logLateCents, b.logLateSqCents);
  }

  private addSums(w: number, s: number, paidCount: number, paidLateCount: number, l1: number, l2: number): void {
    this.w += w;
    this.s += s;
    this.paid += paidCount;
    this.late += paidLateCount;
    if (paidCount === 0 || w <= 0) return;
    const m = l1 / w;
    this.means.push(m);
    this.invSum += 1 / paidCount;
    if (paidCount >= 2) {
      this.within += Math.max(0, l2 / w - m * m) * (paidCount - 1);
      this.dof += paidCount - 1;
    }
  }

  /** gradesAt.ts portfolioPrior and credibilityInvoices from the sums. */
  prior(): GradePrior {
    const { w, s, paid, late } = this;
    const credibilityInvoices = this.credibility();
    return { weightedDaysLate: w > 0 ? s / w : 0, lateShare: paid > 0 ? late / paid : 0, credibilityInvoices };
  }

  private credibility(): number {
    const n = this.means.length;
    if (n < 5 || this.dof === 0) return DEFAULT_CREDIBILITY;
    const sigma2 = this.within / this.dof;
    let total = 0;
    for (let i = 0; i < n; i++) total += this.means[i];
    const mean = total / n;
    let between = 0;
    for (let i = 0; i < n; i++) between += (this.means[i] - mean) ** 2;
    between /= n - 1;
    const tau2 = between - sigma2 * (this.invSum / n);
    if (tau2 <= 0) return MAX_CREDIBILITY;
    return Math.min(MAX_CREDIBILITY, Math.max(MIN_CREDIBILITY, sigma2 / tau2));
  }
}
