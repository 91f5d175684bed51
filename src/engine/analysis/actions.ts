/**
 * The action list: one entry per customer, its signals combined (paying later, over 90 days, old dispute, over the
 * limit it keeps, concentration), ranked by money at risk — the largest of its signals' money at risk (alerts.ts:
 * amount × likelihood for its grade; the same balance is not counted twice) — naming the overdue amount and one
 * next step. Signals said once as portfolio findings (findings.ts) are left out, and the list names at most a fifth
 * of the customers (MAX_ACTION_SHARE): it is where to start, the full register stays under each kind.
 */
import { money, reason } from "../model/reason";
import type { Alert, AlertKind, CustomerAction, CustomerAssessment, PortfolioFinding, Reason } from "./types";

/** The action list names at most this share of the customers (at least one customer when any has a signal). */
export const MAX_ACTION_SHARE = 0.2;
/** The next step follows the most urgent signal, in this order. */
const URGENCY: readonly AlertKind[] = ["over90", "oldDispute", "overLimit", "deteriorating", "concentration"];
const RANK = { high: 0, medium: 1, low: 2 } as const;

/** The one next step for a customer, from its most urgent signal, naming the overdue amount. */
export function nextStep(c: CustomerAssessment, kinds: readonly AlertKind[], byKind: Map<AlertKind, Alert>): Reason {
  const who = c.customer;
  const overdue = c.overdueAmount;
  const first = URGENCY.find((k) => kinds.includes(k))!;
  const p = { customer: who, overdue, open: c.openAmount };
  switch (first) {
    case "over90": {
      const amount = byKind.get("over90")?.amount ?? 0;
      return reason(
        "action.customer.over90",
        { ...p, amount },
        `send ${who} a final notice for the ${money(overdue)} overdue (${money(amount)} of it more than 90 days) and stop deliveries until it is paid`,
      );
    }
    case "oldDispute": {
      const amount = byKind.get("oldDispute")?.amount ?? 0;
      return reason(
        "action.customer.dispute",
        { ...p, amount },
        `settle the disputed ${money(amount)} with ${who} (credit note or proof of delivery), then collect the ${money(overdue)} overdue`,
      );
    }
    case "overLimit": {
      const limit = c.keptLimit?.amount ?? 0;
      return reason(
        "action.customer.overLimit",
        { ...p, limit },
        `hold new orders from ${who} until its balance is back under your limit of ${money(limit)}: collect the ${money(overdue)} overdue first`,
      );
    }
    case "deteriorating":
      return overdue > 0
        ? reason(
            "action.customer.call",
            p,
            `call ${who}: collect the ${money(overdue)} overdue and confirm the next payment date before new orders`,
          )
        : reason(
            "action.customer.callOnTime",
            p,
            `call ${who} about its slower payments and confirm the next payment date before new orders (nothing overdue today)`,
          );
    default:
      return reason(
        "action.customer.concentration",
        p,
        `ask the credit insurer for a named limit on ${who}, or secure part of its ${money(c.openAmount)} balance (${money(overdue)} overdue)`,
      );
  }
}

function actionOf(c: CustomerAssessment, own: readonly Alert[]): CustomerAction {
  const byKind = new Map<AlertKind, Alert>();
  for (const a of own) if (!byKind.has(a.kind)) byKind.set(a.kind, a);
  const kinds = URGENCY.filter((k) => byKind.has(k));
  const atRisk = Math.max(...own.map((a) => a.atRisk));
  const severity = own.reduce<Alert["severity"]>((s, a) => (RANK[a.severity] < RANK[s] ? a.severity : s), "low");
  return {
    customer: c.customer,
    grade: c.grade,
    kinds,
    reasons: kinds.map((k) => byKind.get(k)!.reason),
    overdueAmount: c.overdueAmount,
    openAmount: c.openAmount,
    atRisk,
    severity,
    action: nextStep(c, kinds, byKind),
  };
}

/**
 * The ranked action list: each customer once, kinds that are portfolio findings left out, at most a fifth.
 * `alerted`: the customers among `customers` that have an alert (alerts.ts alertedCustomers), the only ones read.
 */
export function buildActions(
  customers: readonly CustomerAssessment[],
  alerts: readonly Alert[],
  findings: readonly PortfolioFinding[],
  alerted: readonly CustomerAssessment[] = customers,
): CustomerAction[] {
  const said = new Set<string>(findings.map((f) => f.kind));
  const byCustomer = new Map<string, Alert[]>();
  for (const a of alerts) {
    if (a.customer === null || said.has(a.kind)) continue;
    const list = byCustomer.get(a.customer);
    if (list) list.push(a);
    else byCustomer.set(a.customer, [a]);
  }
  const actions = alerted
    .filter((c) => byCustomer.has(c.customer))
    .map((c) => actionOf(c, byCustomer.get(c.customer)!));
  actions.sort(
    (a, b) =>
      b.atRisk - a.atRisk ||
      RANK[a.severity] - RANK[b.severity] ||
      b.overdueAmount - a.overdueAmount ||
      (a.customer < b.customer ? -1 : a.customer > b.customer ? 1 : 0),
  );
  return actions.slice(0, actionCap(customers.length));
}

/** At most a fifth of the customers, and at least one. */
export function actionCap(customers: number): number {
  return Math.max(1, Math.floor(customers * MAX_ACTION_SHARE));
}
