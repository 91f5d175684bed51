/**
 * AR Lens's buyer grade: 1 (lowest risk) … 10 (highest), the direction trade-credit insurers use (Allianz Trade
 * 1 best … 10 failing; Coface DRA runs the other way). The grade rates how the customer PAYS — the likelihood of
 * paying late — and nothing else: how much it owes (exposure, share of receivables) is handled by the credit limit,
 * the insurance advice and the concentration alert.
 *
 * Risk score, in days late, built on a log scale ln(1 + days) (every weight documented in docs/GRADE-MODEL.md;
 * proven by the backtest, history/gradeBacktest.ts). The core signal is the naive baseline itself — the customer's
 * own amount-weighted days late — shrunk toward the ledger's by credibility:
 *   credibility  w = paid invoices / (paid invoices + k), k = Bühlmann's constant on the log scale (gradesAt.ts)
 *   level        = w × ln(1 + own days late) + (1 − w) × ln(1 + ledger's days late)   (a credibility-weighted
 *                  geometric mean: one invoice paid 60 days late does not outweigh twenty paid on time)
 *   share late   + 0.25 × (w × own share of paid invoices paid late + (1 − w) × ledger's share)
 *   trend        + 0.15 × w × (ln(1 + days late in the last 90 days) − ln(1 + own days late)), either direction
 *   overdue now  + (0.10 + 0.25 × (1 − w)) × ln(1 + amount-weighted days past due of the open balance, at most 120)
 *                  (the only evidence for a customer without paid invoices, less for one with a long record)
 *   disputes     + 0.10 × share of the open balance in dispute (about the goods: its own small signal)
 *   score        = e^(sum) − 1 days; grade = 1 + the number of band edges the score exceeds (GRADE_BANDS)
 * Weights were tuned on generated ledgers (seeds 1–3, two sizes) and checked on seeds 4–5, the IBM sample and the
 * preview's sample ledger; docs/GRADE-MODEL.md ("The figures") says what was in sample, band edges included.
 * Only shares and days enter the grade, so it does not change when every amount is scaled.
 */
import { fig, pct, reasonOnDemand } from "../model/reason";
import type { Reason } from "../model/types";

export interface GradeInputs {
  paidInvoiceCount: number;
  weightedDaysLate: number | null;
  lateShare: number | null;
  /** Days late in the last 90 days minus before (shown in the reasons; the score uses recentDaysLate). */
  trend: number | null;
  /** Amount-weighted days late of the invoices settled in the last 90 days (null: none, or no earlier ones). */
  recentDaysLate: number | null;
  /** Amount-weighted days past due of the open balance (not-yet-due items count 0). */
  overdueDays: number;
  /** Shown beside the grade, not scored: the days past due of the open balance already carry it (backtest). */
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

/** Weights on the log scale ln(1 + days) (see the header). */
export const GRADE_WEIGHTS = {
  /** 0 = estimated from the ledger (Bühlmann's k); a positive number fixes it. */
  credibilityInvoices: 0,
  lateShare: 0.25,
  trend: 0.15,
  overdueNow: 0.1,
  overdueNowThin: 0.25,
  overdueNowCapDays: 120,
  disputed: 0.1,
} as const;

/**
 * Upper score (days) of grades 1 … 9; above the last edge is grade 10. Placed where the customers are and where
 * the chance of paying late changes (most cut points between 0 and 10 days), chosen on the backtest of the
 * tuning ledgers for the grade's AUC with per-grade lateness rising (docs/GRADE-MODEL.md).
 */
export const GRADE_BANDS = [0.25, 1, 2.5, 5.5, 7, 11, 18, 30, 75] as const;

export const NEUTRAL_PRIOR: GradePrior = { weightedDaysLate: 0, lateShare: 0, credibilityInvoices: 4 };

export function gradeFromScore(score: number): number {
  let g = 1;
  for (let i = 0; i < GRADE_BANDS.length; i++) if (score > GRADE_BANDS[i]) g++; // by index: no iterator per call
  return g;
}

/**
 * The parts of the risk score, in days: `level` = e^(level term) − 1, and each later part is what its term adds
 * to the days so far ((1 + days so far) × (e^term − 1)), so the parts add up to the score exactly.
 */
export interface ScoreParts {
  credibility: number;
  level: number;
  share: number;
  trend: number;
  now: number;
  disputed: number;
}

/** The terms of the score on the log scale: level, share late, trend, overdue now, disputes (see the header). */
export function scoreTerms(
  x: GradeInputs,
  prior: GradePrior = NEUTRAL_PRIOR,
): { w: number; terms: [number, number, number, number, number] } {
  const terms: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  const w = termsInto(x, prior, terms);
  return { w, terms };
}

/** Writes the five terms into `out` (in scoreTerms' order) and gives the credibility w. */
function termsInto(x: GradeInputs, prior: GradePrior, out: number[] | Float64Array): number {
  const W = GRADE_WEIGHTS;
  const n = x.paidInvoiceCount;
  const k = W.credibilityInvoices > 0 ? W.credibilityInvoices : prior.credibilityInvoices;
  const w = n / (n + k);
  const ownLog = Math.log1p(Math.max(0, x.weightedDaysLate ?? prior.weightedDaysLate));
  const priorLog = Math.log1p(Math.max(0, prior.weightedDaysLate));
  out[0] = w * ownLog + (1 - w) * priorLog;
  out[1] = W.lateShare * (w * (x.lateShare ?? prior.lateShare) + (1 - w) * prior.lateShare);
  out[2] =
    x.recentDaysLate === null || x.weightedDaysLate === null
      ? 0
      : W.trend * w * (Math.log1p(Math.max(0, x.recentDaysLate)) - ownLog);
  out[3] =
    (W.overdueNow + W.overdueNowThin * (1 - w)) * Math.log1p(Math.min(W.overdueNowCapDays, Math.max(0, x.overdueDays)));
  out[4] = W.disputed * x.disputedShare;
  return w;
}

export function scoreParts(x: GradeInputs, prior: GradePrior = NEUTRAL_PRIOR): ScoreParts {
  const { w, terms } = scoreTerms(x, prior);
  let sum = 0;
  const days = terms.map((t) => {
    const before = Math.expm1(sum);
    sum += t;
    return Math.expm1(sum) - before;
  });
  return { credibility: w, level: days[0], share: days[1], trend: days[2], now: days[3], disputed: days[4] };
}

/** The risk score in days late: e^(sum of the terms) − 1 (no strings built: the backtest calls it many times). */
export function riskScore(x: GradeInputs, prior: GradePrior = NEUTRAL_PRIOR): number {
  const t = scoreScratch; // one list for every call (a typed array keeps each term's double exactly)
  termsInto(x, prior, t);
  return Math.expm1(t[0] + t[1] + t[2] + t[3] + t[4]);
}
const scoreScratch = new Float64Array(5);

/**
 * The parts as reasons, after `first` when there is one: the list made at its length (a list grown by push or
 * unshift keeps room for more, a customer's worth of memory). The texts are written when read (reasonOnDemand).
 */
function scoreReasons(x: GradeInputs, prior: GradePrior, parts: ScoreParts, first: Reason | null): Reason[] {
  const p = (v: number) => fig(v);
  const level = levelReason(x, prior, parts);
  const share =
    x.lateShare !== null && parts.share > 0
      ? reasonOnDemand("grade.lateShare", { share: pct(x.lateShare), points: p(parts.share) }, lateShareText)
      : null;
  const trend = trendReason(x, parts.trend);
  const now =
    parts.now > 0
      ? reasonOnDemand("grade.overdueNow", { days: p(x.overdueDays), points: p(parts.now) }, overdueNowText)
      : null;
  const disputed =
    parts.disputed > 0
      ? reasonOnDemand("grade.disputed", { share: pct(x.disputedShare), points: p(parts.disputed) }, disputedText)
      : null;
  const all = [first, level, share, trend, now, disputed];
  let n = 0;
  for (const r of all) if (r !== null) n++;
  const reasons = new Array<Reason>(n);
  n = 0;
  for (const r of all) if (r !== null) reasons[n++] = r;
  return reasons;
}

/** The level: the customer's own days late counted at its credibility, or the ledger's without a paid invoice. */
function levelReason(x: GradeInputs, prior: GradePrior, parts: ScoreParts): Reason {
  const p = (v: number) => fig(v);
  const { credibility: w, level } = parts;
  const n = x.paidInvoiceCount;
  if (x.weightedDaysLate === null)
    return reasonOnDemand("grade.noHistory", { prior: p(prior.weightedDaysLate), points: p(level) }, noHistoryText);
  return reasonOnDemand(
    "grade.daysLate",
    { days: p(x.weightedDaysLate), paid: n, weight: pct(w), prior: p(prior.weightedDaysLate), points: p(level) },
    daysLateText,
  );
}

/** Paying later or earlier in the last 90 days than before, when it moves the score. */
function trendReason(x: GradeInputs, trend: number): Reason | null {
  const p = (v: number) => fig(v);
  if (trend > 0 && x.trend !== null && x.trend > 0)
    return reasonOnDemand("grade.trendWorse", { days: p(x.trend), points: p(trend) }, trendWorseText);
  if (trend < 0 && x.trend !== null && x.trend < 0)
    return reasonOnDemand("grade.trendBetter", { days: p(-x.trend), points: p(trend) }, trendBetterText);
  return null;
}

// The English texts of the grade and its parts, written when read (model/reason.ts reasonOnDemand).
type Figures = Readonly<Record<string, number | string>>;
const resultText = (q: Figures) =>
  `grade ${q.grade} on a scale of 1 (lowest risk) to 10 (highest risk): risk score ${q.score} days`;
const noHistoryText = (q: Figures) => `no paid invoice yet: taken as the ledger's ${q.prior} days late: +${q.points}`;
const daysLateText = (q: Figures) =>
  `pays ${q.days} days late on average (amount-weighted, ${q.paid} paid invoices, counted at ${q.weight} % against the ledger's ${q.prior}): +${q.points}`;
const lateShareText = (q: Figures) => `${q.share} % of paid invoices were paid late: +${q.points}`;
const overdueNowText = (q: Figures) =>
  `the open balance is ${q.days} days past due on average (amount-weighted): +${q.points}`;
const disputedText = (q: Figures) => `${q.share} % of the open balance is disputed: +${q.points}`;
const trendWorseText = (q: Figures) => `paying ${q.days} days later in the last 90 days than before: +${q.points}`;
const trendBetterText = (q: Figures) => `paying ${q.days} days earlier in the last 90 days than before: ${q.points}`;

export function gradeCustomer(
  x: GradeInputs,
  prior: GradePrior = NEUTRAL_PRIOR,
): { grade: number; score: number; reasons: Reason[] } {
  const score = riskScore(x, prior);
  return { grade: gradeFromScore(score), score, reasons: gradeReasons({ inputs: x, prior }) };
}

/** What a customer's grade reasons are made from (when read: customers.ts). */
export interface GradeSource {
  inputs: GradeInputs;
  prior: GradePrior;
}

/** The grade's reasons: the result, then the parts of the score (gradeCustomer's list). */
export function gradeReasons({ inputs: x, prior }: GradeSource): Reason[] {
  const score = riskScore(x, prior);
  const result = reasonOnDemand("grade.result", { grade: gradeFromScore(score), score: fig(score) }, resultText);
  return scoreReasons(x, prior, scoreParts(x, prior), result);
}
