/**
 * Late-payment interest (docs/METRICS.md): simple interest from the day after the due date,
 * open × annualRate × daysLate / 365, plus an optional fixed compensation per invoice.
 */
import { numError, valueError } from "./errors";
import { fromCents, toCents } from "../model/money";

/** Interest on `openAmount` paid `daysLate` days late at `annualRate` (0.1015 = 10.15 %), to the cent. */
export function lateInterest(openAmount: number, annualRate: number, daysLate: number, fixedCompensation = 0): number {
  if (!Number.isFinite(openAmount))
    throw valueError("number.expected", { name: "open_amount" }, "open_amount: a number was expected");
  if (!Number.isFinite(annualRate) || annualRate < 0 || annualRate > 10) {
    throw numError(
      "interest.rate",
      { name: "annual_rate", value: annualRate },
      `annual_rate: ${annualRate} is outside 0 to 10 (1000 %); give the rate as a fraction, e.g. 0.1015 for 10.15 %`,
    );
  }
  if (!Number.isFinite(daysLate))
    throw valueError("interest.daysLate", { name: "days_late" }, "days_late: a number of days was expected");
  if (!Number.isFinite(fixedCompensation) || fixedCompensation < 0)
    throw numError("interest.fixed", { name: "fixed_compensation" }, "fixed_compensation: must be zero or more");
  if (daysLate <= 0 || openAmount <= 0) return 0;
  return fromCents(toCents((openAmount * annualRate * daysLate) / 365) + toCents(fixedCompensation));
}

/**
 * Statutory defaults a user may choose (parameters, never hard-wired: the reference rates move).
 * - EU Directive 2011/7/EU: the central bank's reference rate + 8 points, and EUR 40 per invoice.
 * - UK Late Payment of Commercial Debts (Interest) Act 1998: Bank of England base rate + 8 %, and
 *   £40 (debt under £1,000), £70 (under £10,000) or £100 per invoice.
 * - PRC Regulations on Guaranteeing Payment to Small and Medium-sized Enterprises: where no rate was agreed,
 *   0.05 % a day (18.25 % a year).
 */
export const STATUTORY_RATES = {
  euLatePaymentDirective: { margin: 0.08, fixedCompensation: 40, currency: "EUR", addsReferenceRate: true },
  ukLatePaymentAct: {
    margin: 0.08,
    fixedCompensation: [40, 70, 100] as const,
    thresholds: [1000, 10000] as const,
    currency: "GBP",
    addsReferenceRate: true,
  },
  chinaSmePaymentRegulations: {
    annualRate: 0.0005 * 365,
    dailyRate: 0.0005,
    currency: "CNY",
    addsReferenceRate: false,
  },
} as const;

/** The UK fixed sum for a debt of `amount` pounds (£40 below £1,000, £70 below £10,000, else £100). */
export function ukFixedCompensation(amount: number): number {
  const { fixedCompensation, thresholds } = STATUTORY_RATES.ukLatePaymentAct;
  if (amount < thresholds[0]) return fixedCompensation[0];
  if (amount < thresholds[1]) return fixedCompensation[1];
  return fixedCompensation[2];
}
