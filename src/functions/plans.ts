/* Payment plans as formulas: AR.PAYMENTPLAN and AR.REPLAN (docs/METRICS.md "Payment plans"). */
import { type Installment, numError, paymentPlan as planOf, replan as replanOf } from "../engine";
import { guard, optionalFlag, optionalNumber, optionalRate, requiredDate, requiredNumber } from "./args";
import { labelRow } from "../i18n/functionLabels";
import { functionLanguage } from "./language";

function table(rows: Installment[], withHeaders: boolean): any[][] {
  const body = rows.map((r) => [r.number, r.dueDate, r.payment, r.interest, r.principal, r.remaining]);
  return withHeaders ? [labelRow("paymentPlan", functionLanguage()), ...body] : body;
}

function wholeNumber(arg: unknown, name: string, fallback?: number): number {
  const n = fallback === undefined ? requiredNumber(arg, name) : optionalNumber(arg, name, fallback);
  if (!Number.isInteger(n)) throw numError("arg.notWhole", { name, value: n }, `${name}: ${n} is not a whole number`);
  return n;
}

/**
 * An installment plan for a balance: equal installments to the cent (the remainder on the last), or a level payment like PMT when an interest rate is given. Dates follow EDATE; format the date column as a date.
 * @customfunction PAYMENTPLAN
 * @param balance The balance to spread.
 * @param installments Number of installments (1 to 600).
 * @param first_due_date Due date of the first installment (of the down payment, when there is one).
 * @param [period_months] Months between installments. Default 1.
 * @param [annual_rate] Annual interest rate as a fraction or percent (0.12 or 12%). Default 0.
 * @param [down_payment] Paid first, on first_due_date (installment 0). Default 0.
 * @param [with_headers] FALSE to leave out the header row. Default TRUE.
 * @returns A table: number, due date, payment, interest, principal, remaining.
 */
export function paymentPlan(
  balance: any,
  installments: any,
  first_due_date: any,
  period_months?: any,
  annual_rate?: any,
  down_payment?: any,
  with_headers?: any,
): any[][] {
  return guard(() => {
    const rows = planOf({
      balance: requiredNumber(balance, "balance"),
      installments: wholeNumber(installments, "installments"),
      firstDueDate: requiredDate(first_due_date, "first_due_date"),
      periodMonths: wholeNumber(period_months, "period_months", 1),
      annualRate: optionalRate(annual_rate, "annual_rate", 0),
      downPayment: optionalNumber(down_payment, "down_payment", 0),
    });
    return table(rows, optionalFlag(with_headers, "with_headers", true));
  });
}

/**
 * The schedule after an installment was missed: the missed payment, late interest on it and the rest of the plan spread over the remaining (or extended) installments.
 * @customfunction REPLAN
 * @param balance The balance of the original plan.
 * @param installments Number of installments of the original plan.
 * @param first_due_date First due date of the original plan.
 * @param missed_installment Number of the installment that was missed.
 * @param [period_months] Months between installments. Default 1.
 * @param [annual_rate] Annual interest rate of the plan (fraction or percent). Default 0.
 * @param [late_rate] Annual late-payment interest on the missed installment (e.g. 18.25% = 0.05 % a day). Default 0.
 * @param [days_late] Days the missed installment is late. Default 0.
 * @param [extra_installments] Installments added to extend the plan. Default 0.
 * @param [with_headers] FALSE to leave out the header row. Default TRUE.
 * @returns The new schedule: number, due date, payment, interest, principal, remaining.
 */
export function replan(
  balance: any,
  installments: any,
  first_due_date: any,
  missed_installment: any,
  period_months?: any,
  annual_rate?: any,
  late_rate?: any,
  days_late?: any,
  extra_installments?: any,
  with_headers?: any,
): any[][] {
  return guard(() => {
    const periodMonths = wholeNumber(period_months, "period_months", 1);
    const annualRate = optionalRate(annual_rate, "annual_rate", 0);
    const original = planOf({
      balance: requiredNumber(balance, "balance"),
      installments: wholeNumber(installments, "installments"),
      firstDueDate: requiredDate(first_due_date, "first_due_date"),
      periodMonths,
      annualRate,
    });
    const result = replanOf(original, wholeNumber(missed_installment, "missed_installment"), {
      annualRate,
      periodMonths,
      annualLateRate: optionalRate(late_rate, "late_rate", 0),
      missedDaysLate: optionalNumber(days_late, "days_late", 0),
      extraInstallments: wholeNumber(extra_installments, "extra_installments", 0),
    });
    return table(result.schedule, optionalFlag(with_headers, "with_headers", true));
  });
}
