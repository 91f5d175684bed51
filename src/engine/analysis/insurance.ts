/**
 * The trade-credit-insurance need check (the seed's FAQ, docs/METRICS.md). Each criterion with its figure:
 * - creditSalesShare: share of sales made on credit. The ledger holds credit sales only, so it reads 100 %; it is
 *   shown as the precondition (cover is about credit sales) and does not count toward the verdict.
 * - largestCustomerShare ≥ 20 % of open AR
 * - topFiveShare ≥ 60 % of open AR
 * - herfindahl (Σ share², Herfindahl–Hirschman index as a fraction) ≥ 0.15 — "moderately concentrated" and above
 *   on the US DOJ/FTC scale (1,500 of 10,000)
 * - unprovenLargeExposures: share of AR held by customers with ≥ 5 % of AR each and fewer than 3 paid invoices or
 *   under 180 days of history ≥ 10 %
 * - volatileBehaviour: amount-weighted standard deviation of days late over paid invoices ≥ 20 days
 * Verdict: two or more of the five risk criteria met → advised; one → consider; none → not needed.
 */
import { toCents } from "../model/money";
import { isSettled } from "./portfolio";
import { fig, pct, reason } from "../model/reason";
import type { CustomerAssessment, InsuranceCheck, InsuranceCriterion, Invoice, Reason } from "../model/types";
import { descendingNumbers } from "./largestFirst";

export const THRESHOLDS = {
  creditSalesShare: 0.5,
  largestCustomerShare: 0.2,
  topFiveShare: 0.6,
  herfindahl: 0.15,
  unprovenLargeExposures: 0.1,
  volatileBehaviour: 20,
} as const;

/** Amount-weighted standard deviation of days late (paid − due, early counts as 0) over paid invoices. */
export function daysLateSpread(invoices: readonly Invoice[]): number | null {
  let w = 0;
  let s = 0;
  let s2 = 0;
  for (let i = 0; i < invoices.length; i++) {
    const inv = invoices[i];
    if (!isSettled(inv) || inv.paidDate === null) continue;
    const late = Math.max(0, inv.paidDate - inv.dueDate);
    const cents = toCents(inv.amount); // integer sums: independent of row order
    w += cents;
    s += cents * late;
    s2 += cents * late * late;
  }
  if (w === 0) return null;
  const mean = s / w;
  return Math.sqrt(Math.max(0, s2 / w - mean * mean));
}

/**
 * What the check reads of the customers, in one pass over them: the shares of AR above 0, largest first (a share
 * of 0 adds nothing to a sum, so the concentration figures are those of every share sorted), the share held by
 * large customers without a reliable record (summed in the customers' order), and how many are advised cover.
 */
function customerFigures(customers: readonly CustomerAssessment[]): {
  shares: number[];
  unproven: number;
  advisedFor: number;
} {
  const held: number[] = [];
  let unproven = 0;
  let advisedFor = 0;
  for (let i = 0; i < customers.length; i++) {
    const c = customers[i];
    const share = c.shareOfAR;
    if (share !== 0) held.push(share); // shares are never negative: the zeros all sort last
    if (share >= 0.05 && (c.paidInvoiceCount < 3 || c.historyDays < 180)) unproven += share;
    if (c.insuranceAdvised) advisedFor++;
  }
  return { shares: descendingNumbers(held), unproven, advisedFor };
}

export function checkInsurance(customers: readonly CustomerAssessment[], invoices: readonly Invoice[]): InsuranceCheck {
  const { shares, unproven, advisedFor } = customerFigures(customers);
  const criteria: InsuranceCriterion[] = [
    {
      id: "creditSalesShare",
      role: "precondition",
      met: true,
      figure: 1,
      threshold: THRESHOLDS.creditSalesShare,
      reason: reason(
        "insurance.creditSales",
        { share: 100 },
        "every invoice in the ledger is a credit sale (100 %): cover is about these sales",
      ),
    },
    ...concentrationCriteria(shares),
    ...recordCriteria(unproven, daysLateSpread(invoices) ?? 0),
  ];
  const met = criteria.filter((c) => c.role === "risk" && c.met).length;
  const verdict = met >= 2 ? "advised" : met === 1 ? "consider" : "notNeeded";
  const reasons = [
    reason(
      `insurance.verdict.${verdict}`,
      { met, of: 5 },
      `${met} of 5 risk criteria met: ${verdict === "advised" ? "cover advised" : verdict === "consider" ? "consider cover" : "cover not needed"}`,
    ),
  ];
  if (advisedFor > 0)
    reasons.push(
      reason("insurance.customers", { count: advisedFor }, `cover advised for ${advisedFor} customer(s) individually`),
    );
  return { verdict, criteria, reasons };
}

/** A risk criterion, met when its figure reaches its threshold. */
function risk(id: InsuranceCriterion["id"], figure: number, why: Reason): InsuranceCriterion {
  const threshold = THRESHOLDS[id];
  return { id, role: "risk", met: figure >= threshold, figure, threshold, reason: why };
}

/** Largest customer, five largest and the Herfindahl index, from the customers' shares of AR (largest first). */
function concentrationCriteria(shares: readonly number[]): InsuranceCriterion[] {
  const largest = shares[0] ?? 0;
  const top5 = shares.slice(0, 5).reduce((s, x) => s + x, 0);
  const hhi = shares.reduce((s, x) => s + x * x, 0);
  return [
    risk(
      "largestCustomerShare",
      largest,
      reason(
        "insurance.largest",
        { share: pct(largest), threshold: 20 },
        `largest customer holds ${pct(largest)} % of receivables (criterion: 20 % or more)`,
      ),
    ),
    risk(
      "topFiveShare",
      top5,
      reason(
        "insurance.topFive",
        { share: pct(top5), threshold: 60 },
        `five largest customers hold ${pct(top5)} % of receivables (criterion: 60 % or more)`,
      ),
    ),
    risk(
      "herfindahl",
      hhi,
      reason(
        "insurance.herfindahl",
        { index: fig(hhi, 3), threshold: THRESHOLDS.herfindahl },
        `Herfindahl concentration index ${fig(hhi, 3)} (criterion: 0.15 or more)`,
      ),
    ),
  ];
}

/** Large exposures without a reliable record, and how much days late vary. */
function recordCriteria(unproven: number, spread: number): InsuranceCriterion[] {
  return [
    risk(
      "unprovenLargeExposures",
      unproven,
      reason(
        "insurance.unprovenExposure",
        { share: pct(unproven), threshold: 10 },
        `${pct(unproven)} % of receivables sit with large customers without a reliable payment record (criterion: 10 % or more)`,
      ),
    ),
    risk(
      "volatileBehaviour",
      spread,
      reason(
        "insurance.volatile",
        { days: fig(spread), threshold: 20 },
        `days late vary by ${fig(spread)} days (standard deviation; criterion: 20 days or more)`,
      ),
    ),
  ];
}
