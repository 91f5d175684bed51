/**
 * AR Lens's buyer grade: 1 (lowest risk) … 10 (highest), the direction trade-credit insurers use (Allianz Trade
 * 1 best … 10 failing; Coface DRA runs the other way). The grade rates how the customer PAYS — the likelihood of
 * paying late — and nothing else: how much it owes (exposure, share of receivables) is handled by the credit limit,
 * the insurance advice and the concentration alert.
 *
 * Risk score, in days late (every weight documented in docs/GRADE-MODEL.md; proven by the backtest, gradeBacktest.ts):
 *   credibility  w = paid invoices / (paid invoices + k), k estimated from the ledger (Bühlmann, gradesAt.ts)
 *   level        = w × own weighted days late + (1 − w) × portfolio's          (shrinkage toward the portfolio)
 *   share late   = 4 × (w × own share paid late + (1 − w) × portfolio's)
 *   trend        = w × 0.1 × (recent 90 days − earlier) when worse (0 when better)
 *   overdue now  = (1 − w) × 0.5 × amount-weighted days past due of the open balance (the part at most 60):
 *                  the only evidence for a customer without paid invoices, little for one with a long record
 *   over 60 days = 3 × share of the open balance more than 60 days past due
 *   disputes     = 2 × share of the open balance in dispute (a dispute is about the goods: its own small signal)
 *   score        = the sum; grade = 1 + the number of band edges the score exceeds: 2, 4, 6, 8, 11, 15, 20, 30, 45
 * The weights were chosen on the backtest (IBM sample, generated ledgers): each signal kept only where it did not
 * lower the AUC against "paid the next 6 months' invoices more than 5 days late".
 * Only shares and days enter the grade, so it does not change when every amount is scaled.
 */
import { fig, pct, reason } from "./reasons";
import type { Reason } from "./types";

export interface GradeInputs {
  paidInvoiceCount: number;
  weightedDaysLate: number | null;
  lateShare: number | null;
  trend: number | null;
  /** Amount-weighted days past due of the open balance (not-yet-due items count 0). */
  overdueDays: number;
  over60Share: number;
  disputedShare: number;
}

/** The portfolio's own figures that a thin history is shrunk toward. */
export interface GradePrior {
  weightedDaysLate: number;
  lateShare: number;
  /** Paid invoices that make a customer's own record count half (Bühlmann's k, history/gradesAt.ts). */
  credibilityInvoices: number;
}

export const GRADE_WEIGHTS = {
  /** 0 = estimated from the ledger (Bühlmann's k); a positive number fixes it. */
  credibilityInvoices: 0,
  lateShareDays: 4,
  trendWorse: 0.1,
  trendBetter: 0,
  overdueNow: 0.5,
  overdueNowCap: 60,
  over60Days: 3,
  disputedDays: 2,
} as const;

/** Upper score (days) of grades 1 … 9; above the last edge is grade 10. */
export const GRADE_BANDS = [2, 4, 6, 8, 11, 15, 20, 30, 45] as const;

export const NEUTRAL_PRIOR: GradePrior = { weightedDaysLate: 0, lateShare: 0, credibilityInvoices: 4 };

export function gradeFromScore(score: number): number {
  let g = 1;
  for (const edge of GRADE_BANDS) if (score > edge) g++;
  return g;
}

/** The parts of the risk score, in days (see the header for each weight). */
export interface ScoreParts {
  credibility: number;
  level: number;
  share: number;
  trend: number;
  now: number;
  over60: number;
  disputed: number;
}

export function scoreParts(x: GradeInputs, prior: GradePrior = NEUTRAL_PRIOR): ScoreParts {
  const W = GRADE_WEIGHTS;
  const n = x.paidInvoiceCount;
  const k = W.credibilityInvoices > 0 ? W.credibilityInvoices : prior.credibilityInvoices;
  const w = n / (n + k);
  const own = x.weightedDaysLate ?? prior.weightedDaysLate;
  return {
    credibility: w,
    level: w * own + (1 - w) * prior.weightedDaysLate,
    share: W.lateShareDays * (w * (x.lateShare ?? prior.lateShare) + (1 - w) * prior.lateShare),
    trend: x.trend === null ? 0 : w * (x.trend > 0 ? W.trendWorse : W.trendBetter) * x.trend,
    now: (1 - w) * Math.min(W.overdueNowCap, W.overdueNow * x.overdueDays),
    over60: W.over60Days * x.over60Share,
    disputed: W.disputedDays * x.disputedShare,
  };
}

/** The risk score in days late: the sum of its parts (no strings built: the backtest calls it many times). */
export function riskScore(x: GradeInputs, prior: GradePrior = NEUTRAL_PRIOR): number {
  const q = scoreParts(x, prior);
  return q.level + q.share + q.trend + q.now + q.over60 + q.disputed;
}

/** The risk score in days late and its parts (each part is a Reason with its figure). */
export function gradeScore(x: GradeInputs, prior: GradePrior = NEUTRAL_PRIOR): { score: number; reasons: Reason[] } {
  const reasons: Reason[] = [];
  const n = x.paidInvoiceCount;
  const { credibility: w, level, share, trend, now, over60, disputed } = scoreParts(x, prior);
  const score = riskScore(x, prior);
  const p = (v: number) => fig(v);
  if (x.weightedDaysLate !== null) {
    reasons.push(reason("grade.daysLate", { days: p(x.weightedDaysLate), paid: n, weight: pct(w), prior: p(prior.weightedDaysLate), points: p(level) },
      `pays ${p(x.weightedDaysLate)} days late on average (amount-weighted, ${n} paid invoices, counted at ${pct(w)} % against the ledger's ${p(prior.weightedDaysLate)}): +${p(level)}`));
  } else {
    reasons.push(reason("grade.noHistory", { prior: p(prior.weightedDaysLate), points: p(level) }, `no paid invoice yet: taken as the ledger's ${p(prior.weightedDaysLate)} days late: +${p(level)}`));
  }
  if (x.lateShare !== null && share > 0) {
    reasons.push(reason("grade.lateShare", { share: pct(x.lateShare), points: p(share) }, `${pct(x.lateShare)} % of paid invoices were paid late: +${p(share)}`));
  }
  if (trend > 0) reasons.push(reason("grade.trendWorse", { days: p(x.trend!), points: p(trend) }, `paying ${p(x.trend!)} days later in the last 90 days than before: +${p(trend)}`));
  if (trend < 0) reasons.push(reason("grade.trendBetter", { days: p(-x.trend!), points: p(trend) }, `paying ${p(-x.trend!)} days earlier in the last 90 days than before: ${p(trend)}`));
  if (now > 0) reasons.push(reason("grade.overdueNow", { days: p(x.overdueDays), points: p(now) }, `the open balance is ${p(x.overdueDays)} days past due on average (amount-weighted): +${p(now)}`));
  if (over60 > 0) reasons.push(reason("grade.over60", { share: pct(x.over60Share), points: p(over60) }, `${pct(x.over60Share)} % of the open balance is over 60 days past due: +${p(over60)}`));
  if (disputed > 0) reasons.push(reason("grade.disputed", { share: pct(x.disputedShare), points: p(disputed) }, `${pct(x.disputedShare)} % of the open balance is disputed: +${p(disputed)}`));
  return { score, reasons };
}

export function gradeCustomer(x: GradeInputs, prior: GradePrior = NEUTRAL_PRIOR): { grade: number; score: number; reasons: Reason[] } {
  const { score, reasons } = gradeScore(x, prior);
  const grade = gradeFromScore(score);
  reasons.unshift(reason("grade.result", { grade, score: fig(score) }, `grade ${grade} on a scale of 1 (lowest risk) to 10 (highest risk): risk score ${fig(score)} days`));
  return { grade, score, reasons };
}
