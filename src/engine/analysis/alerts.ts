/**
 * Alerts a credit controller acts on, each with its figure:
 * - deteriorating: paying ≥ 10 days later in the last 90 days than before (≥ 30 days: high)
 * - overLimit: open balance above the recommended credit limit (high when the excess is larger than the limit)
 * - over90: open balance more than 90 days past due (high when it is half the customer's balance or more)
 * - concentration: one customer > 20 % of AR, or the top five > 60 %
 * - oldDispute: disputed invoices more than 30 days past due
 * Sorted high → low, then by amount.
 */
import { fromCents, toCents } from "../core/money";
import { fig, money, pct, reason } from "./reasons";
import type { Alert, CustomerAssessment, Invoice } from "./types";

export const TREND_ALERT_DAYS = 10;
export const SINGLE_CONCENTRATION = 0.2;
export const TOP_FIVE_CONCENTRATION = 0.6;
export const OLD_DISPUTE_DAYS = 30;

const RANK = { high: 0, medium: 1, low: 2 } as const;

export function buildAlerts(customers: readonly CustomerAssessment[], byCustomer: Map<string, Invoice[]>, asOf: number): Alert[] {
  const alerts: Alert[] = [];
  for (const c of customers) {
    if (c.trend !== null && c.trend >= TREND_ALERT_DAYS) {
      alerts.push({
        kind: "deteriorating",
        severity: c.trend >= 30 ? "high" : "medium",
        customer: c.customer,
        amount: c.openAmount,
        reason: reason(
          "alert.deteriorating",
          { customer: c.customer, recent: fig(c.recentDaysLate ?? 0), earlier: fig(c.earlierDaysLate ?? 0), days: fig(c.trend) },
          `${c.customer} paid ${fig(c.recentDaysLate ?? 0)} days late in the last 90 days against ${fig(c.earlierDaysLate ?? 0)} before (+${fig(c.trend)})`,
        ),
      });
    }
    if (c.overLimit) {
      const excess = fromCents(toCents(c.openAmount) - toCents(c.creditLimit.amount));
      alerts.push({
        kind: "overLimit",
        severity: c.creditLimit.amount === 0 || excess > c.creditLimit.amount ? "high" : "medium",
        customer: c.customer,
        amount: excess,
        reason: reason(
          "alert.overLimit",
          { customer: c.customer, open: c.openAmount, limit: c.creditLimit.amount, excess },
          `${c.customer} owes ${money(c.openAmount)}, ${money(excess)} above the recommended limit of ${money(c.creditLimit.amount)}`,
        ),
      });
    }
    let over90 = 0;
    let oldDispute = 0;
    let disputeCount = 0;
    for (const inv of byCustomer.get(c.customer) ?? []) {
      const open = toCents(inv.openAmount);
      if (open <= 0) continue;
      if (asOf - inv.dueDate > 90) over90 += open;
      if (inv.disputed && asOf - inv.dueDate > OLD_DISPUTE_DAYS) {
        oldDispute += open;
        disputeCount++;
      }
    }
    if (over90 > 0) {
      const share = c.openAmount > 0 ? fromCents(over90) / c.openAmount : 1;
      alerts.push({
        kind: "over90",
        severity: share >= 0.5 ? "high" : "medium",
        customer: c.customer,
        amount: fromCents(over90),
        reason: reason("alert.over90", { customer: c.customer, amount: fromCents(over90), share: pct(Math.min(1, share)) }, `${c.customer}: ${money(fromCents(over90))} is more than 90 days past due`),
      });
    }
    if (disputeCount > 0) {
      alerts.push({
        kind: "oldDispute",
        severity: "medium",
        customer: c.customer,
        amount: fromCents(oldDispute),
        reason: reason(
          "alert.oldDispute",
          { customer: c.customer, amount: fromCents(oldDispute), count: disputeCount, days: OLD_DISPUTE_DAYS },
          `${c.customer}: ${disputeCount} disputed invoice(s), ${money(fromCents(oldDispute))}, more than ${OLD_DISPUTE_DAYS} days past due`,
        ),
      });
    }
    if (c.shareOfAR > SINGLE_CONCENTRATION) {
      alerts.push({
        kind: "concentration",
        severity: "high",
        customer: c.customer,
        amount: c.openAmount,
        reason: reason("alert.concentration", { customer: c.customer, share: pct(c.shareOfAR) }, `${c.customer} holds ${pct(c.shareOfAR)} % of all receivables (over 20 %)`),
      });
    }
  }
  const top5 = [...customers].sort((a, b) => b.shareOfAR - a.shareOfAR).slice(0, 5);
  const top5Share = top5.reduce((s, c) => s + c.shareOfAR, 0);
  if (top5Share > TOP_FIVE_CONCENTRATION && customers.length > 5) {
    alerts.push({
      kind: "concentration",
      severity: "medium",
      customer: null,
      amount: fromCents(top5.reduce((s, c) => s + toCents(Math.max(0, c.openAmount)), 0)),
      reason: reason("alert.topFive", { share: pct(top5Share) }, `the five largest customers hold ${pct(top5Share)} % of all receivables (over 60 %)`),
    });
  }
  return alerts.sort(
    (a, b) =>
      RANK[a.severity] - RANK[b.severity] || (b.amount ?? 0) - (a.amount ?? 0) || a.kind.localeCompare(b.kind) || (a.customer ?? "").localeCompare(b.customer ?? ""),
  );
}
