/* The cash plan as formulas: AR.CASHPLAN, AR.RUNWAY, AR.DPO (docs/METRICS.md "Cash plan"). JSDoc here becomes functions.json. */
import {
  buildCashPlan,
  type DatedCents,
  daysPayablesOutstanding,
  DEFAULT_PLAN_WEEKS,
  naError,
  runwayDays,
  toCents,
  valueError,
} from "../engine";
import { amountsOf, asOfDate, datesOf, guard, optionalNumber, position, requireSameSize, requiredNumber } from "./args";
import { labelRow } from "../i18n/functionLabels";
import { functionLanguage } from "./language";

/** Signed flows from two ranges of the same size; a row with neither date nor amount is skipped. */
function flowsOf(flow_dates: unknown, flow_amounts: unknown): DatedCents[] {
  const amounts = amountsOf(flow_amounts, "flow_amounts");
  const dates = datesOf(flow_dates, "flow_dates", { allowMissing: true });
  requireSameSize(dates.flat, "flow_dates", amounts.flat, "flow_amounts");
  const flows: DatedCents[] = [];
  for (let i = 0; i < amounts.numbers.length; i++) {
    const cents = toCents(amounts.numbers[i]);
    if (Number.isNaN(dates.serials[i])) {
      if (cents !== 0) {
        const at = position(dates.flat, i);
        const amount = amounts.numbers[i];
        throw valueError(
          "flows.dateMissing",
          { name: "flow_dates", position: at, amount },
          `flow_dates: ${at} is empty but its amount is ${amount}: every flow needs a date`,
        );
      }
      continue;
    }
    flows.push({ date: dates.serials[i], cents });
  }
  return flows;
}

/**
 * A week-by-week cash plan: opening cash plus signed flows (+ in, − out). Week 1 starts the day after as_of; flows dated on or before as_of fall in week 1. Spills one row per week: week start, inflows, outflows, closing cash, and 1 where closing is below the minimum else 0.
 * @customfunction CASHPLAN
 * @param opening_cash Cash at the end of the as-of date.
 * @param flow_dates Dates of the flows.
 * @param flow_amounts Signed amounts of the flows (+ in, − out), same size as flow_dates.
 * @param [as_of] The as-of date. Default: today (pass TODAY() to follow the calendar).
 * @param [weeks] Weeks to plan, 4 to 52. Default 13.
 * @param [minimum_cash] The minimum cash buffer. Default 0.
 * @param [with_labels] TRUE to return a row of column labels above the weeks.
 * @returns One row per week: week start, inflows, outflows, closing cash, below-minimum flag.
 */
export function cashPlan(
  opening_cash: any,
  flow_dates: any[][],
  flow_amounts: any[][],
  as_of?: any,
  weeks?: any,
  minimum_cash?: any,
  with_labels?: boolean,
): any[][] {
  return guard(() => {
    const opening = requiredNumber(opening_cash, "opening_cash");
    const asOf = asOfDate(as_of);
    const count = optionalNumber(weeks, "weeks", DEFAULT_PLAN_WEEKS);
    const minimum = optionalNumber(minimum_cash, "minimum_cash", 0);
    const plan = buildCashPlan({
      asOf,
      weeks: count,
      openingCash: opening,
      minimumCash: minimum,
      other: flowsOf(flow_dates, flow_amounts),
    });
    const rows: any[][] = plan.weeks.map((w) => [w.start, w.inflows, w.outflows, w.closing, w.belowMinimum ? 1 : 0]);
    return with_labels ? [labelRow("cashPlan", functionLanguage()), ...rows] : rows;
  });
}

/**
 * Runway: the days from the as-of date to the first day whose end-of-day balance (all that day's flows applied) is below the minimum cash; 0 when the opening cash is already below. #N/A when it never falls below within the flows given.
 * @customfunction RUNWAY
 * @param opening_cash Cash at the end of the as-of date.
 * @param flow_dates Dates of the flows.
 * @param flow_amounts Signed amounts of the flows (+ in, − out), same size as flow_dates.
 * @param [as_of] The as-of date. Default: today (pass TODAY() to follow the calendar).
 * @param [minimum_cash] The minimum cash buffer. Default 0.
 * @returns Days of runway.
 */
export function runway(
  opening_cash: any,
  flow_dates: any[][],
  flow_amounts: any[][],
  as_of?: any,
  minimum_cash?: any,
): number {
  return guard(() => {
    const opening = requiredNumber(opening_cash, "opening_cash");
    const asOf = asOfDate(as_of);
    const minimum = optionalNumber(minimum_cash, "minimum_cash", 0);
    const days = runwayDays(opening, flowsOf(flow_dates, flow_amounts), asOf, minimum);
    if (days === null) {
      throw naError(
        "runway.unlimited",
        { name: "minimum_cash" },
        "The cash never falls below minimum_cash within the flows given: no runway limit",
      );
    }
    return days;
  });
}

/**
 * Days payables outstanding, period method: ending accounts payable ÷ purchases in the period × days in the period.
 * @customfunction DPO
 * @param ending_ap Accounts payable at the end of the period.
 * @param purchases Purchases on credit during the period.
 * @param [days] Days in the period. Default 90.
 * @returns DPO in days.
 */
export function dpo(ending_ap: any, purchases: any, days?: any): number {
  return guard(() =>
    daysPayablesOutstanding(
      requiredNumber(ending_ap, "ending_ap"),
      requiredNumber(purchases, "purchases"),
      optionalNumber(days, "days", 90),
    ),
  );
}
