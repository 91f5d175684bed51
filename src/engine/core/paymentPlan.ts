/**
 * Installment plans for an overdue balance (docs/METRICS.md "Payment plans").
 * - Without interest: equal installments rounded to the cent, the remainder on the last (1,000 in 3 → 333.33,
 *   333.33, 333.34).
 * - With interest: a level payment like Excel's PMT on the declining balance, interest rounded to the cent each
 *   period, the last installment absorbing the rounding so the balance ends at exactly 0
 *   (10,000 at 12 %/year over 12 months → 888.49 a month).
 * - Monthly due dates follow EDATE from the first due date (31 Jan → 28/29 Feb → 31 Mar).
 * - A down payment is installment 0, due on the first due date; installments 1…n then follow one period apart.
 */
import type { Installment } from "../model/types";
import { MAX_SERIAL, addMonths, isValidSerial } from "./dates";
import { numError, valueError } from "./errors";
import { lateInterest } from "./interest";
import { allocateCents, fromCents, toCents } from "../model/money";

export interface PlanTerms {
  balance: number;
  installments: number;
  /** Due date (serial) of the first installment, or of the down payment when there is one. */
  firstDueDate: number;
  /** Months between installments (default 1). */
  periodMonths?: number;
  /** Days between installments; used instead of months when given. */
  periodDays?: number;
  /** Annual interest rate as a fraction (0.12 = 12 %); default 0. */
  annualRate?: number;
  downPayment?: number;
}

export const MAX_INSTALLMENTS = 600;

type CheckedTerms = Required<Omit<PlanTerms, "periodDays">> & { periodDays: number | null };

function validate(terms: PlanTerms): CheckedTerms {
  checkBalance(terms.balance);
  checkInstallments(terms.installments);
  if (!isValidSerial(terms.firstDueDate))
    throw valueError(
      "schedule.notDate",
      { name: "first_due_date", value: terms.firstDueDate },
      `first_due_date: ${terms.firstDueDate} is not a date`,
    );
  const { periodMonths, periodDays } = checkPeriod(terms);
  const annualRate = checkAnnualRate(terms.annualRate ?? 0);
  const downPayment = checkDownPayment(terms.balance, terms.installments, terms.downPayment ?? 0);
  return {
    balance: terms.balance,
    installments: terms.installments,
    firstDueDate: Math.floor(terms.firstDueDate),
    periodMonths,
    periodDays,
    annualRate,
    downPayment,
  };
}

/** The balance: a number of at least one cent once rounded to the cent. */
function checkBalance(balance: number): void {
  if (typeof balance !== "number" || !Number.isFinite(balance))
    throw valueError("number.expected", { name: "balance" }, "balance: a number was expected");
  if (balance <= 0)
    throw numError(
      "schedule.balanceNotPositive",
      { name: "balance", value: balance },
      `balance: ${balance} must be more than 0`,
    );
  if (toCents(balance) < 1)
    throw numError(
      "schedule.balanceBelowCent",
      { name: "balance", value: balance },
      `balance: ${balance} is less than one cent (0.01) once rounded to the cent`,
    );
}

function checkInstallments(installments: number): void {
  if (!Number.isInteger(installments) || installments < 1 || installments > MAX_INSTALLMENTS) {
    throw numError(
      "schedule.installments",
      { name: "installments", value: installments, max: MAX_INSTALLMENTS },
      `installments: ${installments} must be a whole number from 1 to ${MAX_INSTALLMENTS}`,
    );
  }
}

/** The period: whole months from 1 to 120, or (when given) whole days from 1 to 3660. */
function checkPeriod(terms: PlanTerms): { periodMonths: number; periodDays: number | null } {
  const periodMonths = terms.periodMonths ?? 1;
  if (terms.periodDays == null && (!Number.isInteger(periodMonths) || periodMonths < 1 || periodMonths > 120)) {
    throw numError(
      "schedule.periodMonths",
      { name: "period_months", value: periodMonths },
      `period_months: ${periodMonths} must be a whole number of months from 1 to 120`,
    );
  }
  const periodDays = terms.periodDays ?? null;
  if (periodDays != null && (!Number.isInteger(periodDays) || periodDays < 1 || periodDays > 3660)) {
    throw numError(
      "days.wholeRange",
      { name: "period_days", value: periodDays, min: 1, max: 3660 },
      `period_days: ${periodDays} must be a whole number of days from 1 to 3660`,
    );
  }
  return { periodMonths, periodDays };
}

function checkAnnualRate(annualRate: number): number {
  if (!Number.isFinite(annualRate) || annualRate < 0 || annualRate > 1) {
    throw numError(
      "schedule.annualRate",
      { name: "annual_rate", value: annualRate },
      `annual_rate: ${annualRate} must be a fraction from 0 to 1 (e.g. 0.12 for 12 %)`,
    );
  }
  return annualRate;
}

/** The down payment: less than the balance, leaving at least a cent for each installment. */
function checkDownPayment(balance: number, installments: number, downPayment: number): number {
  if (!Number.isFinite(downPayment) || downPayment < 0 || toCents(downPayment) >= toCents(balance)) {
    throw numError(
      "schedule.downPayment",
      { name: "down_payment", value: downPayment, balance },
      `down_payment: ${downPayment} must be zero or more and less than the balance (${balance})`,
    );
  }
  const financedCents = toCents(balance) - toCents(downPayment);
  if (financedCents < installments) {
    throw numError(
      "schedule.tooManyInstallments",
      { name: "installments", value: installments, financed: financedCents / 100, max: financedCents },
      `installments: ${installments} installments of ${financedCents / 100} would leave some at 0.00: choose at most ${financedCents}`,
    );
  }
  return downPayment;
}

/**
 * Due date of the k-th payment counted from the first (k = 0 is the first itself: the date given is never moved —
 * Excel's phantom 29 Feb 1900, serial 60, stays 60 and the next fall on the 29th like EDATE(60, 1) = 89).
 * A date past 9999-12-31, which Excel cannot show, is #NUM! with the reason.
 */
function dueDate(first: number, k: number, periodMonths: number, periodDays: number | null, number = k + 1): number {
  const date = k === 0 ? first : periodDays != null ? first + k * periodDays : addMonths(first, k * periodMonths);
  if (date > MAX_SERIAL) {
    throw numError(
      "schedule.pastLastDate",
      { name: "first_due_date", number, max: MAX_SERIAL },
      `first_due_date: installment ${number} would fall due after 9999-12-31 (${MAX_SERIAL}), the last date Excel can show: choose an earlier first due date or fewer installments`,
    );
  }
  return date;
}

/** Interest rate per period: annual / 12 × months, or annual × days / 365. */
function periodRate(annualRate: number, periodMonths: number, periodDays: number | null): number {
  return periodDays != null ? (annualRate * periodDays) / 365 : (annualRate / 12) * periodMonths;
}

/**
 * Level payment per period, like Excel's PMT(rate, n, −principal), unrounded. The annuity factor 1 − (1+r)^−n is
 * computed as −expm1(−n·log1p(r)), which keeps its digits as r → 0 (1 − (1+r)^−n rounds to 0 for r = 1e-15 and the
 * plan collapsed into one payment); the payment then tends to principal / n, the no-interest plan.
 */
export function levelPayment(principal: number, rate: number, count: number): number {
  if (rate === 0) return principal / count;
  const factor = -Math.expm1(-count * Math.log1p(rate));
  if (factor === 0 || rate * count < 1e-12) return principal / count + (principal * rate * (count + 1)) / (2 * count);
  return (principal * rate) / factor;
}

export function paymentPlan(terms: PlanTerms): Installment[] {
  const t = validate(terms);
  const rows: Installment[] = [];
  const downCents = toCents(t.downPayment);
  let remaining = toCents(t.balance) - downCents;
  const offset = downCents > 0 ? 1 : 0;
  if (downCents > 0) {
    rows.push({
      number: 0,
      dueDate: t.firstDueDate,
      payment: fromCents(downCents),
      interest: 0,
      principal: fromCents(downCents),
      remaining: fromCents(remaining),
    });
  }
  const rate = periodRate(t.annualRate, t.periodMonths, t.periodDays);
  if (rate === 0) {
    const parts = allocateCents(remaining, t.installments);
    parts.forEach((p, i) => {
      remaining -= p;
      rows.push({
        number: i + 1,
        dueDate: dueDate(t.firstDueDate, i + offset, t.periodMonths, t.periodDays, i + 1),
        payment: fromCents(p),
        interest: 0,
        principal: fromCents(p),
        remaining: fromCents(remaining),
      });
    });
    return rows;
  }
  const paymentCents = toCents(levelPayment(fromCents(remaining), rate, t.installments));
  for (let i = 0; i < t.installments; i++) {
    const interest = toCents(fromCents(remaining) * rate);
    const last = i === t.installments - 1;
    const principal = last ? remaining : Math.min(remaining, paymentCents - interest);
    remaining -= principal;
    rows.push({
      number: i + 1,
      dueDate: dueDate(t.firstDueDate, i + offset, t.periodMonths, t.periodDays, i + 1),
      payment: fromCents(principal + interest),
      interest: fromCents(interest),
      principal: fromCents(principal),
      remaining: fromCents(remaining),
    });
  }
  return rows;
}

/**
 * Acceleration threshold: under PRC Civil Code art. 634 a seller may demand the whole price once unpaid overdue
 * installments reach one fifth of the total price.
 */
export function accelerationThreshold(totalPrice: number): number {
  return fromCents(Math.round(toCents(totalPrice) / 5));
}

export interface ReplanOptions {
  /** Interest on the plan's remaining balance, as in the original plan (fraction a year). */
  annualRate?: number;
  periodMonths?: number;
  periodDays?: number;
  /** Late interest on the missed installment (fraction a year), charged for `missedDaysLate` days. */
  annualLateRate?: number;
  missedDaysLate?: number;
  /** Installments added to the remaining ones (extends the plan). */
  extraInstallments?: number;
}

export interface Replan {
  missedAmount: number;
  lateInterest: number;
  /** The new schedule for what is left: numbers continue after the missed installment. */
  schedule: Installment[];
}

/**
 * Re-plan after installment `missedNumber` was missed: the missed payment, its late interest and the scheduled
 * rest are spread over the remaining (plus `extraInstallments`) installments on the same cadence, starting on the
 * next scheduled due date. The new schedule's payments add up to missed + late interest + rest (+ new interest).
 */
export function replan(schedule: readonly Installment[], missedNumber: number, options: ReplanOptions = {}): Replan {
  const index = schedule.findIndex((r) => r.number === missedNumber);
  if (index < 0)
    throw valueError(
      "replan.noInstallment",
      { name: "missed_installment", number: missedNumber },
      `missed_installment: there is no installment ${missedNumber} in the plan`,
    );
  const missed = schedule[index];
  const extra = options.extraInstallments ?? 0;
  if (!Number.isInteger(extra) || extra < 0 || extra > MAX_INSTALLMENTS)
    throw numError(
      "replan.extra",
      { name: "extra_installments", value: extra },
      `extra_installments: ${extra} must be a whole number, 0 or more`,
    );
  const daysLate = options.missedDaysLate ?? 0;
  // At most the span of Excel's calendar: more days than that cannot have passed (and 1e308 days of interest
  // overflowed into a message blaming the balance).
  if (!Number.isFinite(daysLate) || daysLate < 0 || daysLate > MAX_SERIAL)
    throw numError(
      "replan.daysLate",
      { name: "days_late", value: daysLate, max: MAX_SERIAL },
      `days_late: ${daysLate} must be from 0 to ${MAX_SERIAL} days`,
    );
  // Checked here so the message names AR.REPLAN's late_rate (lateInterest would call it annual_rate, the plan's rate).
  const lateRate = options.annualLateRate ?? 0;
  if (!Number.isFinite(lateRate) || lateRate < 0 || lateRate > 10) {
    throw numError(
      "interest.rate",
      { name: "late_rate", value: lateRate },
      `late_rate: ${lateRate} is outside 0 to 10 (1000 %); give the rate as a fraction, e.g. 0.1015 for 10.15 %`,
    );
  }
  const late = lateRate ? lateInterest(missed.payment, lateRate, daysLate) : 0;
  const later = schedule.slice(index + 1);
  const count = Math.max(1, later.length + extra);
  const periodMonths = options.periodMonths ?? 1;
  const periodDays = options.periodDays ?? null;
  const nextDue =
    later.length > 0 ? later[0].dueDate : dueDate(missed.dueDate, 1, periodMonths, periodDays, missed.number + 1);
  const balanceCents = toCents(missed.payment) + toCents(late) + toCents(missed.remaining);
  // A few cents cannot be spread over more installments than they have cents (no installment of 0.00).
  const installments = Math.min(count, balanceCents);
  const rows = paymentPlan({
    balance: fromCents(balanceCents),
    installments,
    firstDueDate: nextDue,
    periodMonths,
    periodDays: periodDays ?? undefined,
    annualRate: options.annualRate ?? 0,
  });
  return {
    missedAmount: missed.payment,
    lateInterest: late,
    schedule: rows.map((r) => ({ ...r, number: missed.number + r.number })),
  };
}

/** Applies payments received to the oldest installment first, as insurers do. */
export function applyPayments(
  schedule: readonly Installment[],
  payments: number,
): { installment: number; paid: number; open: number }[] {
  if (!Number.isFinite(payments) || payments < 0)
    throw numError(
      "number.notBelowZero",
      { name: "payments", value: payments },
      `payments: ${payments} must be zero or more`,
    );
  let left = toCents(payments);
  return schedule.map((r) => {
    const due = toCents(r.payment);
    const paid = Math.min(due, left);
    left -= paid;
    return { installment: r.number, paid: fromCents(paid), open: fromCents(due - paid) };
  });
}
