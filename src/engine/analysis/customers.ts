/**
 * Per-customer assessment: open and overdue amounts, share of AR, paid-late history, weighted days late and its
 * trend (paid in the last 90 days vs before), the days-beyond-terms score, then the grade (grade.ts), terms
 * (terms.ts), credit limit (creditLimit.ts) and whether trade-credit insurance cover is advised.
 * Insurance per customer is advised when the customer holds ≥ 10 % of AR with grade 4 or worse, or ≥ 5 % of AR with
 * fewer than 3 paid invoices (a large exposure without a payment record) — the seed FAQ's two triggers.
 */
import { bucketIndex } from "../core/aging";
import { fromCents, toCents } from "../core/money";
import { gradeCustomer } from "./grade";
import { daysBeyondTerms, paydexBand, paydexFromDays } from "./paydex";
import { agingDate, isSettled, paymentBehaviour } from "./portfolio";
import { fig, pct, reason } from "./reasons";
import { appetiteGrade, recommendTerms } from "./terms";
import { recommendCreditLimit } from "./creditLimit";
import type { AssessmentContext, CustomerAssessment, Invoice, Reason } from "./types";

export const RECENT_DAYS = 90;
/** Months of sales history used for the average monthly sales behind a credit limit. */
export const SALES_HISTORY_DAYS = 365;
const DAYS_PER_MONTH = 365 / 12;

export function groupByCustomer(invoices: readonly Invoice[]): Map<string, Invoice[]> {
  const groups = new Map<string, Invoice[]>();
  for (const inv of invoices) {
    const list = groups.get(inv.customer);
    if (list) list.push(inv);
    else groups.set(inv.customer, [inv]);
  }
  return groups;
}

/** Average monthly credit sales over the customer's history in the last 12 months (at least one month). */
export function monthlySales(invoices: readonly Invoice[], asOf: number, historyDays: number): number {
  let cents = 0;
  for (const inv of invoices) {
    const d = inv.invoiceDate ?? inv.dueDate;
    if (d > asOf - SALES_HISTORY_DAYS && d <= asOf && inv.amount > 0) cents += toCents(inv.amount);
  }
  const days = Math.min(SALES_HISTORY_DAYS, Math.max(DAYS_PER_MONTH, historyDays));
  return fromCents(cents) / (days / DAYS_PER_MONTH);
}

export function assessCustomer(customer: string, invoices: readonly Invoice[], ctx: AssessmentContext): CustomerAssessment {
  const { asOf, agingEdges } = ctx;
  const buckets = new Array<number>(agingEdges.length + 1).fill(0);
  let openCents = 0;
  let overdueCents = 0;
  let over60Cents = 0;
  let disputedCents = 0;
  let openCount = 0;
  let paidCount = 0;
  let paidLateCount = 0;
  let paidLateCents = 0;
  let first = Infinity;
  const recent: Invoice[] = [];
  const earlier: Invoice[] = [];
  for (const inv of invoices) {
    const open = toCents(inv.openAmount);
    openCents += open;
    buckets[bucketIndex(asOf - agingDate(inv, ctx.agingBasis), agingEdges)] += open;
    const pastDue = asOf - inv.dueDate;
    if (pastDue > 0) overdueCents += open;
    if (pastDue > 60) over60Cents += open;
    if (inv.disputed) disputedCents += open;
    if (open !== 0) openCount++;
    first = Math.min(first, inv.invoiceDate ?? inv.dueDate);
    if (isSettled(inv) && inv.paidDate !== null) {
      paidCount++;
      if (inv.paidDate > inv.dueDate) {
        paidLateCount++;
        paidLateCents += toCents(inv.amount);
      }
      (inv.paidDate > asOf - RECENT_DAYS ? recent : earlier).push(inv);
    }
  }
  const openAmount = fromCents(openCents);
  const behaviour = paymentBehaviour(invoices);
  const recentLate = paymentBehaviour(recent).weightedDaysLate;
  const earlierLate = paymentBehaviour(earlier).weightedDaysLate;
  const trend = recentLate !== null && earlierLate !== null ? recentLate - earlierLate : null;
  const dbt = daysBeyondTerms(invoices);
  const paydex = dbt === null ? null : paydexFromDays(dbt);
  const share = (part: number) => (openCents > 0 ? Math.max(0, part) / openCents : 0);
  const shareOfAR = ctx.totalOpen > 0 ? Math.max(0, openAmount) / ctx.totalOpen : 0;
  const historyDays = Number.isFinite(first) ? Math.max(0, asOf - first) : 0;
  const lateShare = paidCount > 0 ? paidLateCount / paidCount : null;
  const over60Share = share(over60Cents);
  const disputedShare = share(disputedCents);

  const { grade, reasons: gradeReasons } = gradeCustomer({
    weightedDaysLate: behaviour.weightedDaysLate,
    lateShare,
    trend,
    over60Share,
    disputedShare,
    shareOfAR,
    paidInvoiceCount: paidCount,
    historyDays,
  });

  const insuranceReasons: Reason[] = [];
  if (shareOfAR >= 0.1 && grade >= 4) {
    insuranceReasons.push(
      reason("insurance.largeRisky", { share: pct(shareOfAR), grade }, `holds ${pct(shareOfAR)} % of receivables with grade ${grade}: cover advised`),
    );
  }
  if (shareOfAR >= 0.05 && paidCount < 3) {
    insuranceReasons.push(
      reason("insurance.unproven", { share: pct(shareOfAR), paid: paidCount }, `holds ${pct(shareOfAR)} % of receivables with only ${paidCount} paid invoice(s): cover advised`),
    );
  }
  const insuranceAdvised = insuranceReasons.length > 0;
  const terms = recommendTerms(grade, ctx.riskAppetite, insuranceAdvised);
  const sales = monthlySales(invoices, asOf, historyDays);
  const expectedLate = behaviour.weightedDaysLate ?? ctx.portfolioDaysLate ?? 0;
  const creditLimit = recommendCreditLimit(sales, terms.days, expectedLate, appetiteGrade(grade, ctx.riskAppetite));
  if (behaviour.weightedDaysLate === null) {
    creditLimit.reasons.push(
      reason("limit.portfolioLate", { late: fig(expectedLate) }, `no paid history: expected days late taken from the portfolio (${fig(expectedLate)})`),
    );
  }
  const overLimit = openCents > toCents(creditLimit.amount);

  return {
    customer,
    openAmount,
    overdueAmount: fromCents(overdueCents),
    shareOfAR,
    buckets: buckets.map(fromCents),
    invoiceCount: invoices.length,
    openInvoiceCount: openCount,
    paidInvoiceCount: paidCount,
    paidLateCount,
    paidLateAmount: fromCents(paidLateCents),
    lateShare,
    weightedDaysLate: behaviour.weightedDaysLate,
    weightedDaysToPay: behaviour.weightedDaysToPay,
    recentDaysLate: recentLate,
    earlierDaysLate: earlierLate,
    trend,
    paydex: paydex === null ? null : fig(paydex),
    paydexBand: paydex === null ? null : paydexBand(paydex),
    over60Share,
    disputedOpen: fromCents(disputedCents),
    disputedShare,
    historyDays,
    grade,
    gradeReasons,
    terms,
    creditLimit,
    overLimit,
    insuranceAdvised,
    insuranceReasons,
  };
}

/** Assesses every customer; sorted by open amount, largest first (ties by name). */
export function assessCustomers(invoices: readonly Invoice[], ctx: AssessmentContext, groups = groupByCustomer(invoices)): CustomerAssessment[] {
  const out: CustomerAssessment[] = [];
  for (const [customer, list] of groups) out.push(assessCustomer(customer, list, ctx));
  return out.sort((a, b) => b.openAmount - a.openAmount || (a.customer < b.customer ? -1 : a.customer > b.customer ? 1 : 0));
}
