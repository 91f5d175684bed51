/* AR.AGING, AR.AGINGBUCKET, AR.DAYSLATE: aging of open items. JSDoc here becomes functions.json. */
import {
  agingTotals,
  agingTotalsOfColumns,
  bucketIndex,
  bucketLabels,
  defaultEdges,
  validateEdges,
  valueError,
} from "../engine";
import {
  type Flat,
  amountsOf,
  asOfDate,
  datesOf,
  flatten,
  guard,
  isMissing,
  optionalChoice,
  position,
  requireSameSize,
  reshape,
  wholeNumbersOf,
} from "./args";
import {
  convertEach,
  currenciesOf,
  ratesOf,
  requireCurrencies,
  requireOneCurrency,
  targetCurrency,
} from "./currencyArgs";
import { agingLabelRow } from "../i18n/functionLabels";
import { functionLanguage } from "./language";

const BASES = ["due", "invoice"] as const;

function isColumn(arg: unknown): arg is unknown[][] {
  return Array.isArray(arg) && arg.length > 0 && Array.isArray(arg[0]) && (arg[0] as unknown[]).length === 1;
}

function edgesArg(edges: unknown, basis: "due" | "invoice"): number[] {
  const list =
    isMissing(edges) || (Array.isArray(edges) && flatten(edges, "edges").values.every(isMissing))
      ? defaultEdges(basis)
      : wholeNumbersOf(edges, "edges");
  validateEdges(list, { name: "edges" });
  return list;
}

/**
 * Totals open amounts into aging buckets: Current, 1-30, 31-60, 61-90, 91+ days past due (or by invoice date).
 * Only the open amount ages (amount − paid); credit notes reduce their bucket. The totals add up to the open total.
 * @customfunction AGING
 * @param open_amounts Invoice amounts (or open amounts), one per invoice.
 * @param due_dates Due dates (or invoice dates when basis is "invoice"), same size as open_amounts.
 * @param [as_of] Date to age to. Default: today (pass TODAY() to follow the calendar).
 * @param [edges] Bucket edges in days, ascending whole numbers. Default 0,30,60,90 (due) or 30,60,90 (invoice).
 * @param [paid_amounts] Amounts already paid, subtracted from open_amounts. Same size as open_amounts.
 * @param [basis] "due" (days past due, default) or "invoice" (days since invoice date).
 * @param [with_labels] TRUE to return the bucket labels above the totals.
 * @param [currencies] The amounts' currencies (USD, 美元…), same size as open_amounts. Amounts in several currencies need rates: they are never added as they stand.
 * @param [rates] Two columns: currency and its rate to the one currency the totals are in (7.19 for USD to CNY). Each amount is converted to the cent, then aged.
 * @returns One row of bucket totals (two rows with labels).
 */
export function aging(
  open_amounts: any[][],
  due_dates: any[][],
  as_of?: any,
  edges?: any[][],
  paid_amounts?: any[][],
  basis?: string,
  with_labels?: boolean,
  currencies?: any[][],
  rates?: any[][],
): any[][] {
  return guard(() => {
    const b = optionalChoice(basis, "basis", BASES, "due");
    const e = edgesArg(edges, b);
    const asOf = asOfDate(as_of);
    requireCurrencies(currencies, rates, "rates");
    const oneCurrency = isMissing(currencies);
    if (oneCurrency && isMissing(paid_amounts) && isColumn(open_amounts) && isColumn(due_dates)) {
      const fast = agingTotalsOfColumns(open_amounts, due_dates, asOf, e);
      if (fast)
        return with_labels ? [agingLabelRow(bucketLabels(e, b), functionLanguage()), fast.totals] : [fast.totals];
    }
    const amounts = amountsOf(open_amounts, "open_amounts");
    const dates = datesOf(due_dates, b === "due" ? "due_dates" : "invoice_dates", { allowMissing: true });
    requireSameSize(amounts.flat, "open_amounts", dates.flat, "due_dates");
    const open = amounts.numbers;
    if (!isMissing(paid_amounts)) {
      const paid = amountsOf(paid_amounts, "paid_amounts");
      requireSameSize(amounts.flat, "open_amounts", paid.flat, "paid_amounts");
      for (let i = 0; i < open.length; i++) open[i] -= paid.numbers[i];
    }
    if (!oneCurrency) open.set(inOneCurrency({ flat: amounts.flat, numbers: open }, currencies, rates));
    for (let i = 0; i < open.length; i++) {
      if (open[i] !== 0 && Number.isNaN(dates.serials[i])) {
        const at = position(dates.flat, i);
        throw valueError(
          "aging.dateMissing",
          { name: "due_dates", position: at, amount: open[i] },
          `due_dates: ${at} is empty but its amount is ${open[i]}: every open amount needs a date`,
        );
      }
    }
    const { totals } = agingTotals(open, dates.serials, asOf, e);
    return with_labels ? [agingLabelRow(bucketLabels(e, b), functionLanguage()), totals] : [totals];
  });
}

/** Open amounts in several currencies, each converted to the cent at its rate; mixed without rates is an error. */
function inOneCurrency(open: { flat: Flat; numbers: Float64Array }, currencies: unknown, rates: unknown): Float64Array {
  const codes = currenciesOf(currencies, "currencies");
  const table = ratesOf(rates, "rates", null);
  if (table === null) {
    requireSameSize(open.flat, "open_amounts", codes.flat, "currencies");
    requireOneCurrency(codes.codes, "currencies");
    return open.numbers;
  }
  const target = targetCurrency(codes.codes, table, null, { rates: "rates" });
  return convertEach(open, codes, table, target, { amounts: "open_amounts", currencies: "currencies", rates: "rates" });
}

/**
 * The aging bucket of each invoice, e.g. "31-60". Spills in the shape of the dates given; a blank date gives a blank.
 * @customfunction AGINGBUCKET
 * @param due_dates Due dates (or invoice dates when basis is "invoice").
 * @param [as_of] Date to age to. Default: today.
 * @param [edges] Bucket edges in days, ascending whole numbers. Default 0,30,60,90 (due) or 30,60,90 (invoice).
 * @param [basis] "due" (default) or "invoice".
 * @returns A bucket label per date.
 */
export function agingBucket(due_dates: any[][], as_of?: any, edges?: any[][], basis?: string): any[][] {
  return guard(() => {
    const b = optionalChoice(basis, "basis", BASES, "due");
    const e = edgesArg(edges, b);
    const labels = bucketLabels(e, b);
    const asOf = asOfDate(as_of);
    const dates = datesOf(due_dates, "due_dates", { allowMissing: true });
    const out = Array.from(dates.serials, (d) => (Number.isNaN(d) ? "" : labels[bucketIndex(asOf - d, e)]));
    return reshape(out, dates.flat);
  });
}

/**
 * Days late of each invoice: for a paid invoice max(0, paid date − due date); for an open one max(0, as_of − due date).
 * Spills in the shape of the due dates; a blank due date gives a blank.
 * @customfunction DAYSLATE
 * @param due_dates Due dates.
 * @param [paid_dates] Payment dates, same size as due_dates; blank = still open.
 * @param [as_of] Date open invoices are measured to. Default: today.
 * @returns Days late per invoice (0 = on time or not yet due).
 */
export function daysLate(due_dates: any[][], paid_dates?: any[][], as_of?: any): any[][] {
  return guard(() => {
    const asOf = asOfDate(as_of);
    const due = datesOf(due_dates, "due_dates", { allowMissing: true });
    let paid: Float64Array | null = null;
    if (!isMissing(paid_dates)) {
      const p = datesOf(paid_dates, "paid_dates", { allowMissing: true });
      requireSameSize(due.flat, "due_dates", p.flat, "paid_dates");
      paid = p.serials;
    }
    const out = Array.from(due.serials, (d, i) => {
      if (Number.isNaN(d)) return "";
      const end = paid && !Number.isNaN(paid[i]) ? paid[i] : asOf;
      return Math.max(0, end - d);
    });
    return reshape<number | string>(out, due.flat);
  });
}
