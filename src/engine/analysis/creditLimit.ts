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
import { fromCents, toCents } from "../core/money";
import { money, pct, reason } from "../model/reason";
import type { CreditLimitRecommendation } from "../model/types";

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
  const reasons = [
    reason(
      "limit.peak",
      { peak: fromCents(peakCents), date, headroom: pct(headroom), base },
      `highest balance in the last 12 months ${money(fromCents(peakCents))} (${date}) + ${pct(headroom)} % headroom = ${money(base)}`,
    ),
  ];
  if (factor === 0) {
    reasons.push(securedReason(x.grade, fromCents(openCents), fromCents(Math.max(0, toCents(x.overdue ?? 0)))));
  } else {
    reasons.push(
      reason(
        "limit.factor",
        { grade: x.grade, factor: Math.round(factor * 100), limit: fromCents(cutCents) },
        `grade ${x.grade} allows ${Math.round(factor * 100)} % of it: ${money(fromCents(cutCents))}`,
      ),
    );
    if (floorCents > cutCents && (x.floorDays ?? 0) > 0) {
      const days = Math.round(x.floorDays!);
      reasons.push(
        reason(
          "limit.floorNorm",
          { onTerms: fromCents(floorCents), days },
          `raised to what it owes up to ${days} days past due, this ledger's usual lateness: ${money(fromCents(floorCents))}`,
        ),
      );
    } else if (floorCents > cutCents) {
      reasons.push(
        reason(
          "limit.floor",
          { onTerms: fromCents(floorCents) },
          `raised to what it owes on terms today (not yet due): ${money(fromCents(floorCents))}`,
        ),
      );
    }
  }
  return {
    amount,
    ...(factor === 0 ? { secured: true } : {}),
    monthlySales: fromCents(toCents(x.monthlySales)),
    neededExposure: base,
    peakExposure: fromCents(peakCents),
    peakDate: x.peakDate,
    headroom,
    gradeFactor: factor,
    reasons,
  };
}

/** Secured terms: what to do with new orders and with the balance already owed (no limit of 0). */
function securedReason(grade: number, open: number, overdue: number) {
  if (open <= 0) {
    return reason(
      "limit.securedNew",
      { grade },
      `grade ${grade}: new orders only against a letter of credit or cash in advance; no open-account credit`,
    );
  }
  return reason(
    "limit.securedBalance",
    { grade, open, overdue },
    `grade ${grade}: new orders only against a letter of credit or cash in advance; no new credit beyond the ${money(open)} owed, collected as it falls due (${money(overdue)} overdue now)`,
  );
}
