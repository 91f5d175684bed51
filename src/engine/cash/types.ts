/**
 * The cash plan's contract (docs/METRICS.md, "Cash plan"): plain data, money in currency units exact to the cent,
 * dates as Excel serials. Week 1 runs from the day after the as-of date for 7 days.
 */

export type Repeat = "once" | "weekly" | "monthly" | "quarterly";
export const REPEATS: readonly Repeat[] = ["once", "weekly", "monthly", "quarterly"];

/** A flow the ledgers do not hold: payroll, rent, taxes, a loan repayment, a credit-line drawdown. */
export interface OtherFlow {
  description: string;
  /** Positive amount; `direction` says whether it comes in or goes out. */
  amount: number;
  direction: "in" | "out";
  /** First (or only) date the flow happens. */
  firstDate: number;
  repeat: Repeat;
  /** Last date a repeating flow may happen (inclusive); null = for the whole plan. */
  until: number | null;
  /** ISO code of the flow's currency (原币); absent = the reporting currency (本币). */
  currency?: string;
}

/** One dated movement of cash, signed (+ in, − out), in cents. */
export interface DatedCents {
  date: number;
  cents: number;
}

export interface CashWeek {
  week: number;
  start: number;
  end: number;
  opening: number;
  /** Collections expected from customers (the collection forecast). */
  collections: number;
  /** Supplier bills due (overdue bills fall in week 1), as a positive amount paid out. */
  payables: number;
  /** Other flows in and out, each as a positive amount. */
  otherIn: number;
  otherOut: number;
  inflows: number;
  outflows: number;
  /** opening + inflows − outflows, exact to the cent. */
  closing: number;
  belowMinimum: boolean;
}

export interface CashPlan {
  asOf: number;
  openingCash: number;
  minimumCash: number;
  weeks: CashWeek[];
  /** The lowest closing cash over the plan and the first week it is reached. */
  lowest: { closing: number; week: number };
  /**
   * The first week whose closing cash is below the minimum, and the gap: the largest shortfall below the minimum
   * over the plan (the cash that would keep every week at or above it). Null when no week falls below.
   */
  firstBelow: { week: number; gap: number } | null;
}

/** What a plan is built from: per-week collections (cents), dated payables and other flows (signed cents). */
export interface PlanInputs {
  asOf: number;
  weeks: number;
  openingCash: number;
  minimumCash: number;
  /** Expected collections per week, in cents (index 0 = week 1); missing weeks count as 0. */
  collectionsCents?: readonly number[];
  /** Bills to pay: date due and open cents (positive = paid out). */
  payables?: readonly DatedCents[];
  /** Other flows, signed (+ in, − out). */
  other?: readonly DatedCents[];
}
