/**
 * Payment plans for overdue balances, sized to the customer's grade (docs/METRICS.md "Payment plans"):
 *   grade 1–3: 6 monthly installments, no down payment, no interest
 *   grade 4–5: 4 monthly installments, no down payment, no interest
 *   grade 6–7: 20 % down, 3 monthly installments, interest 18.25 % a year (0.05 % a day, PRC SME regulations)
 *   grade 8–10: 30 % down, 2 monthly installments, interest 18.25 % a year
 * The balance is the customer's overdue, undisputed open amount, less any unapplied credits (credit notes and
 * overpayments) the customer has: a credit is applied before anything is asked in installments.
 * The first payment falls 7 days after the as-of date. The re-plan shows what happens if the first payment is missed
 * by 30 days: late interest at 18.25 % a year on it, and the missed amount plus the rest spread over the remaining
 * installments plus one (PRC Civil Code art. 634: acceleration is possible once unpaid installments reach 1/5).
 */
import { MAX_SERIAL } from "../core/dates";
import { STATUTORY_RATES } from "../core/interest";
import { fromCents, toCents } from "../model/money";
import { accelerationThreshold, paymentPlan, replan } from "../core/paymentPlan";
import { money, reason } from "../model/reason";
import type { CustomerAssessment, Invoice, PaymentPlanProposal, Reason } from "../model/types";

export const FIRST_PAYMENT_AFTER_DAYS = 7;
export const REPLAN_DAYS_LATE = 30;
export const PLAN_RATE = STATUTORY_RATES.chinaSmePaymentRegulations.annualRate;

export interface PlanShape {
  installments: number;
  downShare: number;
  annualRate: number;
}

export function planShape(grade: number): PlanShape {
  if (grade <= 3) return { installments: 6, downShare: 0, annualRate: 0 };
  if (grade <= 5) return { installments: 4, downShare: 0, annualRate: 0 };
  if (grade <= 7) return { installments: 3, downShare: 0.2, annualRate: PLAN_RATE };
  return { installments: 2, downShare: 0.3, annualRate: PLAN_RATE };
}

/** Overdue undisputed open balance net of the customer's unapplied credits, in cents (0 when nothing is owed). */
export function planBalanceCents(invoices: readonly Invoice[], asOf: number): number {
  let overdue = 0;
  let credits = 0;
  for (let i = 0; i < invoices.length; i++) {
    const inv = invoices[i];
    const open = toCents(inv.openAmount);
    if (open < 0 && !inv.disputed) credits += open;
    else if (open > 0 && !inv.disputed && inv.dueDate < asOf) overdue += open;
  }
  return Math.max(0, overdue + credits);
}

export function proposePaymentPlan(
  customer: CustomerAssessment,
  invoices: readonly Invoice[],
  asOf: number,
): PaymentPlanProposal | null {
  const cents = planBalanceCents(invoices, asOf);
  if (cents <= 0) return null;
  const balance = fromCents(cents);
  const shape = planShape(customer.grade);
  let downCents = Math.round(cents * shape.downShare);
  // A balance too small to split keeps at least one cent per installment.
  if (cents - downCents < shape.installments) downCents = 0;
  const installments = Math.min(shape.installments, cents);
  const firstDueDate = asOf + FIRST_PAYMENT_AFTER_DAYS;
  // Near 9999-12-31 no schedule (nor its re-plan, one installment longer) fits Excel's calendar: no plan is proposed.
  if (firstDueDate + 31 * (installments + 2) > MAX_SERIAL) return null;
  const schedule = paymentPlan({
    balance,
    installments,
    firstDueDate,
    annualRate: shape.annualRate,
    downPayment: fromCents(downCents),
  });
  const firstNumber = schedule[0].number;
  const threshold = accelerationThreshold(balance);
  const re = replanMissed(
    { schedule, annualRate: shape.annualRate, accelerationThreshold: threshold },
    firstNumber,
    REPLAN_DAYS_LATE,
  );
  const reasons = planReasons(customer.grade, balance, installments, shape, threshold);
  return {
    customer: customer.customer,
    grade: customer.grade,
    overdueBalance: balance,
    downPayment: fromCents(downCents),
    installments,
    periodMonths: 1,
    annualRate: shape.annualRate,
    firstDueDate,
    schedule,
    accelerationThreshold: threshold,
    replan: { missedInstallment: firstNumber, lateInterest: re.lateInterest, schedule: re.schedule },
    reasons,
  };
}

/** Why this plan: the balance planned, the plan's shape for the grade, when the whole balance may be demanded. */
function planReasons(
  grade: number,
  balance: number,
  installments: number,
  shape: { downShare: number; annualRate: number },
  threshold: number,
): Reason[] {
  const down = Math.round(shape.downShare * 100);
  const rate = Math.round(shape.annualRate * 10000) / 100;
  return [
    reason("plan.balance", { balance }, `overdue undisputed balance ${money(balance)} (after unapplied credits)`),
    reason(
      "plan.shape",
      { grade, installments, down, rate },
      `grade ${grade}: ${installments} monthly installments, ${down} % down, interest ${rate} % a year`,
    ),
    reason(
      "plan.acceleration",
      { threshold },
      `if unpaid installments reach ${money(threshold)} (1/5 of the balance), the whole balance may be demanded`,
    ),
  ];
}

/**
 * The re-plan of a proposed plan when installment `missedNumber` (0 = the down payment) is paid `daysLate` days late
 * or not at all: late interest at the plan rate on the missed amount, and the missed amount plus the rest spread over
 * the remaining installments plus one, at the plan's interest. `accelerationReached`: the missed amount alone reaches
 * the plan's acceleration threshold (1/5 of the balance, PRC Civil Code art. 634), so the whole balance may be
 * demanded.
 */
export function replanMissed(
  plan: Pick<PaymentPlanProposal, "schedule" | "annualRate" | "accelerationThreshold">,
  missedNumber: number,
  daysLate: number,
): {
  missedInstallment: number;
  lateInterest: number;
  schedule: PaymentPlanProposal["schedule"];
  accelerationReached: boolean;
} {
  const re = replan(plan.schedule, missedNumber, {
    annualRate: plan.annualRate,
    annualLateRate: PLAN_RATE,
    missedDaysLate: daysLate,
    extraInstallments: 1,
  });
  return {
    missedInstallment: missedNumber,
    lateInterest: re.lateInterest,
    schedule: re.schedule,
    accelerationReached: toCents(re.missedAmount) >= toCents(plan.accelerationThreshold),
  };
}

/** A plan for every customer with an overdue undisputed balance, in the customers' order. */
export function proposePaymentPlans(
  customers: readonly CustomerAssessment[],
  byCustomer: Map<string, Invoice[]>,
  asOf: number,
): PaymentPlanProposal[] {
  const plans: PaymentPlanProposal[] = [];
  for (let i = 0; i < customers.length; i++) {
    const c = customers[i]; // by index: no iterator's step per customer
    if (c.openInvoiceCount === 0) continue; // nothing open: no balance to plan (most customers of a large ledger)
    const p = proposePaymentPlan(c, byCustomer.get(c.customer) ?? [], asOf);
    if (p) plans.push(p);
  }
  return plans;
}
