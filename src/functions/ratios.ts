/* Portfolio ratios as formulas: AR.DSO, AR.DSO.COUNTBACK, AR.BPDSO, AR.ADD, AR.CEI, AR.TURNOVER, AR.WADP, AR.WADL,
 * AR.CASHRATIO, AR.CCC, AR.DISCOUNTCOST, AR.LATEINTEREST. Definitions: Credit Research Foundation (docs/METRICS.md). */
import {
  arTurnover,
  averageDaysDelinquent,
  bestPossibleDso,
  cashConversionCycle,
  cashRatio as cashRatioOf,
  collectionEffectivenessIndex,
  countbackDso,
  daysSalesOutstanding,
  discountCost as discountCostOf,
  lateInterest as lateInterestOf,
  valueError,
  weightedDaysLate,
  weightedDaysToPay,
} from "../engine";
import {
  amountsOf,
  datesOf,
  flatten,
  guard,
  position,
  optionalFlag,
  optionalNumber,
  optionalRate,
  requireSameSize,
  requiredNumber,
} from "./args";

/**
 * Days sales outstanding, period method: ending AR ÷ credit sales in the period × days in the period.
 * @customfunction DSO
 * @param ending_ar Accounts receivable at the end of the period.
 * @param credit_sales Credit sales during the period.
 * @param [days_in_period] Days in the period. Default 90.
 * @returns DSO in days.
 */
export function dso(ending_ar: any, credit_sales: any, days_in_period?: any): number {
  return guard(() =>
    daysSalesOutstanding(
      requiredNumber(ending_ar, "ending_ar"),
      requiredNumber(credit_sales, "credit_sales"),
      optionalNumber(days_in_period, "days_in_period", 90),
    ),
  );
}

/**
 * Days sales outstanding, countback (exhaustion) method: counts back through monthly credit sales, newest first, until the AR is used up.
 * @customfunction DSO.COUNTBACK
 * @param ar Accounts receivable now.
 * @param sales_newest_first Credit sales per period, the most recent period first.
 * @param [days_per_period] Days in each period: one number for all (default 30) or a range the size of sales_newest_first.
 * @returns DSO in days.
 */
export function dsoCountback(ar: any, sales_newest_first: any[][], days_per_period?: any): number {
  return guard(() => {
    const sales = amountsOf(sales_newest_first, "sales_newest_first", false);
    let days: number[];
    if (Array.isArray(days_per_period) && flatten(days_per_period, "days_per_period").values.length > 1) {
      const d = amountsOf(days_per_period, "days_per_period", false);
      requireSameSize(sales.flat, "sales_newest_first", d.flat, "days_per_period");
      days = Array.from(d.numbers);
    } else {
      days = new Array(sales.numbers.length).fill(optionalNumber(days_per_period, "days_per_period", 30));
    }
    return countbackDso(
      requiredNumber(ar, "ar"),
      Array.from(sales.numbers, (s, i) => ({ sales: s, days: days[i] })),
    );
  });
}

/**
 * Best possible DSO: current (not yet due) AR ÷ credit sales in the period × days in the period.
 * @customfunction BPDSO
 * @param current_ar Receivables not yet past due.
 * @param credit_sales Credit sales during the period.
 * @param [days_in_period] Days in the period. Default 90.
 * @returns Best possible DSO in days.
 */
export function bpdso(current_ar: any, credit_sales: any, days_in_period?: any): number {
  return guard(() =>
    bestPossibleDso(
      requiredNumber(current_ar, "current_ar"),
      requiredNumber(credit_sales, "credit_sales"),
      optionalNumber(days_in_period, "days_in_period", 90),
    ),
  );
}

/**
 * Average days delinquent: DSO − best possible DSO.
 * @customfunction ADD
 * @param ending_ar Accounts receivable at the end of the period.
 * @param current_ar The part of it not yet past due.
 * @param credit_sales Credit sales during the period.
 * @param [days_in_period] Days in the period. Default 90.
 * @returns Average days delinquent.
 */
export function add(ending_ar: any, current_ar: any, credit_sales: any, days_in_period?: any): number {
  return guard(() =>
    averageDaysDelinquent(
      requiredNumber(ending_ar, "ending_ar"),
      requiredNumber(current_ar, "current_ar"),
      requiredNumber(credit_sales, "credit_sales"),
      optionalNumber(days_in_period, "days_in_period", 90),
    ),
  );
}

/**
 * Collection effectiveness index in percent: (begin AR + sales/N − end total AR) ÷ (begin AR + sales/N − end current AR) × 100.
 * @customfunction CEI
 * @param begin_ar Receivables at the start of the period.
 * @param credit_sales Credit sales during the period.
 * @param end_total_ar Total receivables at the end of the period.
 * @param end_current_ar Current (not past due) receivables at the end of the period.
 * @param [months] Months in the period (1 for a month, 3 for a quarter). Default 1.
 * @returns CEI in percent (100 = everything collectible was collected).
 */
export function cei(begin_ar: any, credit_sales: any, end_total_ar: any, end_current_ar: any, months?: any): number {
  return guard(() =>
    collectionEffectivenessIndex(
      requiredNumber(begin_ar, "begin_ar"),
      requiredNumber(credit_sales, "credit_sales"),
      requiredNumber(end_total_ar, "end_total_ar"),
      requiredNumber(end_current_ar, "end_current_ar"),
      optionalNumber(months, "months", 1),
    ),
  );
}

/**
 * Accounts receivable turnover: net credit sales ÷ average AR (365 ÷ turnover is the annual DSO).
 * @customfunction TURNOVER
 * @param net_credit_sales Net credit sales of the period.
 * @param average_ar Average receivables of the period.
 * @returns Times receivables turned over.
 */
export function turnover(net_credit_sales: any, average_ar: any): number {
  return guard(() =>
    arTurnover(requiredNumber(net_credit_sales, "net_credit_sales"), requiredNumber(average_ar, "average_ar")),
  );
}

function paidRows(amounts: any[][], fromDates: any[][], paidDates: any[][], fromName: string) {
  const a = amountsOf(amounts, "amounts", false);
  const f = datesOf(fromDates, fromName, { allowMissing: true });
  const p = datesOf(paidDates, "paid_dates", { allowMissing: true });
  requireSameSize(a.flat, "amounts", f.flat, fromName);
  requireSameSize(a.flat, "amounts", p.flat, "paid_dates");
  const keep: number[] = [];
  for (let i = 0; i < a.numbers.length; i++) {
    if (Number.isNaN(p.serials[i])) continue; // still open: not part of paid history
    if (Number.isNaN(f.serials[i])) {
      const at = position(f.flat, i);
      throw valueError(
        "paid.fromMissing",
        { name: fromName, position: at },
        `${fromName}: ${at} is empty but the invoice was paid`,
      );
    }
    keep.push(i);
  }
  if (keep.length === 0)
    throw valueError("paid.none", { name: "paid_dates" }, "paid_dates: no paid invoice (every payment date is blank)");
  return {
    amounts: keep.map((i) => a.numbers[i]),
    from: keep.map((i) => f.serials[i]),
    paid: keep.map((i) => p.serials[i]),
  };
}

/**
 * Weighted average days to pay: Σ(amount × (paid date − invoice date)) ÷ Σ amount, over paid invoices (blank paid date = open, skipped).
 * @customfunction WADP
 * @param amounts Invoice amounts.
 * @param invoice_dates Invoice dates.
 * @param paid_dates Payment dates; blank for open invoices.
 * @returns Weighted average days to pay.
 */
export function wadp(amounts: any[][], invoice_dates: any[][], paid_dates: any[][]): number {
  return guard(() => {
    const r = paidRows(amounts, invoice_dates, paid_dates, "invoice_dates");
    return weightedDaysToPay(r.amounts, r.from, r.paid);
  });
}

/**
 * Weighted average days late: Σ(amount × max(0, paid date − due date)) ÷ Σ amount, over paid invoices.
 * @customfunction WADL
 * @param amounts Invoice amounts.
 * @param due_dates Due dates.
 * @param paid_dates Payment dates; blank for open invoices.
 * @returns Weighted average days late.
 */
export function wadl(amounts: any[][], due_dates: any[][], paid_dates: any[][]): number {
  return guard(() => {
    const r = paidRows(amounts, due_dates, paid_dates, "due_dates");
    return weightedDaysLate(r.amounts, r.from, r.paid);
  });
}

/**
 * Cash ratio: (cash + cash equivalents) ÷ current liabilities.
 * @customfunction CASHRATIO
 * @param cash Cash.
 * @param cash_equivalents Cash equivalents.
 * @param current_liabilities Current liabilities.
 * @returns The cash ratio.
 */
export function cashRatio(cash: any, cash_equivalents: any, current_liabilities: any): number {
  return guard(() =>
    cashRatioOf(
      requiredNumber(cash, "cash"),
      optionalNumber(cash_equivalents, "cash_equivalents", 0),
      requiredNumber(current_liabilities, "current_liabilities"),
    ),
  );
}

/**
 * Cash conversion cycle: days inventory outstanding + DSO − days payables outstanding.
 * @customfunction CCC
 * @param dio Days inventory outstanding.
 * @param dso Days sales outstanding.
 * @param dpo Days payables outstanding.
 * @returns The cash conversion cycle in days.
 */
export function ccc(dio: any, dso: any, dpo: any): number {
  return guard(() =>
    cashConversionCycle(requiredNumber(dio, "dio"), requiredNumber(dso, "dso"), requiredNumber(dpo, "dpo")),
  );
}

/**
 * Annual cost of not taking an early-payment discount d/D net N (2/10 net 30 → 37.24 % simple, 44.59 % effective).
 * @customfunction DISCOUNTCOST
 * @param discount The discount as a fraction or percent (0.02 or 2%).
 * @param discount_days Days within which the discount applies (D).
 * @param net_days Days until the net amount is due (N).
 * @param [effective] TRUE for the effective (compounded) rate; FALSE or omitted for the simple rate.
 * @returns The annual rate as a fraction (format the cell as %).
 */
export function discountCost(discount: any, discount_days: any, net_days: any, effective?: any): number {
  return guard(() => {
    const d = optionalRate(discount, "discount", Number.NaN);
    if (Number.isNaN(d))
      throw valueError(
        "discount.missing",
        { name: "discount" },
        "discount is missing: a fraction such as 0.02 (or 2%) was expected",
      );
    const cost = discountCostOf(
      d,
      requiredNumber(discount_days, "discount_days"),
      requiredNumber(net_days, "net_days"),
    );
    return optionalFlag(effective, "effective", false) ? cost.effective : cost.simple;
  });
}

/**
 * Late-payment interest: open amount × annual rate × days late ÷ 365, plus an optional fixed compensation (e.g. EUR 40 under Directive 2011/7/EU).
 * @customfunction LATEINTEREST
 * @param open_amount The overdue amount.
 * @param annual_rate Annual rate as a fraction or percent (0.1015 or 10.15%).
 * @param days_late Days late (from the day after the due date).
 * @param [fixed_compensation] Fixed sum per invoice. Default 0.
 * @returns Interest (plus compensation), to the cent.
 */
export function lateInterest(open_amount: any, annual_rate: any, days_late: any, fixed_compensation?: any): number {
  return guard(() => {
    const rate = optionalRate(annual_rate, "annual_rate", Number.NaN);
    if (Number.isNaN(rate))
      throw valueError(
        "interest.rateMissing",
        { name: "annual_rate" },
        "annual_rate is missing: a rate such as 0.1015 (or 10.15%) was expected",
      );
    return lateInterestOf(
      requiredNumber(open_amount, "open_amount"),
      rate,
      requiredNumber(days_late, "days_late"),
      optionalNumber(fixed_compensation, "fixed_compensation", 0),
    );
  });
}
