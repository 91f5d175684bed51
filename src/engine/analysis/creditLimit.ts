/**
 * Suggested credit limit: what the customer has really used, with room for its normal swings, cut for risk.
 *   peak     = the customer's highest open balance at any day-end in the last 12 months (history/customerHistory.ts)
 *   base     = peak × (1 + headroom)                    headroom: a setting, default 20 %
 *   limit    = base × grade factor                      (grade after risk appetite)
 *              grade 1–3: 100 %, 4: 90 %, 5: 80 %, 6: 65 %, 7: 50 %, 8–10: secured terms (letter of credit or cash
 *              in advance): no new credit, the proposal is the balance as it stands, collected as it falls due
 *              (not a limit of 0 that the customer is "over" at once)
 *   floor    = for grades still served on open account (terms.ts: grade ≤ 6), never below what the customer owes on
 *              terms today (its open balance not yet due): a limit under that would stop a customer who pays on time.
 *              In a late-paying portfolio (portfolioNorm.ts) "on terms" is what is at most the norm's days past due.
 * The figure is a proposal shown beside the limit the user keeps (keptLimits.ts); "over limit" is measured against
 * the kept one. The proposal is kept to the cent so that it scales exactly with the ledger.
 */
import { isoFromSerial } from "../core/dates";
import { fromCents, toCents } from "../model/money";
import { holdSource, madeOnRead, money, pct, reason, reasonOnDemand } from "../model/reason";
import type { CreditLimitRecommendation, Reason } from "../model/types";

export const DEFAULT_HEADROOM = 0.2;
export const PEAK_WINDOW_DAYS = 365;
const FACTORS = [1, 1, 1, 1, 0.9, 0.8, 0.65, 0.5, 0, 0, 0]; // index = grade

export function gradeFactor(grade: number): number {
  return FACTORS[Math.min(10, Math.max(1, grade))];
}

export interface LimitInputs {
  /** Highest open balance in the last 12 months, and the day it was reached. */
  peak: number;
  peakDate: number;
  /** Open balance not yet due today (owed on terms). */
  onTerms: number;
  /** Grade after risk appetite. */
  grade: number;
  /** Whether the grade is still served on open account (else no floor). */
  openAccount: boolean;
  headroom?: number;
  /** Average monthly credit sales (shown for context; not in the formula). */
  monthlySales: number;
  /** The floor counts what is at most this many days past due as on terms (the portfolio's norm; 0 = not yet due). */
  floorDays?: number;
  /** Open balance and its overdue part today (for the secured-terms proposal). */
  open?: number;
  overdue?: number;
}

export function recommendCreditLimit(x: LimitInputs): CreditLimitRecommendation {
  return new LimitProposal(limitCents(x), x);
}

/** The limit's figures in cents (whole cents: the proposal scales exactly with the ledger). */
interface LimitCents {
  headroom: number;
  peakCents: number;
  baseCents: number;
  factor: number;
  cutCents: number;
  floorCents: number;
  openCents: number;
  amountCents: number;
}

function limitCents(x: LimitInputs): LimitCents {
  const headroom = x.headroom ?? DEFAULT_HEADROOM;
  const peakCents = Math.max(0, toCents(x.peak));
  const baseCents = Math.round(peakCents * (1 + headroom));
  const factor = gradeFactor(x.grade);
  const cutCents = Math.round(baseCents * factor);
  const floorCents = factor > 0 && x.openAccount ? Math.max(0, toCents(x.onTerms)) : 0;
  const openCents = Math.max(0, toCents(x.open ?? 0));
  const amountCents = factor === 0 ? openCents : Math.max(cutCents, floorCents);
  return { headroom, peakCents, baseCents, factor, cutCents, floorCents, openCents, amountCents };
}

/**
 * The proposal, its keys in the order shown (`secured` after the amount for secured terms only); its reasons are made
 * when first read (model/reason.ts madeOnRead) from its own figures and the few the reasons add: an analysis of many
 * customers keeps no list per customer that nobody reads.
 */
class LimitProposal implements CreditLimitRecommendation {
  declare amount: number;
  declare secured?: true;
  declare monthlySales: number;
  declare neededExposure: number;
  declare peakExposure: number;
  declare peakDate: number;
  declare headroom: number;
  declare gradeFactor: number;
  declare reasons: Reason[];

  constructor(f: LimitCents, x: LimitInputs) {
    this.amount = fromCents(f.amountCents);
    if (f.factor === 0) this.secured = true;
    this.monthlySales = fromCents(toCents(x.monthlySales));
    this.neededExposure = fromCents(f.baseCents);
    this.peakExposure = fromCents(f.peakCents);
    this.peakDate = x.peakDate;
    this.headroom = f.headroom;
    this.gradeFactor = f.factor;
    const overdueCents = Math.max(0, toCents(x.overdue ?? 0));
    const { cutCents, floorCents } = f;
    holdSource(this, { grade: x.grade, cutCents, floorCents, floorDays: x.floorDays ?? 0, overdueCents });
    reasonsOnRead(this);
  }
}

/** What the reasons need besides the proposal's own figures. */
interface LimitReasonSource {
  grade: number;
  cutCents: number;
  floorCents: number;
  floorDays: number;
  overdueCents: number;
}

/**
 * Why the limit is what it is: the peak and headroom, then the grade's factor and the floor, or secured terms (the
 * peak, base and secured balance are the proposal's own figures: peakExposure, neededExposure, amount).
 */
function limitReasons(s: LimitReasonSource, l: LimitProposal): Reason[] {
  const peak = reasonOnDemand(
    "limit.peak",
    { peak: l.peakExposure, date: isoFromSerial(l.peakDate), headroom: pct(l.headroom), base: l.neededExposure },
    peakText,
  );
  if (l.gradeFactor === 0) return [peak, securedReason(s.grade, l.amount, fromCents(s.overdueCents))];
  const allowed = reasonOnDemand(
    "limit.factor",
    { grade: s.grade, factor: Math.round(l.gradeFactor * 100), limit: fromCents(s.cutCents) },
    factorText,
  );
  const floor = s.floorCents > s.cutCents ? floorReason(fromCents(s.floorCents), s.floorDays) : null;
  // Each list made at its length (a list grown by push keeps room for more: a customer's worth of memory).
  return floor ? [peak, allowed, floor] : [peak, allowed];
}
const reasonsOnRead = madeOnRead("reasons", limitReasons);

/** Raised to what the customer owes on terms today, or (a late-paying ledger) up to the norm's days past due. */
function floorReason(onTerms: number, floorDays: number): Reason {
  if (floorDays > 0) return reasonOnDemand("limit.floorNorm", { onTerms, days: Math.round(floorDays) }, floorNormText);
  return reasonOnDemand("limit.floor", { onTerms }, floorText);
}

/** Secured terms: what to do with new orders and with the balance already owed (no limit of 0). */
function securedReason(grade: number, open: number, overdue: number): Reason {
  if (open <= 0) {
    return reason(
      "limit.securedNew",
      { grade },
      `grade ${grade}: new orders only against a letter of credit or cash in advance; no open-account credit`,
    );
  }
  return reasonOnDemand("limit.securedBalance", { grade, open, overdue }, securedBalanceText);
}

// The English texts, written when read (model/reason.ts reasonOnDemand).
type Figures = Readonly<Record<string, number | string>>;
const amount = (v: number | string) => money(v as number);
const peakText = (p: Figures) =>
  `highest balance in the last 12 months ${amount(p.peak)} (${p.date}) + ${p.headroom} % headroom = ${amount(p.base)}`;
const factorText = (p: Figures) => `grade ${p.grade} allows ${p.factor} % of it: ${amount(p.limit)}`;
const floorNormText = (p: Figures) =>
  `raised to what it owes up to ${p.days} days past due, this ledger's usual lateness: ${amount(p.onTerms)}`;
const floorText = (p: Figures) => `raised to what it owes on terms today (not yet due): ${amount(p.onTerms)}`;
const securedBalanceText = (p: Figures) =>
  `grade ${p.grade}: new orders only against a letter of credit or cash in advance; no new credit beyond the ${amount(p.open)} owed, collected as it falls due (${amount(p.overdue)} overdue now)`;
