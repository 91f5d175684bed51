/**
 * Portfolio ratios, Credit Research Foundation definitions (see docs/METRICS.md "Portfolio ratios").
 * Every function validates its inputs and throws an EngineError naming the argument.
 */
import { div0Error, numError, valueError } from "./errors";

function finite(value: number, name: string): number {
  if (typeof value !== "number" || !Number.isFinite(value))
    throw valueError("number.expected", { name }, `${name}: a number was expected`);
  return value;
}

function nonNegative(value: number, name: string): number {
  finite(value, name);
  if (value < 0)
    throw numError("number.negative", { name, value }, `${name}: ${value} is negative, zero or more was expected`);
  return value;
}

function positive(value: number, name: string): number {
  finite(value, name);
  if (value <= 0) {
    if (value === 0) throw div0Error("number.zero", { name }, `${name} is 0: the ratio divides by it`);
    throw numError(
      "number.notPositive",
      { name, value },
      `${name}: ${value} is negative, a positive number was expected`,
    );
  }
  return value;
}

/** DSO, period method: endingAR / creditSalesInPeriod × daysInPeriod. 1,200,000 / 3,000,000 × 90 = 36. */
export function daysSalesOutstanding(endingAR: number, creditSales: number, daysInPeriod: number): number {
  finite(endingAR, "ending_ar");
  positive(creditSales, "credit_sales");
  positive(daysInPeriod, "days_in_period");
  return (endingAR / creditSales) * daysInPeriod;
}

/**
 * DSO, countback (exhaustion) method: from the newest period back, while the AR left covers the period's credit
 * sales, subtract them and add the period's days; then add ARleft / sales × days of the next period and stop.
 * AR 250,000; sales 100,000 (30 d), 120,000 (31 d), 90,000 (30 d) → 30 + 31 + 30 × 30,000 / 90,000 = 71.
 * When the AR is more than all the sales given, more periods are needed: an error, not a guess.
 */
export function countbackDso(ar: number, periods: readonly { sales: number; days: number }[]): number {
  nonNegative(ar, "ar");
  // Named as AR.DSO.COUNTBACK's arguments, with the period: "sales_newest_first (period 2)".
  if (periods.length === 0)
    throw valueError(
      "countback.noPeriods",
      { name: "sales_newest_first" },
      "sales_newest_first: at least one period of credit sales is needed",
    );
  periods.forEach((p, i) => {
    nonNegative(p.sales, `sales_newest_first (period ${i + 1})`);
    positive(p.days, `days_per_period (period ${i + 1})`);
  });
  let left = ar;
  let days = 0;
  for (const p of periods) {
    if (p.sales > 0 && left < p.sales) return days + (left / p.sales) * p.days;
    left -= p.sales;
    days += p.days;
    if (left === 0) return days;
  }
  throw valueError(
    "countback.notEnough",
    { name: "ar", ar, periods: periods.length, sales: ar - left },
    `ar: the AR (${ar}) is more than all ${periods.length} period(s) of credit sales given (${ar - left}); give more periods of sales to count back`,
  );
}

/** Best possible DSO: currentAR / creditSalesInPeriod × daysInPeriod (current = not yet past due). */
export function bestPossibleDso(currentAR: number, creditSales: number, daysInPeriod: number): number {
  finite(currentAR, "current_ar");
  positive(creditSales, "credit_sales");
  positive(daysInPeriod, "days_in_period");
  return (currentAR / creditSales) * daysInPeriod;
}

/** Average days delinquent: DSO − best possible DSO. */
export function averageDaysDelinquent(
  endingAR: number,
  currentAR: number,
  creditSales: number,
  daysInPeriod: number,
): number {
  if (currentAR > endingAR)
    throw numError(
      "add.currentAboveEnding",
      { current: currentAR, ending: endingAR },
      `current_ar (${currentAR}) is more than ending_ar (${endingAR})`,
    );
  return (
    daysSalesOutstanding(endingAR, creditSales, daysInPeriod) - bestPossibleDso(currentAR, creditSales, daysInPeriod)
  );
}

/**
 * Collection effectiveness index, in percent:
 * (beginAR + creditSales/N − endTotalAR) / (beginAR + creditSales/N − endCurrentAR) × 100, N = months in the period.
 */
export function collectionEffectivenessIndex(
  beginAR: number,
  creditSales: number,
  endTotalAR: number,
  endCurrentAR: number,
  months = 1,
): number {
  nonNegative(beginAR, "begin_ar");
  nonNegative(creditSales, "credit_sales");
  nonNegative(endTotalAR, "end_total_ar");
  nonNegative(endCurrentAR, "end_current_ar");
  if (!Number.isInteger(months) || months < 1)
    throw numError(
      "cei.months",
      { name: "months", value: months },
      `months: ${months} is not a whole number of months of at least 1`,
    );
  if (endCurrentAR > endTotalAR)
    throw numError(
      "cei.currentAboveTotal",
      { current: endCurrentAR, total: endTotalAR },
      `end_current_ar (${endCurrentAR}) is more than end_total_ar (${endTotalAR})`,
    );
  const collectible = beginAR + creditSales / months;
  const denominator = collectible - endCurrentAR;
  if (denominator === 0)
    throw div0Error(
      "cei.zeroDenominator",
      {},
      "begin_ar + credit_sales / months − end_current_ar is 0: the index divides by it",
    );
  return ((collectible - endTotalAR) / denominator) * 100;
}

/** AR turnover: net credit sales / average AR (365 / turnover is the annual DSO). */
export function arTurnover(netCreditSales: number, averageAR: number): number {
  finite(netCreditSales, "net_credit_sales");
  positive(averageAR, "average_ar");
  return netCreditSales / averageAR;
}

function weightedDays(
  amounts: ArrayLike<number>,
  from: ArrayLike<number>,
  to: ArrayLike<number>,
  clampAtZero: boolean,
  names: [string, string],
): number {
  if (from.length !== amounts.length || to.length !== amounts.length) {
    throw valueError(
      "weighted.lengths",
      { from: names[0], to: names[1], amounts: amounts.length, fromCount: from.length, toCount: to.length },
      `amounts, ${names[0]} and ${names[1]} must have the same number of items (${amounts.length}, ${from.length}, ${to.length})`,
    );
  }
  let weight = 0;
  let sum = 0;
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i];
    if (!Number.isFinite(a))
      throw valueError("weighted.notNumber", { index: i + 1 }, `amounts: item ${i + 1} is not a number`);
    if (a <= 0) continue; // credit notes and zero lines carry no payment behaviour
    const d = to[i] - from[i];
    sum += a * (clampAtZero ? Math.max(0, d) : d);
    weight += a;
  }
  if (weight === 0) throw div0Error("weighted.noPositive", {}, "amounts: no positive amount to weight by");
  return sum / weight;
}

/** Weighted average days to pay: Σ(amount × (paid − invoice date)) / Σ amount over paid invoices. */
export function weightedDaysToPay(
  amounts: ArrayLike<number>,
  invoiceDates: ArrayLike<number>,
  paidDates: ArrayLike<number>,
): number {
  return weightedDays(amounts, invoiceDates, paidDates, false, ["invoice_dates", "paid_dates"]);
}

/** Weighted average days late: Σ(amount × max(0, paid − due)) / Σ amount (0 for on-time payments). */
export function weightedDaysLate(
  amounts: ArrayLike<number>,
  dueDates: ArrayLike<number>,
  paidDates: ArrayLike<number>,
): number {
  return weightedDays(amounts, dueDates, paidDates, true, ["due_dates", "paid_dates"]);
}

/** Cash ratio: (cash + cash equivalents) / current liabilities. */
export function cashRatio(cash: number, cashEquivalents: number, currentLiabilities: number): number {
  finite(cash, "cash");
  finite(cashEquivalents, "cash_equivalents");
  positive(currentLiabilities, "current_liabilities");
  return (cash + cashEquivalents) / currentLiabilities;
}

/** Cash conversion cycle: DIO + DSO − DPO. */
export function cashConversionCycle(dio: number, dso: number, dpo: number): number {
  return finite(dio, "dio") + finite(dso, "dso") - finite(dpo, "dpo");
}

/**
 * Cost of forgoing an early-payment discount d/D net N (2/10 net 30): simple annual rate d/(1−d) × 365/(N−D)
 * = 37.24 %; effective (1 + d/(1−d))^(365/(N−D)) − 1 = 44.59 %.
 */
export function discountCost(
  discountRate: number,
  discountDays: number,
  netDays: number,
): { simple: number; effective: number } {
  finite(discountRate, "discount");
  if (discountRate <= 0 || discountRate >= 1)
    throw numError(
      "discount.range",
      { name: "discount", value: discountRate },
      `discount: ${discountRate} must be a fraction between 0 and 1, e.g. 0.02 for 2 %`,
    );
  nonNegative(discountDays, "discount_days");
  finite(netDays, "net_days");
  if (netDays <= discountDays)
    throw numError(
      "discount.netBeforeDiscount",
      { net: netDays, discount: discountDays },
      `net_days (${netDays}) must be later than discount_days (${discountDays})`,
    );
  const perPeriod = discountRate / (1 - discountRate);
  const periods = 365 / (netDays - discountDays);
  return { simple: perPeriod * periods, effective: Math.pow(1 + perPeriod, periods) - 1 };
}
