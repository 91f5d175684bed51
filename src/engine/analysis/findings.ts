/**
 * Portfolio findings: a signal that fires for more than a third of the customers says something about the business
 * (its terms, its collection routine, its invoicing), not about single customers; it is said once, at the top, with
 * its figure, and the action list leaves it out (actions.ts). The five largest customers' share is always a finding
 * (it is about the portfolio). Late payers: customers whose amount-weighted days late exceed LATE_PAYER_DAYS.
 */
import { fromCents, toCents } from "../model/money";
import { money, pct, reason } from "../model/reason";
import type { Alert, AlertKind, CustomerAssessment, PortfolioFinding } from "./types";

/** A signal covering more than this share of the customers is a portfolio finding. */
export const FINDING_SHARE = 1 / 3;
/** Customers paying more than this many days late (amount-weighted) are late payers. */
export const LATE_PAYER_DAYS = 20;

/** Per-customer kinds that can become a finding (concentration concerns a few customers by definition). */
const KINDS: readonly AlertKind[] = ["over90", "deteriorating", "oldDispute", "overLimit"];

type Draft = { share: number; amount: number; count: number };

/** What each finding says (after "N % of customers (count)") and the one step for the business. */
function wording(kind: PortfolioFinding["kind"], amount: string): [string, string] {
  switch (kind) {
    case "latePayers":
      return [
        `pay more than ${LATE_PAYER_DAYS} days late`,
        "look at your terms and your collection routine before single customers: remind before the due date, agree payment dates, and price the terms you really give",
      ];
    case "over90":
      return [
        `owe amounts more than 90 days past due, ${amount} in all`,
        "review the collection routine and the provisions for doubtful debts before single customers: escalate every balance at 60 days",
      ];
    case "deteriorating":
      return [
        "pay later in the last 90 days than before",
        "look for a common cause (a sector, a season, a change in invoicing or reminders) before calling customers one by one",
      ];
    case "oldDispute":
      return [
        `have disputes more than 30 days past due, ${amount} in all`,
        "look at invoicing and proof of delivery: settle disputes within 30 days as a routine",
      ];
    default:
      return [
        `owe more than the limits you keep, ${amount} above them`,
        "review the limits themselves: accept AR Lens's proposals or set limits that match what these customers really buy",
      ];
  }
}

function findingOf(kind: PortfolioFinding["kind"], d: Draft): PortfolioFinding {
  const amount = fromCents(d.amount);
  const [text, step] = wording(kind, money(amount));
  return {
    kind,
    customers: d.count,
    share: d.share,
    amount,
    reason: reason(
      `alert.finding.${kind}`,
      { share: pct(d.share), count: d.count, amount },
      `${pct(d.share)} % of customers (${d.count}) ${text}`,
    ),
    action: reason(`action.finding.${kind}`, {}, step),
  };
}

/** Findings for the signals that fire for more than a third of the customers (one assessment each), largest share first. */
export function portfolioFindings(
  customers: readonly CustomerAssessment[],
  alerts: readonly Alert[],
): PortfolioFinding[] {
  const n = customers.length;
  if (n === 0) return [];
  const drafts = new Map<PortfolioFinding["kind"], Draft>();
  const add = (kind: PortfolioFinding["kind"], count: number, cents: number) =>
    drafts.set(kind, { count, share: count / n, amount: cents });
  for (const kind of KINDS) {
    const who = new Set<string>();
    let cents = 0;
    for (const a of alerts) {
      if (a.kind !== kind || a.customer === null) continue;
      who.add(a.customer);
      cents += toCents(a.amount ?? 0);
    }
    add(kind, who.size, cents);
  }
  // One assessment per customer (the customers stage's): the late payers are counted, not gathered by name.
  let lateCount = 0;
  let lateCents = 0;
  for (let i = 0; i < n; i++) {
    const c = customers[i];
    if (!((c.weightedDaysLate ?? 0) > LATE_PAYER_DAYS)) continue;
    lateCount++;
    lateCents += toCents(Math.max(0, c.overdueAmount));
  }
  add("latePayers", lateCount, lateCents);
  const out: PortfolioFinding[] = [];
  for (const [kind, d] of drafts) if (d.share > FINDING_SHARE) out.push(findingOf(kind, d));
  for (const a of alerts) if (a.customer === null) out.push(topFiveFinding(a, n));
  return out.sort((a, b) => b.share - a.share || a.kind.localeCompare(b.kind));
}

/** The five largest customers' share of receivables: about the portfolio, so always a finding. */
function topFiveFinding(a: Alert, n: number): PortfolioFinding {
  return {
    kind: "topFive",
    customers: Math.min(5, n),
    share: Math.min(5, n) / n,
    amount: a.amount ?? 0,
    reason: a.reason,
    action: a.action,
  };
}
