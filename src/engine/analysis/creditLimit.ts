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
import { money, pct, reason, reasonOnDemand } from "../model/reason";
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
  const headroom = x.headroom ?? DEFAULT_HEADROOM;
  const peakCents = Math.max(0, toCents(x.peak));
  const baseCents = Math.round(peakCents * (1 + headroom));
  const factor = gradeFactor(x.grade);
  const cutCents = Math.round(baseCents * factor);
  const floorCents = factor > 0 && x.openAccount ? Math.max(0, toCents(x.onTerms)) : 0;
  const openCents = Math.max(0, toCents(x.open ?? 0));
  const amountCents = factor === 0 ? openCents : Math.max(cutCents, floorCents);
  const amount = fromCents(amountCents);
  const base = fromCents(baseCents);
  const date = isoFromSerial(x.peakDate);
  const peak = reasonOnDemand(
    "limit.peak",
    { peak: fromCents(peakCents), date, headroom: pct(headroom), base },
    peakText,
  );
  let reasons: Reason[];
  if (factor === 0) {
    reasons = [peak, securedReason(x.grade, fromCents(openCents), fromCents(Math.max(0, toCents(x.overdue ?? 0))))];
  } else {
    const cut = fromCents(cutCents);
    const allowed = reasonOnDemand(
      "limit.factor",
      { grade: x.grade, factor: Math.round(factor * 100), limit: cut },
      factorText,
    );
    const floor = floorCents > cutCents ? floorReason(fromCents(floorCents), x.floorDays ?? 0) : null;
    // Each list made at its length (a list grown by push keeps room for more: a customer's worth of memory).
    reasons = floor ? [peak, allowed, floor] : [peak, allowed];
  }
  const monthlySales = fromCents(toCents(x.monthlySales));
  const peakExposure = fromCents(peakCents);
  const peakDate = x.peakDate;
  // Two literals rather than a spread of `secured` (an object built by a spread is larger and slower to make).
  if (factor === 0) {
    const secured = true;
    return {
      amount,
      secured,
      monthlySales,
      neededExposure: base,
      peakExposure,
      peakDate,
      headroom,
      gradeFactor: factor,
      reasons,
    };
  }
  return { amount, monthlySales, neededExposure: base, peakExposure, peakDate, headroom, gradeFactor: factor, reasons };
}

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
