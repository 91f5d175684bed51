/**
 * A days-beyond-terms score in the spirit of D&B PAYDEX (docs/METRICS.md): dollar-weighted days beyond terms mapped
 * linearly between anchors — 100 = 30 days early, 90 = 20 early, 80 = on terms, 70 = 15 late, 60 = 22, 50 = 30,
 * 40 = 60, 30 = 90, 20 = 120; beyond 120 days it keeps falling 10 points per 30 days, floored at 1.
 * Bands: 80–100 low risk, 50–79 medium, under 50 high.
 */
import { toCents } from "../model/money";
import { isSettled } from "./portfolio";
import type { Invoice } from "../model/types";

const ANCHORS: [days: number, score: number][] = [
  [-30, 100],
  [-20, 90],
  [0, 80],
  [15, 70],
  [22, 60],
  [30, 50],
  [60, 40],
  [90, 30],
  [120, 20],
];

export function paydexFromDays(daysBeyondTerms: number): number {
  if (daysBeyondTerms <= ANCHORS[0][0]) return 100;
  for (let i = 1; i < ANCHORS.length; i++) {
    const [d1, s1] = ANCHORS[i];
    if (daysBeyondTerms <= d1) {
      const [d0, s0] = ANCHORS[i - 1];
      return s0 + ((daysBeyondTerms - d0) * (s1 - s0)) / (d1 - d0);
    }
  }
  return Math.max(1, 20 - ((daysBeyondTerms - 120) * 10) / 30);
}

export function paydexBand(score: number): "low" | "medium" | "high" {
  return score >= 80 ? "low" : score >= 50 ? "medium" : "high";
}

/** Dollar-weighted days beyond terms (paid − due, early payments negative) over paid invoices; null without any. */
export function daysBeyondTerms(invoices: readonly Invoice[]): number | null {
  let w = 0;
  let s = 0;
  for (const inv of invoices) {
    if (!isSettled(inv) || inv.paidDate === null) continue;
    const cents = toCents(inv.amount); // integer sums: independent of row order
    w += cents;
    s += cents * (inv.paidDate - inv.dueDate);
  }
  return w > 0 ? s / w : null;
}
