/**
 * Every customer's grade as it would have been given at the end of day `t`, from the history known then
 * (behaviourAt.ts) and the portfolio's own figures at `t` as the prior a thin history is shrunk toward (grade.ts).
 * The analysis calls it at its as-of date, the backtest at past month-ends: one code path for both.
 */
import { gradeFromScore, riskScore, type GradeInputs, type GradePrior } from "../analysis/grade";
import { behaviourAt, type BehaviourAt } from "./behaviourAt";
import { firstBilled, type CustomerHistory } from "./customerHistory";

export function gradeInputs(b: BehaviourAt): GradeInputs {
  return {
    paidInvoiceCount: b.paidCount,
    weightedDaysLate: b.weightedDaysLate,
    lateShare: b.lateShare,
    trend: b.trend,
    recentDaysLate: b.recentDaysLate,
    overdueDays: b.overdueDays,
    over60Share: shareOfOpen(b, b.over60Cents),
    disputedShare: shareOfOpen(b, b.disputedCents),
  };
}

/** The same inputs written into `out` (read and dropped customer after customer: one object for all of them). */
export function gradeInputsInto(out: GradeInputs, b: BehaviourAt): GradeInputs {
  out.paidInvoiceCount = b.paidCount;
  out.weightedDaysLate = b.weightedDaysLate;
  out.lateShare = b.lateShare;
  out.trend = b.trend;
  out.recentDaysLate = b.recentDaysLate;
  out.overdueDays = b.overdueDays;
  out.over60Share = shareOfOpen(b, b.over60Cents);
  out.disputedShare = shareOfOpen(b, b.disputedCents);
  return out;
}

const shareOfOpen = (b: BehaviourAt, cents: number) => (b.openCents > 0 ? Math.max(0, cents) / b.openCents : 0);

/**
 * How many paid invoices make a customer's own days late as credible as the portfolio's: Bühlmann's credibility
 * constant k = σ² / τ² (within-customer variance of ln(1 + days late) over the variance of the customers' true
 * means — the log scale the grade blends on, grade.ts), estimated by the method of moments from the customers at
 * `t`: σ² = the within-customer variances pooled with n − 1 weights, τ² = the variance of the customers' means less
 * σ² × mean(1 / n). Clamped to 0.05 … 20 (4 when the portfolio is too small to estimate it: fewer than 5
 * customers with paid invoices).
 */
export function credibilityInvoices(behaviours: readonly BehaviourAt[]): number {
  let within = 0;
  let dof = 0;
  const means: number[] = [];
  let invSum = 0;
  for (const b of behaviours) {
    if (b.paidCount === 0 || b.settledCents <= 0) continue;
    const m = b.logLateCents / b.settledCents;
    means.push(m);
    invSum += 1 / b.paidCount;
    if (b.paidCount >= 2) {
      within += Math.max(0, b.logLateSqCents / b.settledCents - m * m) * (b.paidCount - 1);
      dof += b.paidCount - 1;
    }
  }
  if (means.length < 5 || dof === 0) return DEFAULT_CREDIBILITY;
  const sigma2 = within / dof;
  const mean = means.reduce((a, x) => a + x, 0) / means.length;
  const between = means.reduce((a, x) => a + (x - mean) ** 2, 0) / (means.length - 1);
  const tau2 = between - sigma2 * (invSum / means.length);
  if (tau2 <= 0) return MAX_CREDIBILITY;
  return Math.min(MAX_CREDIBILITY, Math.max(MIN_CREDIBILITY, sigma2 / tau2));
}

export const DEFAULT_CREDIBILITY = 4;
export const MIN_CREDIBILITY = 0.05;
export const MAX_CREDIBILITY = 20;

/** The portfolio's amount-weighted days late and share of paid invoices paid late, over all customers at `t`. */
export function portfolioPrior(behaviours: readonly BehaviourAt[]): GradePrior {
  let w = 0;
  let s = 0;
  let paid = 0;
  let late = 0;
  for (const b of behaviours) {
    w += b.settledCents;
    s += b.lateDayCents;
    paid += b.paidCount;
    late += b.paidLateCount;
  }
  return {
    weightedDaysLate: w > 0 ? s / w : 0,
    lateShare: paid > 0 ? late / paid : 0,
    credibilityInvoices: credibilityInvoices(behaviours),
  };
}

export interface GradedAt {
  behaviour: BehaviourAt;
  score: number;
  grade: number;
}

/** Behaviour, risk score and grade of each customer at `t` (customers billed nothing by then get no entry). */
export function gradesAt(
  histories: readonly CustomerHistory[],
  t: number,
): { prior: GradePrior; graded: Map<string, GradedAt> } {
  const behaviours = new Map<string, BehaviourAt>();
  for (const h of histories) {
    if (h.invoices.length === 0 || firstBilled(h) > t) continue;
    behaviours.set(h.customer, behaviourAt(h, t));
  }
  const prior = portfolioPrior([...behaviours.values()]);
  const graded = new Map<string, GradedAt>();
  for (const [customer, behaviour] of behaviours) {
    const score = riskScore(gradeInputs(behaviour), prior);
    graded.set(customer, { behaviour, score, grade: gradeFromScore(score) });
  }
  return { prior, graded };
}
