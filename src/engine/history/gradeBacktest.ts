/**
 * The model check: was the grade right in the past, on this ledger? (docs/METRICS.md, "History and backtests").
 * At each month-end t that leaves a follow-up window of `followUpMonths` before the as-of date, every customer is
 * graded with only the history known at t (gradesAt.ts); then what it was billed in (t, t + window] shows how it
 * paid: amount-weighted days late of those invoices — max(0, paid − due) when settled by the as-of date, and
 * max(0, as-of − due) while still unpaid (at least that late). "Late" = that figure above `lateDays`.
 * The grade's AUC for "late" is compared with the naive baseline a user would otherwise use: the customer's own
 * past amount-weighted days late (the portfolio's when it has no paid invoice yet). Observations are pooled over the
 * month-ends (one per customer and month-end).
 *
 * Too short / too small to judge (thresholds below): fewer than 3 month-ends with a full follow-up window; fewer than
 * 30 observations, or fewer than 5 late or 5 on-time ones (an AUC over a handful of pairs is noise).
 */
import { endOfMonth } from "../core/dates";
import { auc, gini } from "./auc";
import { billedCount, firstBilled, type CustomerHistory } from "./customerHistory";
import { POSITIVE, SETTLED } from "./historyColumns";
import { gradeFromScore, riskScore, type GradeInputs } from "../analysis/grade";
import { behaviourInto, blankBehaviour } from "./behaviourAt";
import { gradeInputs } from "./gradesAt";
import { PriorSums } from "./priorAt";
import { aucLead, type Lead } from "./bootstrap";
import { paymentHistoryStartOf, type HistoryStart } from "./historyStart";

export const DEFAULT_FOLLOW_UP_MONTHS = 6;
export const DEFAULT_LATE_DAYS = 5;
/** At most this many month-ends are replayed (the latest ones): enough pairs, bounded cost. */
export const DEFAULT_MAX_POINTS = 12;
/** A month-end is replayed only when the ledger already had this many days of history before it. */
export const MIN_HISTORY_DAYS = 90;
export const MIN_POINTS = 3;
export const MIN_OBSERVATIONS = 30;
export const MIN_PER_CLASS = 5;

export interface BacktestSettings {
  followUpMonths?: number;
  lateDays?: number;
  maxPoints?: number;
}

export interface CalibrationRow {
  grade: number;
  /** Customer × month-end observations with this grade. */
  customers: number;
  /** Share of them that paid the following window's invoices more than `lateDays` late. */
  lateShare: number;
  /** Amount-weighted days late observed on what they were billed in the window. */
  weightedDaysLate: number;
}

export interface ModelCheck {
  status: "ok" | "tooShort" | "tooSmall";
  followUpMonths: number;
  lateDays: number;
  /** The month-ends replayed, oldest first. */
  monthEnds: number[];
  observations: number;
  late: number;
  grade: { auc: number; gini: number } | null;
  /** The continuous risk score behind the grade (before its bands). */
  score: { auc: number; gini: number } | null;
  baseline: { auc: number; gini: number } | null;
  calibration: CalibrationRow[];
  /** Whether the grade's AUC is at least the baseline's (null when either cannot be measured). */
  gradeAtLeastBaseline: boolean | null;
  /** The grade's lead over the baseline in AUC, with its 95 % interval over customers, and the verdict from it. */
  lead?: Lead | null;
  /** Where the payment history begins, when later than the ledger's first billing (replayed only after it). */
  historyStart?: HistoryStart | null;
}

interface Observation {
  /** The customer's index (the bootstrap resamples customers). */
  customer: number;
  grade: number;
  score: number;
  baseline: number;
  late: boolean;
  cents: number;
  dayCents: number;
}

/** Month-ends with a full follow-up window before `asOf` and enough history before them, the latest `maxPoints`. */
export function backtestMonthEnds(
  firstBilled: number,
  asOf: number,
  followUpMonths: number,
  maxPoints: number,
): number[] {
  // Counted back from the last month-end whose follow-up window ends by `asOf`: a ledger from 1900 to 9999 has
  // 97,000 month-ends, of which only the latest `maxPoints` are kept.
  const first = endOfMonth(firstBilled + MIN_HISTORY_DAYS);
  let last = endOfMonth(asOf, -followUpMonths);
  if (endOfMonth(last, followUpMonths) > asOf) last = endOfMonth(last, -1);
  const ends: number[] = [];
  for (let t = last; t >= first && ends.length < maxPoints; t = endOfMonth(t, -1)) ends.push(t);
  return ends.reverse();
}

/** How the customer paid what it was billed in (from, to]: Σ cents and Σ cents × days late, as known at `asOf`. */
export function followUp(
  h: CustomerHistory,
  from: number,
  to: number,
  asOf: number,
): { cents: number; dayCents: number } {
  let cents = 0;
  let dayCents = 0;
  // The invoices' columns (historyColumns.ts): positive amount, settled (paid date, nothing open), cents.
  const { flags, amount, paid, due } = h.columns;
  for (let i = h.start + billedCount(h, from), end = h.start + billedCount(h, to); i < end; i++) {
    if ((flags[i] & POSITIVE) === 0) continue;
    const c = amount[i];
    const settled = (flags[i] & SETTLED) !== 0;
    const late = Math.max(0, (settled ? paid[i] : asOf) - due[i]);
    cents += c;
    dayCents += c * late;
  }
  return { cents, dayCents };
}

export function backtestGrades(
  histories: readonly CustomerHistory[],
  asOf: number,
  settings: BacktestSettings = {},
): ModelCheck {
  const followUpMonths = settings.followUpMonths ?? DEFAULT_FOLLOW_UP_MONTHS;
  const lateDays = settings.lateDays ?? DEFAULT_LATE_DAYS;
  let first = Infinity;
  for (const h of histories) if (h.invoices.length > 0) first = Math.min(first, firstBilled(h));
  // Replay only where the ledger holds payments (historyStart.ts).
  const historyStart = Number.isFinite(first) ? paymentHistoryStartOf(histories, asOf) : null;
  if (historyStart) first = Math.max(first, historyStart.date);
  const monthEnds = Number.isFinite(first)
    ? backtestMonthEnds(first, asOf, followUpMonths, settings.maxPoints ?? DEFAULT_MAX_POINTS)
    : [];
  const observations: Observation[] = [];
  for (const t of monthEnds) observeAt(histories, t, endOfMonth(t, followUpMonths), asOf, lateDays, observations);
  const late = observations.filter((o) => o.late).length;
  const status =
    monthEnds.length < MIN_POINTS
      ? "tooShort"
      : observations.length < MIN_OBSERVATIONS || late < MIN_PER_CLASS || observations.length - late < MIN_PER_CLASS
        ? "tooSmall"
        : "ok";
  const outcomes = observations.map((o) => o.late);
  const measure = (scores: number[]) => {
    const a = auc(scores, outcomes);
    return a === null ? null : { auc: a, gini: gini(a) };
  };
  const grade = measure(observations.map((o) => o.grade));
  const baseline = measure(observations.map((o) => o.baseline));
  return {
    status,
    followUpMonths,
    lateDays,
    monthEnds,
    observations: observations.length,
    late,
    grade,
    score: measure(observations.map((o) => o.score)),
    baseline,
    calibration: calibrate(observations),
    gradeAtLeastBaseline: grade && baseline ? grade.auc >= baseline.auc : null,
    lead: grade && baseline && status === "ok" ? leadOf(observations, grade.auc - baseline.auc) : null,
    historyStart,
  };
}

/**
 * The observations at month-end `t`: each customer graded at t (gradesAt.ts, the same figures) that was billed
 * something in (t, windowEnd]. Only those are graded; the prior over every customer (priorAt.ts) is summed in the
 * same sweep — from the behaviour of a customer graded, from its invoices otherwise — and the graded are scored once
 * it is complete. `customer` is the customer's index in `histories` (the bootstrap resamples customers).
 */
function observeAt(
  histories: readonly CustomerHistory[],
  t: number,
  windowEnd: number,
  asOf: number,
  lateDays: number,
  out: Observation[],
): void {
  const sums = new PriorSums();
  // A graded customer keeps its grade's inputs and its own days late; its behaviour is read into one reused object.
  const graded: { customer: number; inputs: GradeInputs; daysLate: number | null; cents: number; dayCents: number }[] =
    [];
  for (let ci = 0; ci < histories.length; ci++) {
    const h = histories[ci];
    if (h.invoices.length === 0 || firstBilled(h) > t) continue;
    const n = billedCount(h, t);
    const f = followUp(h, t, windowEnd, asOf);
    if (f.cents <= 0) {
      sums.addCustomer(h, t, n);
      continue;
    }
    const b = behaviourInto(behaviour, h, t, false, n);
    sums.addBehaviour(b);
    graded.push({
      customer: ci,
      inputs: gradeInputs(b),
      daysLate: b.weightedDaysLate,
      cents: f.cents,
      dayCents: f.dayCents,
    });
  }
  const prior = sums.prior();
  for (let k = 0; k < graded.length; k++) {
    const { customer, inputs, daysLate, cents, dayCents } = graded[k];
    const score = riskScore(inputs, prior);
    out.push({
      customer,
      grade: gradeFromScore(score),
      score,
      baseline: daysLate ?? prior.weightedDaysLate,
      late: dayCents / cents > lateDays,
      cents,
      dayCents,
    });
  }
}

const behaviour = blankBehaviour();

/** The grade's lead with its bootstrap interval over customers (bootstrap.ts). */
function leadOf(observations: readonly Observation[], value: number): Lead {
  const index = new Map<number, number>(); // customers with cases, numbered 0 … n − 1
  const cluster = observations.map((o) => index.get(o.customer) ?? (index.set(o.customer, index.size), index.size - 1));
  const late = observations.map((o) => o.late);
  return aucLead(
    observations.map((o) => o.grade),
    observations.map((o) => o.baseline),
    late,
    cluster,
    index.size,
    value,
  );
}

function calibrate(observations: readonly Observation[]): CalibrationRow[] {
  const rows: CalibrationRow[] = [];
  for (let grade = 1; grade <= 10; grade++) {
    const of = observations.filter((o) => o.grade === grade);
    if (of.length === 0) continue;
    const cents = of.reduce((s, o) => s + o.cents, 0);
    rows.push({
      grade,
      customers: of.length,
      lateShare: of.filter((o) => o.late).length / of.length,
      weightedDaysLate: of.reduce((s, o) => s + o.dayCents, 0) / cents,
    });
  }
  return rows;
}
