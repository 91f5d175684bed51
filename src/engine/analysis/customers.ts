/**
 * Per-customer assessment: open and overdue amounts, share of AR, paid-late history, weighted days late and its
 * trend (paid in the last 90 days vs before), the days-beyond-terms score, then the grade (grade.ts), terms
 * (terms.ts), credit limit (creditLimit.ts) and whether trade-credit insurance cover is advised.
 * Insurance per customer is advised when the customer holds ≥ 10 % of AR with grade 4 or worse, or ≥ 5 % of AR with
 * fewer than 3 paid invoices (a large exposure without a payment record) — the seed FAQ's two triggers.
 */
import { bucketAmounts } from "../core/aging";
import { fromCents, toCents } from "../model/money";
import { behaviourInto, blankBehaviour, type BehaviourAt } from "../history/behaviourAt";
import { customerHistories, peakOpenCents, type CustomerHistory } from "../history/customerHistory";
import { daysBeyondTermsOf, openBucketsInto, salesCentsOf } from "../history/customerFigures";
import { gradeInputsInto } from "../history/gradesAt";
import { priorOfLedger } from "../history/priorAt";
import { customerKey } from "../ledger/customerKey";
import { gradeFromScore, riskScore, type GradeInputs } from "./grade";
import { AssessmentSources, type LimitSettings, type SourceFigures } from "./assessment";
import { largestThenByName } from "./largestFirst";
import { groupByCustomer } from "./portfolio";
import { NORMAL_SCORE, portfolioNorm, termsGrade } from "./portfolioNorm";
import { paydexBand, paydexFromDays } from "./paydex";
import { fig, pct, reason } from "../model/reason";
import { appetiteGrade, recommendTerms } from "./terms";
import { PEAK_WINDOW_DAYS } from "./creditLimit";
import type {
  AssessmentContext,
  CustomerAssessment,
  Invoice,
  KeptLimit,
  Reason,
  TermsRecommendation,
} from "../model/types";

export { RECENT_DAYS } from "../history/behaviourAt";
/** Months of sales history used for the average monthly sales behind a credit limit. */
export const SALES_HISTORY_DAYS = 365;
const DAYS_PER_MONTH = 365 / 12;

export { groupByCustomer } from "./portfolio";

/** Average monthly credit sales over the customer's history in the last 12 months (at least one month). */
export function monthlySales(invoices: readonly Invoice[], asOf: number, historyDays: number): number {
  let cents = 0;
  for (const inv of invoices) {
    const d = inv.invoiceDate ?? inv.dueDate;
    if (d > asOf - SALES_HISTORY_DAYS && d <= asOf && inv.amount > 0) cents += toCents(inv.amount);
  }
  return perMonth(cents, historyDays);
}

/** Sales cents of the last 12 months as a monthly average over the history (at least one month). */
function perMonth(cents: number, historyDays: number): number {
  const days = Math.min(SALES_HISTORY_DAYS, Math.max(DAYS_PER_MONTH, historyDays));
  return fromCents(cents) / (days / DAYS_PER_MONTH);
}

/**
 * The terms for the grade measured against the portfolio's norm. The recommended terms are shared and frozen (one per
 * grade, appetite and advice): the norm's reason goes on a copy.
 */
function termsAgainstNorm(
  grade: number,
  forTerms: number,
  ctx: AssessmentContext,
  insuranceAdvised: boolean,
): TermsRecommendation {
  const shared = recommendTerms(forTerms, ctx.riskAppetite, insuranceAdvised);
  if (forTerms === grade) return shared;
  const factor = ctx.normFactor ?? 1;
  // Frozen and made once per grade and norm, like the shared terms: many customers carry the same copy. Found by
  // norm, then by grade (no key written per customer).
  let byFactor = normTerms.get(shared);
  if (!byFactor) normTerms.set(shared, (byFactor = new Map()));
  let copies = byFactor.get(factor);
  if (!copies) {
    if (byFactor.size >= MAX_NORM_COPIES) byFactor.clear(); // a norm factor per ledger: forget, never grow
    byFactor.set(factor, (copies = new Map()));
  }
  let terms = copies.get(grade);
  if (!terms) {
    const reasons = Object.freeze([normReason(grade, forTerms, factor), ...shared.reasons]) as Reason[];
    copies.set(grade, (terms = Object.freeze({ ...shared, reasons })));
  }
  return terms;
}
const normTerms = new WeakMap<TermsRecommendation, Map<number, Map<number, TermsRecommendation>>>();
const MAX_NORM_COPIES = 64;

/**
 * One customer's assessment at the as-of date. `b` is its behaviour at that date (history/behaviourAt.ts, with the
 * ledger's own open amounts), `score` its risk score (riskScore of its grade inputs and the portfolio's prior) and
 * `sources` what the analysis's assessments make their reasons and limits from (the prior, the limit settings).
 */
function assessCustomer(
  h: CustomerHistory,
  b: BehaviourAt,
  score: number,
  ctx: AssessmentContext,
  sources: AssessmentSources,
): CustomerAssessment {
  const { asOf, agingEdges } = ctx;
  // Read from the history's columns (history/customerFigures.ts): the same cents as invoice by invoice.
  const openCount = openBucketsInto(scratch.buckets, h, asOf, ctx.agingBasis, agingEdges);
  const openCents = b.openCents;
  const openAmount = fromCents(openCents);
  const paydex = paydexOf(daysBeyondTermsOf(h));
  const shareOfAR = ctx.totalOpen > 0 ? Math.max(0, openAmount) / ctx.totalOpen : 0;
  const inputs = gradeInputsInto(scratch.inputs, b);
  const grade = gradeFromScore(score);
  const paidCount = b.paidCount;
  const insuranceReasons = insuranceAdvice(shareOfAR, grade, paidCount);
  const insuranceAdvised = insuranceReasons.length > 0;
  // Terms and the proposal from the grade against the portfolio's norm (portfolioNorm.ts); the grade stays absolute.
  const forTerms = termsGrade(score, ctx.normFactor ?? 1);
  const terms = termsAgainstNorm(grade, forTerms, ctx, insuranceAdvised);
  // The limit is made from its inputs when read (assessment.ts), the grade's reasons from the days past due and prior.
  const source = limitSource(h, b, ctx, forTerms, terms, inputs.overdueDays, sources.settings.floorDays);
  const keptLimit = keptLimitOf(h.customer, ctx);
  // Over limit: above the limit the user keeps, never above AR Lens's own proposal.
  const overLimit = keptLimit !== null && openCents > toCents(keptLimit.amount);

  // The figures are set on the assessment itself, made blank (AssessmentSources.assess).
  const f = sources.assess(source);
  f.customer = h.customer;
  f.openAmount = openAmount;
  f.overdueAmount = fromCents(b.overdueCents);
  f.shareOfAR = shareOfAR;
  f.buckets = bucketAmounts(scratch.buckets, 0, agingEdges.length + 1);
  f.invoiceCount = h.invoices.length;
  f.openInvoiceCount = openCount;
  f.paidInvoiceCount = paidCount;
  f.paidLateCount = b.paidLateCount;
  f.paidLateAmount = fromCents(b.paidLateCents);
  f.lateShare = b.lateShare;
  f.weightedDaysLate = b.weightedDaysLate;
  f.weightedDaysToPay = b.weightedDaysToPay;
  f.recentDaysLate = b.recentDaysLate;
  f.earlierDaysLate = b.earlierDaysLate;
  f.trend = b.trend;
  f.paydex = paydex === null ? null : fig(paydex);
  f.paydexBand = paydex === null ? null : paydexBand(paydex);
  f.over60Share = inputs.over60Share;
  f.disputedOpen = fromCents(b.disputedCents);
  f.disputedShare = inputs.disputedShare;
  f.historyDays = b.historyDays;
  f.grade = grade;
  f.riskScore = fig(score, 2);
  f.terms = terms;
  f.keptLimit = keptLimit;
  f.overLimit = overLimit;
  f.termsGrade = forTerms;
  f.insuranceAdvised = insuranceAdvised;
  f.insuranceReasons = insuranceReasons;
  return f;
}

/**
 * What the customers stage writes a customer's behaviour, grade inputs and open buckets into, customer after
 * customer (each read before the next customer's are written): one set of objects instead of one per customer.
 */
const scratch = {
  behaviour: blankBehaviour(),
  inputs: gradeInputsInto({} as GradeInputs, blankBehaviour()),
  buckets: [] as number[],
  source: {} as SourceFigures,
};

const paydexOf = (daysBeyondTerms: number | null) =>
  daysBeyondTerms === null ? null : paydexFromDays(daysBeyondTerms);

/** The limit the user keeps for the customer: its name's key is read only when there are any (most ledgers: none). */
function keptLimitOf(customer: string, ctx: AssessmentContext): KeptLimit | null {
  return ctx.keptLimits && ctx.keptLimits.size > 0 ? (ctx.keptLimits.get(customerKey(customer)) ?? null) : null;
}

/**
 * Why trade-credit insurance cover is advised for the customer (none: not advised): a large share of receivables with
 * a poor grade, or a sizeable share without a payment record.
 */
function insuranceAdvice(shareOfAR: number, grade: number, paidCount: number): Reason[] {
  if (!(shareOfAR >= 0.05)) return NO_REASONS; // neither trigger (most customers of a large ledger)
  const reasons: Reason[] = [];
  if (shareOfAR >= 0.1 && grade >= 4) {
    reasons.push(
      reason(
        "insurance.largeRisky",
        { share: pct(shareOfAR), grade },
        `holds ${pct(shareOfAR)} % of receivables with grade ${grade}: cover advised`,
      ),
    );
  }
  if (shareOfAR >= 0.05 && paidCount < 3) {
    reasons.push(
      reason(
        "insurance.unproven",
        { share: pct(shareOfAR), paid: paidCount },
        `holds ${pct(shareOfAR)} % of receivables with only ${paidCount} paid invoice(s): cover advised`,
      ),
    );
  }
  return reasons;
}

/** The one empty list of insurance reasons the customers without advice share (frozen: nobody adds to it). */
const NO_REASONS = Object.freeze([]) as unknown as Reason[];

/**
 * What the customer's grade reasons and proposed credit limit are made from besides its assessment (assessment.ts
 * SourceFigures; creditLimit.ts): its peak balance in the recent window (today's open amount when higher), what it
 * owes within the portfolio's norm (`floorDays` past due at most), its monthly sales, and the grade the terms follow.
 */
function limitSource(
  h: CustomerHistory,
  b: BehaviourAt,
  ctx: AssessmentContext,
  forTerms: number,
  terms: TermsRecommendation,
  overdueDays: number,
  floorDays: number,
): SourceFigures {
  const { asOf } = ctx;
  const openCents = b.openCents;
  const peak = peakOpenCents(h, asOf - PEAK_WINDOW_DAYS, asOf);
  const peakCents = Math.max(peak.cents, openCents);
  const s = scratch.source; // copied into the analysis's columns (AssessmentSources.assess)
  s.overdueDays = overdueDays;
  s.peakCents = peakCents;
  s.peakDate = peakCents > peak.cents ? asOf : peak.date;
  s.onTermsCents = floorDays > 0 ? openDueSince(h, asOf - floorDays) : openCents - b.overdueCents;
  s.monthlySales = perMonth(salesCentsOf(h, asOf, SALES_HISTORY_DAYS), b.historyDays);
  s.limitGrade = appetiteGrade(forTerms, ctx.riskAppetite);
  s.openAccount = terms.paymentMethod === "openAccount" || terms.paymentMethod === "openAccountInsured";
  return s;
}

/**
 * Open cents of the invoices due on or after `since` (what is at most asOf − since days past due, or not yet due),
 * read from the history's columns (whole cents: the sum of the invoices' own).
 */
function openDueSince(h: CustomerHistory, since: number): number {
  const c = h.columns;
  let cents = 0;
  for (let i = h.start, end = h.start + h.invoices.length; i < end; i++) if (c.due[i] >= since) cents += c.open[i];
  return cents;
}

/** Why the terms follow another grade than the customer's own: the portfolio's norm (portfolioNorm.ts). */
function normReason(grade: number, forTerms: number, factor: number): Reason {
  const median = fig((1 + NORMAL_SCORE) / factor - 1);
  return reason(
    "terms.norm",
    { grade, termsGrade: forTerms, median, normal: NORMAL_SCORE },
    `grade ${grade} measures lateness as such; the typical customer of this ledger scores ${median} days (an ordinary portfolio up to ${NORMAL_SCORE}), so terms are set as for grade ${forTerms} against that norm`,
  );
}

/** Assesses every customer at the as-of date; sorted by open amount, largest first (ties by name). */
export function assessCustomers(
  invoices: readonly Invoice[],
  ctx: AssessmentContext,
  groups = groupByCustomer(invoices),
  histories: readonly CustomerHistory[] = customerHistories(groups),
): CustomerAssessment[] {
  // Every parsed invoice is known at the as-of date, with the ledger's own open amounts (undated payments count).
  // A customer's behaviour is read again where it is needed rather than kept for every customer through the stage
  // (the prior, every score for the norm, then the assessment): on a ledger of one invoice per customer, reading it
  // costs less than keeping it.
  // Each behaviour and its grade inputs are read and dropped at once: written into the same objects (`scratch`).
  const behaviourOf = (h: CustomerHistory) => behaviourInto(scratch.behaviour, h, ctx.asOf, true, h.invoices.length);
  const prior = priorOfLedger(histories, ctx.asOf);
  const scores = new Array<number>(histories.length);
  for (let i = 0; i < histories.length; i++)
    scores[i] = riskScore(gradeInputsInto(scratch.inputs, behaviourOf(histories[i])), prior);
  const norm = portfolioNorm(scores);
  const late = norm.factor < 1;
  const withNorm = {
    ...ctx,
    normFactor: ctx.normFactor ?? norm.factor,
    normDays: ctx.normDays ?? (late ? norm.medianScore : 0),
  };
  const limits: LimitSettings = { headroom: withNorm.limitHeadroom, floorDays: withNorm.normDays ?? 0 };
  const sources = new AssessmentSources(histories.length, prior, limits);
  const out = histories.map((h, i) => assessCustomer(h, behaviourOf(h), scores[i], withNorm, sources));
  return largestThenByName(out, openAmountOf, customerOf, byOpenAmountThenName);
}

const openAmountOf = (c: CustomerAssessment) => c.openAmount;
const customerOf = (c: { customer: string }) => c.customer;
const byOpenAmountThenName = (a: CustomerAssessment, b: CustomerAssessment) =>
  b.openAmount - a.openAmount || (a.customer < b.customer ? -1 : a.customer > b.customer ? 1 : 0);
