/**
 * The cash plan (docs/METRICS.md "Cash plan"): per week, opening cash + collections + other inflows − payables − other
 * outflows = closing cash, exact to the cent; the next week opens at the previous closing. Dated items on or before
 * the as-of date (overdue bills, late flows) fall in week 1; items after the last week are outside the plan.
 */
import { fromCents, toCents } from "../model/money";
import { checkPlanWeeks, planWeekOf } from "./weeks";
import type { CashPlan, CashWeek, PlanInputs } from "./types";

export function buildCashPlan(inputs: PlanInputs): CashPlan {
  const count = checkPlanWeeks(inputs.weeks);
  const { asOf } = inputs;
  const collections = new Array<number>(count).fill(0);
  const payables = new Array<number>(count).fill(0);
  const otherIn = new Array<number>(count).fill(0);
  const otherOut = new Array<number>(count).fill(0);
  (inputs.collectionsCents ?? []).slice(0, count).forEach((c, i) => (collections[i] = c));
  for (const p of inputs.payables ?? []) {
    const w = planWeekOf(p.date, asOf);
    if (w <= count) payables[w - 1] += p.cents;
  }
  for (const f of inputs.other ?? []) {
    const w = planWeekOf(f.date, asOf);
    if (w > count) continue;
    if (f.cents >= 0) otherIn[w - 1] += f.cents;
    else otherOut[w - 1] -= f.cents;
  }
  const minimum = toCents(inputs.minimumCash);
  let balance = toCents(inputs.openingCash);
  const weeks: CashWeek[] = [];
  let lowest = { cents: Number.POSITIVE_INFINITY, week: 1 };
  let firstBelow: number | null = null;
  for (let i = 0; i < count; i++) {
    const opening = balance;
    // A negative collection week (net credits owed to customers) is money out, not a negative inflow.
    const inflow = Math.max(0, collections[i]) + otherIn[i];
    const outflow = Math.max(0, -collections[i]) + payables[i] + otherOut[i];
    balance = opening + inflow - outflow;
    if (balance < lowest.cents) lowest = { cents: balance, week: i + 1 };
    if (balance < minimum && firstBelow === null) firstBelow = i + 1;
    weeks.push({
      week: i + 1,
      start: asOf + 1 + 7 * i,
      end: asOf + 7 + 7 * i,
      opening: fromCents(opening),
      collections: fromCents(collections[i]),
      payables: fromCents(payables[i]),
      otherIn: fromCents(otherIn[i]),
      otherOut: fromCents(otherOut[i]),
      inflows: fromCents(inflow),
      outflows: fromCents(outflow),
      closing: fromCents(balance),
      belowMinimum: balance < minimum,
    });
  }
  return {
    asOf,
    openingCash: fromCents(toCents(inputs.openingCash)),
    minimumCash: fromCents(minimum),
    weeks,
    lowest: { closing: fromCents(lowest.cents), week: lowest.week },
    firstBelow: firstBelow === null ? null : { week: firstBelow, gap: fromCents(minimum - lowest.cents) },
  };
}
