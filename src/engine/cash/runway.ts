/**
 * Runway (docs/METRICS.md "Cash plan"): the days from the as-of date to the first day whose end-of-day balance (all
 * that day's flows applied) is below the minimum cash; 0 when the opening cash is already below; null when it never
 * falls below within the flows given. Flows dated on or before the as-of date count on the day after it (week 1).
 */
import { toCents } from "../model/money";
import type { DatedCents } from "./types";

export function runwayDays(
  openingCash: number,
  flows: readonly DatedCents[],
  asOf: number,
  minimumCash: number,
): number | null {
  const minimum = toCents(minimumCash);
  let balance = toCents(openingCash);
  if (balance < minimum) return 0;
  const byDay = new Map<number, number>();
  for (const f of flows) {
    const day = Math.max(f.date, asOf + 1);
    byDay.set(day, (byDay.get(day) ?? 0) + f.cents);
  }
  for (const day of [...byDay.keys()].sort((a, b) => a - b)) {
    balance += byDay.get(day)!;
    if (balance < minimum) return day - asOf;
  }
  return null;
}
