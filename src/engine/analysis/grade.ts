/**
 * AR Lens's buyer grade: 1 (lowest risk) … 10 (highest), the direction trade-credit insurers use (Allianz Trade
 * 1 best … 10 failing; note Coface DRA runs the other way). Points are added for each risk signal in the ledger;
 * grade = 1 + points, capped at 10. Every input that added (or removed) points gives a Reason with its figure.
 * The weights, documented for finance users in docs/GRADE-MODEL.md:
 *   weighted days late (paid invoices)   >5: 1, >15: 2, >30: 3, >60: 4, >90: 5
 *   share of paid invoices paid late     ≥25 %: 1, ≥50 %: 2
 *   trend (recent 90 days − earlier)     ≥+10 days: 1, ≥+30 days: 2, ≤−10 days: −1 (improving)
 *   share of open balance > 60 days due  ≥10 %: 1, ≥25 %: 2, ≥50 %: 3
 *   disputed share of open balance       ≥30 %: 1 (a dispute is about the goods, not the ability to pay)
 *   customer's share of total AR         ≥10 %: 1, ≥20 %: 2 (concentration: more at stake)
 *   history                              < 3 paid invoices or < 180 days: grade at least 4 (unproven)
 * Only shares and days enter the grade, so it does not change when every amount is scaled.
 */
import { fig, pct, reason } from "./reasons";
import type { Reason } from "./types";

export interface GradeInputs {
  weightedDaysLate: number | null;
  lateShare: number | null;
  trend: number | null;
  over60Share: number;
  disputedShare: number;
  shareOfAR: number;
  paidInvoiceCount: number;
  historyDays: number;
}

export const UNPROVEN_MIN_GRADE = 4;

function step(value: number, thresholds: number[], strict = false): number {
  let points = 0;
  for (const t of thresholds) if (strict ? value > t : value >= t) points++;
  return points;
}

export function gradeCustomer(x: GradeInputs): { grade: number; reasons: Reason[] } {
  const reasons: Reason[] = [];
  let points = 0;
  const add = (p: number, r: Reason) => {
    if (p === 0) return;
    points += p;
    reasons.push({ ...r, params: { ...r.params, points: p } });
  };
  if (x.weightedDaysLate !== null) {
    const p = step(x.weightedDaysLate, [5, 15, 30, 60, 90], true);
    const days = fig(x.weightedDaysLate);
    if (p > 0) add(p, reason("grade.daysLate", { days }, `pays ${days} days late on average (amount-weighted): +${p}`));
    else reasons.push(reason("grade.onTime", { days, points: 0 }, `pays ${days} days late on average (amount-weighted), within the 5-day grace: +0`));
  }
  if (x.lateShare !== null) {
    const p = step(x.lateShare, [0.25, 0.5]);
    add(p, reason("grade.lateShare", { share: pct(x.lateShare) }, `${pct(x.lateShare)} % of paid invoices were paid late: +${p}`));
  }
  if (x.trend !== null) {
    const p = x.trend <= -10 ? -1 : step(x.trend, [10, 30]);
    const days = fig(x.trend);
    if (p > 0) add(p, reason("grade.trendWorse", { days }, `paying ${days} days later in the last 90 days than before: +${p}`));
    if (p < 0) add(p, reason("grade.trendBetter", { days: fig(-x.trend) }, `paying ${fig(-x.trend)} days earlier in the last 90 days than before: ${p}`));
  }
  add(step(x.over60Share, [0.1, 0.25, 0.5]), reason("grade.over60", { share: pct(x.over60Share) }, `${pct(x.over60Share)} % of the open balance is over 60 days past due: +${step(x.over60Share, [0.1, 0.25, 0.5])}`));
  add(step(x.disputedShare, [0.3]), reason("grade.disputed", { share: pct(x.disputedShare) }, `${pct(x.disputedShare)} % of the open balance is disputed: +${step(x.disputedShare, [0.3])}`));
  add(step(x.shareOfAR, [0.1, 0.2]), reason("grade.concentration", { share: pct(x.shareOfAR) }, `holds ${pct(x.shareOfAR)} % of all receivables: +${step(x.shareOfAR, [0.1, 0.2])}`));
  let grade = Math.min(10, Math.max(1, 1 + points));
  if ((x.paidInvoiceCount < 3 || x.historyDays < 180) && grade < UNPROVEN_MIN_GRADE) {
    reasons.push(
      reason(
        "grade.unproven",
        { paid: x.paidInvoiceCount, days: Math.round(x.historyDays), grade: UNPROVEN_MIN_GRADE, points: UNPROVEN_MIN_GRADE - grade },
        `only ${x.paidInvoiceCount} paid invoice(s) over ${Math.round(x.historyDays)} days of history: not better than grade ${UNPROVEN_MIN_GRADE} until proven`,
      ),
    );
    grade = UNPROVEN_MIN_GRADE;
  }
  reasons.unshift(reason("grade.result", { grade }, `grade ${grade} on a scale of 1 (lowest risk) to 10 (highest risk)`));
  return { grade, reasons };
}
