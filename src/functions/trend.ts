/* AR.KPITREND: the portfolio's KPIs at each month-end (src/engine/history/kpiTrend.ts). JSDoc here becomes functions.json. */
import { valueError } from "../engine";
import { trendOfColumns } from "./ledger";
import { guard, isMissing, optionalFlag, optionalNumber } from "./args";
import { labelRow } from "../i18n/functionLabels";
import { functionLanguage } from "./language";

function monthsArg(months: unknown): number {
  if (isMissing(months)) return 12;
  const n = optionalNumber(months, "months", 12);
  if (n !== 12 && n !== 24)
    throw valueError("trend.months", { name: "months", value: n }, `months: ${n} is not 12 or 24`);
  return n;
}

/**
 * The portfolio's KPIs at each of the last 12 (or 24) month-ends up to as_of, oldest first: month end, open AR, overdue share, DSO (period method over 90 days), best possible DSO and average days delinquent. Each row equals the analysis at that month-end. Spills one row per month-end.
 * @customfunction KPITREND
 * @param customers The ledger's customer column.
 * @param amounts Invoice amounts, same size as customers (credit notes negative).
 * @param invoice_dates Invoice dates, same size; an invoice counts from its invoice date.
 * @param due_dates Due dates, same size.
 * @param paid_dates Dates the invoices were settled, same size; blank while open.
 * @param [paid_amounts] Amounts paid, same size; blank with a paid date means paid in full.
 * @param [as_of] The as-of date: the last month-end on or before it is the last row. Default: today.
 * @param [months] 12 (default) or 24 month-ends.
 * @param [with_labels] TRUE to add a header row. Default FALSE.
 * @returns One row per month-end: month end, open AR, overdue share, DSO, best possible DSO, ADD ("" where a ratio is undefined).
 */
export function kpiTrend(
  customers: any[][],
  amounts: any[][],
  invoice_dates: any[][],
  due_dates: any[][],
  paid_dates: any[][],
  paid_amounts?: any[][],
  as_of?: any,
  months?: any,
  with_labels?: boolean,
): any[][] {
  return guard(() => {
    const trendMonths = monthsArg(months);
    const labels = optionalFlag(with_labels, "with_labels", false);
    const a = trendOfColumns({
      customers,
      amounts,
      dueDates: due_dates,
      invoiceDates: invoice_dates,
      paidDates: paid_dates,
      paidAmounts: paid_amounts,
      asOf: as_of,
      trendMonths,
    });
    const blank = (v: number | null) => (v === null ? "" : v);
    const rows: any[][] = a.kpiTrend.points.map((p) => [
      p.monthEnd,
      p.totalOpen,
      p.overdueShare,
      blank(p.dso),
      blank(p.bestPossibleDso),
      blank(p.averageDaysDelinquent),
    ]);
    return labels ? [labelRow("kpiTrend", functionLanguage()), ...rows] : rows;
  });
}
