/**
 * Alerts that triage: an action list ranked by money at risk = amount × likelihood (from the customer's grade),
 * each with one concrete next action. Kinds and when they fire (thresholds are settings, DEFAULT_ALERT_THRESHOLDS):
 * - deteriorating: paying ≥ 15 days later in the last 90 days than before, and ≥ 10 days late recently
 *   (high from +30)
 * - overLimit: open balance above the limit the user keeps (high when the limit is 0 or the excess exceeds it)
 * - over90: open balance more than 90 days past due (high when half the customer's balance or more)
 * - oldDispute: disputed invoices more than 30 days past due
 * - concentration: one customer above 20 % of AR, or the top five above 60 %
 * Likelihood by grade (LIKELIHOOD) — a documented prior, the order of magnitude of late payment per grade that the
 * model check's calibration table shows; the list's order only depends on it through grade order.
 */
import { fromCents, toCents } from "../model/money";
import { fig, money, pct, reason } from "../model/reason";
import type { Alert, AlertThresholds, CustomerAssessment, Invoice, Reason } from "../model/types";
import { Largest, largestN } from "./largestFirst";

export const DEFAULT_ALERT_THRESHOLDS: AlertThresholds = {
  deteriorationDays: 15,
  deteriorationRecentDays: 10,
  over90Share: 0,
  oldDisputeDays: 30,
  singleShare: 0.2,
  topFiveShare: 0.6,
  overLimitShare: 0,
};

/** Likelihood of not being paid on time by grade (index = grade). */
export const LIKELIHOOD = [0, 0.02, 0.04, 0.07, 0.1, 0.15, 0.22, 0.3, 0.4, 0.55, 0.7];

/** Alerts shown by default in the taskpane (the rest are grouped by kind with counts). */
export const TOP_ALERTS = 20;

const RANK = { high: 0, medium: 1, low: 2 } as const;

export function resolveAlertThresholds(over: Partial<AlertThresholds> | undefined): AlertThresholds {
  return { ...DEFAULT_ALERT_THRESHOLDS, ...(over ?? {}) };
}

type Draft = Omit<Alert, "likelihood" | "atRisk">;

function withRisk(a: Draft, likelihood: number): Alert {
  const atRisk = fromCents(Math.round(Math.max(0, toCents(a.amount ?? 0)) * likelihood));
  return { ...a, likelihood, atRisk };
}

function customerAlerts(
  c: CustomerAssessment,
  invoices: readonly Invoice[],
  asOf: number,
  T: AlertThresholds,
): Draft[] {
  const out: Draft[] = [];
  const deteriorating = deterioratingAlert(c, T);
  if (deteriorating) out.push(deteriorating);
  const overLimit = overLimitAlert(c, T);
  if (overLimit) out.push(overLimit);
  out.push(...overdueAlerts(c, invoices, asOf, T));
  const concentration = concentrationAlert(c, T);
  if (concentration) out.push(concentration);
  return out;
}

/** The customer's next step, with its name among the params. */
function actionFor(c: CustomerAssessment, code: string, params: Record<string, number | string>, text: string): Reason {
  return reason(code, { customer: c.customer, ...params }, text);
}

/** Paying later lately than before. */
function deterioratingAlert(c: CustomerAssessment, T: AlertThresholds): Draft | null {
  if (c.trend === null || c.trend < T.deteriorationDays || (c.recentDaysLate ?? 0) < T.deteriorationRecentDays)
    return null;
  const who = c.customer;
  return {
    kind: "deteriorating",
    severity: c.trend >= 30 ? "high" : "medium",
    customer: who,
    amount: c.openAmount,
    reason: reason(
      "alert.deteriorating",
      { customer: who, recent: fig(c.recentDaysLate ?? 0), earlier: fig(c.earlierDaysLate ?? 0), days: fig(c.trend) },
      `${who} paid ${fig(c.recentDaysLate ?? 0)} days late in the last 90 days against ${fig(c.earlierDaysLate ?? 0)} before (+${fig(c.trend)})`,
    ),
    action: actionFor(
      c,
      "action.deteriorating",
      { terms: c.terms.code },
      `call ${who} about the slower payments and confirm the next payment date before accepting new orders`,
    ),
  };
}

/** Over limit: above the limit the user keeps (keptLimits.ts), never above AR Lens's own proposal. */
function overLimitAlert(c: CustomerAssessment, T: AlertThresholds): Draft | null {
  const limit = c.keptLimit?.amount ?? 0;
  const excessCents = toCents(c.openAmount) - toCents(limit);
  if (!c.overLimit || !c.keptLimit || excessCents <= T.overLimitShare * toCents(limit)) return null;
  const who = c.customer;
  const excess = fromCents(excessCents);
  return {
    kind: "overLimit",
    severity: limit === 0 || excess > limit ? "high" : "medium",
    customer: who,
    amount: excess,
    reason: reason(
      "alert.overLimit",
      { customer: who, open: c.openAmount, limit, excess },
      `${who} owes ${money(c.openAmount)}, ${money(excess)} above your limit of ${money(limit)}`,
    ),
    action:
      limit === 0
        ? actionFor(
            c,
            "action.secured",
            { open: c.openAmount },
            `ship to ${who} only against a letter of credit or cash in advance, and collect the ${money(c.openAmount)} owed`,
          )
        : actionFor(
            c,
            "action.holdOrders",
            { limit, excess },
            `hold new orders from ${who} until the balance is back under ${money(limit)} (collect ${money(excess)})`,
          ),
  };
}

/** Over 90 days past due, and disputes older than the threshold, from the customer's open invoices. */
function overdueAlerts(c: CustomerAssessment, invoices: readonly Invoice[], asOf: number, T: AlertThresholds): Draft[] {
  let over90 = 0;
  let oldDispute = 0;
  let disputeCount = 0;
  for (let i = 0; i < invoices.length; i++) {
    const inv = invoices[i];
    const open = toCents(inv.openAmount);
    if (open <= 0) continue;
    if (asOf - inv.dueDate > 90) over90 += open;
    if (inv.disputed && asOf - inv.dueDate > T.oldDisputeDays) {
      oldDispute += open;
      disputeCount++;
    }
  }
  const out: Draft[] = [];
  const share = c.openAmount > 0 ? fromCents(over90) / c.openAmount : 1;
  if (over90 > 0 && share >= T.over90Share) out.push(over90Alert(c, fromCents(over90), share));
  if (disputeCount > 0) out.push(oldDisputeAlert(c, fromCents(oldDispute), disputeCount, T));
  return out;
}

function over90Alert(c: CustomerAssessment, amount: number, share: number): Draft {
  const who = c.customer;
  return {
    kind: "over90",
    severity: share >= 0.5 ? "high" : "medium",
    customer: who,
    amount,
    reason: reason(
      "alert.over90",
      { customer: who, amount, share: pct(Math.min(1, share)) },
      `${who}: ${money(amount)} is more than 90 days past due`,
    ),
    action: actionFor(
      c,
      "action.over90",
      { amount },
      `send ${who} a final notice for ${money(amount)} and stop deliveries; notify the credit insurer if the policy requires it`,
    ),
  };
}

function oldDisputeAlert(c: CustomerAssessment, amount: number, count: number, T: AlertThresholds): Draft {
  const who = c.customer;
  return {
    kind: "oldDispute",
    severity: "medium",
    customer: who,
    amount,
    reason: reason(
      "alert.oldDispute",
      { customer: who, amount, count, days: T.oldDisputeDays },
      `${who}: ${count} disputed invoice(s), ${money(amount)}, more than ${T.oldDisputeDays} days past due`,
    ),
    action: actionFor(
      c,
      "action.oldDispute",
      { amount },
      `settle the dispute with ${who}: agree a credit note or send proof of delivery for ${money(amount)}`,
    ),
  };
}

/** One customer above the single-customer share of receivables. */
function concentrationAlert(c: CustomerAssessment, T: AlertThresholds): Draft | null {
  if (c.shareOfAR <= T.singleShare) return null;
  const who = c.customer;
  return {
    kind: "concentration",
    severity: "high",
    customer: who,
    amount: c.openAmount,
    reason: reason(
      "alert.concentration",
      { customer: who, share: pct(c.shareOfAR), threshold: pct(T.singleShare) },
      `${who} holds ${pct(c.shareOfAR)} % of all receivables (over ${pct(T.singleShare)} %)`,
    ),
    action: actionFor(
      c,
      "action.concentration",
      {},
      `ask the credit insurer for a named limit on ${who}, or secure part of its balance`,
    ),
  };
}

const shareOf = (c: CustomerAssessment) => c.shareOfAR;

export function buildAlerts(
  customers: readonly CustomerAssessment[],
  byCustomer: Map<string, Invoice[]>,
  asOf: number,
  thresholds: AlertThresholds = DEFAULT_ALERT_THRESHOLDS,
): Alert[] {
  const alerts: Alert[] = [];
  const who: CustomerAssessment[] = []; // the customers given an alert, in their order (alertedCustomers)
  const largest = new Largest(5, shareOf); // the five largest shares, read in the same pass
  for (let i = 0; i < customers.length; i++) {
    const c = customers[i]; // by index: no iterator's step per customer
    largest.add(c);
    // A customer with nothing open (most customers of a large ledger) can only be paying later lately: it owes
    // nothing over a limit, nothing overdue or disputed, no share of receivables.
    if (c.openInvoiceCount === 0) {
      const deteriorating = deterioratingAlert(c, thresholds);
      if (!deteriorating) continue;
      alerts.push(withRisk(deteriorating, LIKELIHOOD[c.grade]));
      who.push(c);
      continue;
    }
    const own = customerAlerts(c, byCustomer.get(c.customer) ?? [], asOf, thresholds);
    for (let k = 0; k < own.length; k++) alerts.push(withRisk(own[k], LIKELIHOOD[c.grade]));
    if (own.length > 0) who.push(c);
  }
  const top5 = largest.finite ? largest.items : largestN(customers, shareOf, 5);
  const top5Share = top5.reduce((s, c) => s + c.shareOfAR, 0);
  if (top5Share > thresholds.topFiveShare && customers.length > 5) {
    const cents = top5.reduce((s, c) => s + toCents(Math.max(0, c.openAmount)), 0);
    const likely =
      cents > 0 ? top5.reduce((s, c) => s + toCents(Math.max(0, c.openAmount)) * LIKELIHOOD[c.grade], 0) / cents : 0;
    alerts.push(
      withRisk(
        {
          kind: "concentration",
          severity: "medium",
          customer: null,
          amount: fromCents(cents),
          reason: reason(
            "alert.topFive",
            { share: pct(top5Share), threshold: pct(thresholds.topFiveShare) },
            `the five largest customers hold ${pct(top5Share)} % of all receivables (over ${pct(thresholds.topFiveShare)} %)`,
          ),
          action: reason("action.topFive", {}, "review the trade-credit insurance cover of the five largest customers"),
        },
        likely,
      ),
    );
  }
  alerted.set(alerts, who);
  return alerts.sort(
    (a, b) =>
      b.atRisk - a.atRisk ||
      RANK[a.severity] - RANK[b.severity] ||
      (b.amount ?? 0) - (a.amount ?? 0) ||
      a.kind.localeCompare(b.kind) ||
      (a.customer ?? "").localeCompare(b.customer ?? ""),
  );
}

const alerted = new WeakMap<readonly Alert[], readonly CustomerAssessment[]>();

/**
 * The customers buildAlerts gave an alert of their own, in the order of the customers it read, for `alerts` as it
 * returned them (undefined for any other list): the actions (actions.ts) need these customers only, not every one.
 */
export function alertedCustomers(alerts: readonly Alert[]): readonly CustomerAssessment[] | undefined {
  return alerted.get(alerts);
}
