/**
 * Suggested credit limit (METRICS.md): the exposure the customer really needs — average monthly credit sales ×
 * (terms days + expected days late) / 30 — scaled by a factor for the grade (after risk appetite):
 *   grade 1–2: 100 %, 3: 90 %, 4: 80 %, 5: 70 %, 6: 50 %, 7: 35 %, 8–10: 0 (letter of credit or cash in advance:
 *   no unsecured open-account credit).
 * The limit is kept to the cent (no rounding to round thousands) so that it scales exactly with the ledger.
 */
import { fromCents, toCents } from "../core/money";
import { fig, money, reason } from "./reasons";
import type { CreditLimitRecommendation } from "./types";

const FACTORS = [1, 1, 1, 0.9, 0.8, 0.7, 0.5, 0.35, 0, 0, 0]; // index = grade

export function gradeFactor(grade: number): number {
  return FACTORS[Math.min(10, Math.max(1, grade))];
}

export function recommendCreditLimit(monthlySales: number, termsDays: number, expectedDaysLate: number, grade: number): CreditLimitRecommendation {
  const days = termsDays + Math.max(0, expectedDaysLate);
  const needed = (Math.max(0, monthlySales) * days) / 30;
  const factor = gradeFactor(grade);
  const amount = fromCents(toCents(needed * factor));
  return {
    amount,
    monthlySales: fromCents(toCents(monthlySales)),
    neededExposure: fromCents(toCents(needed)),
    gradeFactor: factor,
    reasons: [
      reason(
        "limit.need",
        { monthlySales: fromCents(toCents(monthlySales)), terms: termsDays, late: fig(Math.max(0, expectedDaysLate)), needed: fromCents(toCents(needed)) },
        `needed exposure = monthly sales ${money(fromCents(toCents(monthlySales)))} × (${termsDays} terms + ${fig(Math.max(0, expectedDaysLate))} days late) / 30 = ${money(fromCents(toCents(needed)))}`,
      ),
      factor === 0
        ? reason("limit.secured", { grade }, `grade ${grade}: sell against a letter of credit or cash in advance, no open-account limit`)
        : reason("limit.factor", { grade, factor: Math.round(factor * 100), limit: amount }, `grade ${grade} allows ${Math.round(factor * 100)} % of it: limit ${money(amount)}`),
    ],
  };
}
