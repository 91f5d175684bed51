/** The plan's weeks (docs/METRICS.md "Cash plan"): week 1 starts the day after the as-of date; 13 by default, 4–52. */
import { subjectText, valueError, type Subject } from "../core/errors";

export const DEFAULT_PLAN_WEEKS = 13;
export const MIN_PLAN_WEEKS = 4;
export const MAX_PLAN_WEEKS = 52;

/** Week number (1-based) of a date; anything on or before the as-of date falls in week 1. */
export function planWeekOf(date: number, asOf: number): number {
  return Math.floor((Math.max(date, asOf + 1) - asOf - 1) / 7) + 1;
}

/** The weeks of a plan: AR.CASHPLAN's `weeks` argument, or the taskpane's setting. */
export function checkPlanWeeks(weeks: number, subject: Subject = { name: "weeks" }): number {
  if (!Number.isInteger(weeks) || weeks < MIN_PLAN_WEEKS || weeks > MAX_PLAN_WEEKS) {
    const name = subjectText(subject);
    throw valueError(
      "weeks.range",
      { ...subject, value: weeks, min: MIN_PLAN_WEEKS, max: MAX_PLAN_WEEKS },
      `${name}: ${weeks} must be a whole number of weeks from ${MIN_PLAN_WEEKS} to ${MAX_PLAN_WEEKS}`,
    );
  }
  return weeks;
}

/** The last day of the plan. */
export function planEnd(asOf: number, weeks: number): number {
  return asOf + 7 * weeks;
}
