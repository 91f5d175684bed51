/*
 * The per-customer analysis as formulas: AR.GRADE, AR.CREDITLIMIT, AR.TERMS and AR.FORECAST. Each takes the
 * ledger's columns as ranges of the same size and runs the same analysis as the taskpane (src/engine/analysis).
 * A row the analysis cannot use gives #VALUE! naming the argument and row; fully blank rows (a range longer than
 * the data) and invoices dated after as_of are left out, as in the taskpane.
 */
import {
  type Analysis,
  analyzeLedger,
  type AnalysisSettings,
  analyzeTrend,
  cellText,
  type CustomerAssessment,
  customerKey,
  EngineError,
  type ErrorParams,
  type LedgerField,
  naError,
  type RiskAppetite,
  TERMS_LABELS,
  valueError,
} from "../engine";
import { Hasher, cached, hashArgument } from "./analysisCache";
import { Flat, asOfDate, flatten, guard, isMissing, optionalChoice, optionalFlag, position, sizeError } from "./args";
import { currenciesOf, ratesOf, requireCurrencies, requireOneCurrency, targetCurrency } from "./currencyArgs";

const FIELDS: LedgerField[] = [
  "customer",
  "amount",
  "dueDate",
  "invoiceDate",
  "paidDate",
  "paidAmount",
  "disputed",
  "currency",
];
const ARG_NAMES: Record<string, string> = {
  customer: "customers",
  amount: "amounts",
  dueDate: "due_dates",
  invoiceDate: "invoice_dates",
  paidDate: "paid_dates",
  paidAmount: "paid_amounts",
  disputed: "disputed",
  currency: "currencies",
};
const APPETITES: readonly RiskAppetite[] = ["conservative", "balanced", "growth"];

interface LedgerArgs {
  customers: unknown;
  amounts: unknown;
  dueDates: unknown;
  invoiceDates?: unknown;
  paidDates?: unknown;
  paidAmounts?: unknown;
  disputed?: unknown;
  asOf?: unknown;
  appetite?: unknown;
  /** Month-ends in the KPI trend (12 when omitted). */
  trendMonths?: number;
  /** The amounts' currencies, and the rates (currency, rate) that convert them to one (currencyArgs.ts). */
  currencies?: unknown;
  rates?: unknown;
}

/** Runs the analysis on the columns given; throws #VALUE! naming the first unusable row. */
export function analyzeColumns(args: LedgerArgs): Analysis {
  return onColumns(args, "", (range, settings) => analyzeLedger(range, settings));
}

/** Only the KPI trend of the columns given (AR.KPITREND): the same rows as analyzeColumns, nothing else computed. */
export function trendOfColumns(args: LedgerArgs): Pick<Analysis, "kpiTrend" | "issues"> {
  return onColumns(args, "trend|", (range, settings) => analyzeTrend(range, settings));
}

/** Checks and hashes the columns, then `run` on them (cached by the key, with `kind` in front), or #VALUE! for a bad row. */
function onColumns<T extends Pick<Analysis, "issues">>(
  args: LedgerArgs,
  kind: string,
  run: (range: LedgerRange, settings: AnalysisSettings) => T,
): T {
  const given = [
    args.customers,
    args.amounts,
    args.dueDates,
    args.invoiceDates,
    args.paidDates,
    args.paidAmounts,
    args.disputed,
    args.currencies,
  ].map((a, i) => (i >= 3 && (a === undefined || a === null) ? null : a));
  const currency = currencySettings(args);
  const asOf = asOfDate(args.asOf);
  const riskAppetite = optionalChoice(args.appetite, "risk_appetite", APPETITES, "balanced");
  const trendMonths = args.trendMonths ?? 12;
  const { shapes, base, digest } = hashColumns(given);
  const key = `${kind}${shapes.map((s) => (s ? `${s.rows}x${s.columns}` : "-")).join(",")}:${digest}:${asOf}|${riskAppetite}${trendMonths === 12 ? "" : `|${trendMonths}`}${currency.key}`;
  const { result, bad } = cached(key, () => {
    const cols = given.map((a, i) => (a === null ? null : flatten(a, ARG_NAMES[FIELDS[i]])));
    const a = run(ledgerRange(cols), {
      asOf,
      agingBasis: "due",
      dateOrder: "auto",
      riskAppetite,
      trendMonths,
      headerRow: 0,
      ...currency.settings,
      mapping: { ...mappingOf(cols), invoiceNumber: null, openAmount: null, terms: null, ...NOT_GIVEN },
    });
    return {
      result: a,
      bad: a.issues.find((i) => i.severity === "excluded" && !i.reason.code.startsWith("row.afterAsOf")),
    };
  });
  if (bad) {
    // The row's own reason (code and figures) rides along, so the message can quote it in Chinese too.
    const name = bad.field ? (ARG_NAMES[bad.field] ?? bad.field) : "the ledger";
    const at = position(base, bad.row - 1);
    const params: ErrorParams = ARG_NAMES[bad.field ?? ""] ? { name, position: at } : { setting: name, position: at };
    throw new EngineError("value", `${name}: ${at}: ${bad.reason.text}`, {
      code: "ledger.badRow",
      params,
      detail: bad.reason,
    });
  }
  return result;
}

/**
 * The columns hashed where they lie, with their shapes, all of the customers' size. Keyed on the arguments
 * themselves: a cache hit (the next AR.* formula over the same ledger) copies and builds nothing.
 */
function hashColumns(given: unknown[]): { shapes: (Flat | null)[]; base: Flat; digest: string } {
  const h = new Hasher();
  const shapes = given.map((a, i) => {
    if (a === null) return null;
    const shape = hashArgument(h, a, ARG_NAMES[FIELDS[i]]);
    h.separator();
    return shape;
  });
  const size = (s: Flat) => s.rows * s.columns;
  const base = shapes[0]!;
  shapes.forEach((s, i) => {
    if (s && i > 0 && size(s) !== size(base))
      throw sizeError(ARG_NAMES[FIELDS[i]], size(s), ARG_NAMES.customer, size(base));
  });
  return { shapes, base, digest: h.digest() };
}

const NOT_GIVEN = { localAmount: null, bookedRate: null, insuredLimit: null };

/**
 * The currency settings of the columns: none without currencies; a range mixing currencies with no rates is an
 * error saying so; with rates, the analysis converts each invoice to the one currency the rates are to.
 */
function currencySettings(args: LedgerArgs): { settings: Partial<AnalysisSettings>; key: string } {
  requireCurrencies(args.currencies, args.rates, "rates");
  if (isMissing(args.currencies)) return { settings: {}, key: "" };
  const codes = currenciesOf(args.currencies, "currencies").codes;
  const table = ratesOf(args.rates, "rates", null);
  if (table === null) {
    requireOneCurrency(codes, "currencies");
    return { settings: {}, key: "" };
  }
  const target = targetCurrency(codes, table, null, { rates: "rates" });
  const rates = [...table].map(([currency, rate]) => ({ currency, rate, date: null }));
  const key = `|${target}:${rates.map((r) => `${r.currency}=${r.rate}`).join(";")}`;
  return { settings: { rates, ...(target ? { reportingCurrency: target } : {}) }, key };
}

type LedgerRange = { values: unknown[][]; sheet: string; topLeft: string };

/** The columns given as one range with a header row, the way analyzeLedger reads a selection. */
function ledgerRange(cols: (Flat | null)[]): LedgerRange {
  const present = cols.map((c, i) => (c ? i : -1)).filter((i) => i >= 0);
  const data = present.map((i) => cols[i]!.values);
  const n = cols[0]!.values.length;
  const values = new Array<unknown[]>(n + 1);
  values[0] = present.map((i) => FIELDS[i]);
  for (let r = 0; r < n; r++) {
    const row = new Array<unknown>(data.length);
    for (let c = 0; c < data.length; c++) row[c] = data[c][r];
    values[r + 1] = row;
  }
  return { values, sheet: "Formula", topLeft: "A1" };
}

function mappingOf(cols: (Flat | null)[]): Partial<Record<LedgerField, number | null>> {
  let next = 0;
  return Object.fromEntries(FIELDS.map((f, i) => [f, cols[i] ? next++ : null]));
}

function perCustomer<T>(customer: unknown, analysis: Analysis, pick: (c: CustomerAssessment) => T): T[][] {
  const wanted = flatten(customer, "customer");
  // By key, so "上海贸易(集团)" finds the customer the ledger also writes "上海贸易（集团）".
  const byName = new Map(analysis.customers.map((c) => [customerKey(c.customer), c]));
  const out: T[] = wanted.values.map((v, i) => {
    if (isMissing(v)) {
      const at = position(wanted, i);
      throw valueError(
        "customer.empty",
        { name: "customer", position: at },
        `customer: ${at} is empty: give a customer name`,
      );
    }
    const c = byName.get(customerKey(cellText(v)));
    if (!c)
      throw naError(
        "customer.notFound",
        { name: "customer", value: cellText(v), range: "customers" },
        `customer: "${cellText(v)}" has no usable invoices in the customers range`,
      );
    return pick(c);
  });
  const rows: T[][] = [];
  for (let r = 0; r < wanted.rows; r++) rows.push(out.slice(r * wanted.columns, (r + 1) * wanted.columns));
  return rows;
}

/**
 * Risk grade 1 (lowest risk) to 10 (highest) of a customer, from how it pays in the ledger (days late and share paid late, shrunk toward the ledger's own figures for a short history; trend, overdue balance, disputes). Exposure is not in the grade. Spills when several customers are given.
 * @customfunction GRADE
 * @param customer The customer (or a range of customers) to grade.
 * @param customers The ledger's customer column.
 * @param amounts Invoice amounts, same size as customers (credit notes negative).
 * @param due_dates Due dates, same size.
 * @param [invoice_dates] Invoice dates, same size. Used for history and days to pay.
 * @param [paid_dates] Dates the invoices were settled, same size; blank while open.
 * @param [paid_amounts] Amounts paid, same size; blank with a paid date means paid in full.
 * @param [disputed] Disputed flags (Yes/No, TRUE/FALSE, 是/否), same size.
 * @param [as_of] The as-of date. Default: today.
 * @returns The grade, 1 to 10.
 */
export function grade(
  customer: any[][],
  customers: any[][],
  amounts: any[][],
  due_dates: any[][],
  invoice_dates?: any[][],
  paid_dates?: any[][],
  paid_amounts?: any[][],
  disputed?: any[][],
  as_of?: any,
): number[][] {
  return guard(() => {
    const a = analyzeColumns({
      customers,
      amounts,
      dueDates: due_dates,
      invoiceDates: invoice_dates,
      paidDates: paid_dates,
      paidAmounts: paid_amounts,
      disputed,
      asOf: as_of,
    });
    return perCustomer(customer, a, (c) => c.grade);
  });
}

/**
 * Recommended credit limit of a customer: its highest balance in the last 12 months plus 20 % headroom, times a factor for its grade (0 for letter of credit or cash in advance), never below what it owes on terms today.
 * @customfunction CREDITLIMIT
 * @param customer The customer (or a range of customers).
 * @param customers The ledger's customer column.
 * @param amounts Invoice amounts, same size as customers.
 * @param due_dates Due dates, same size.
 * @param [invoice_dates] Invoice dates, same size.
 * @param [paid_dates] Settled dates, same size; blank while open.
 * @param [paid_amounts] Amounts paid, same size.
 * @param [disputed] Disputed flags, same size.
 * @param [as_of] The as-of date. Default: today.
 * @param [risk_appetite] "conservative", "balanced" (default) or "growth".
 * @returns The recommended limit, in the ledger's currency.
 */
export function creditLimit(
  customer: any[][],
  customers: any[][],
  amounts: any[][],
  due_dates: any[][],
  invoice_dates?: any[][],
  paid_dates?: any[][],
  paid_amounts?: any[][],
  disputed?: any[][],
  as_of?: any,
  risk_appetite?: string,
): number[][] {
  return guard(() => {
    const a = analyzeColumns({
      customers,
      amounts,
      dueDates: due_dates,
      invoiceDates: invoice_dates,
      paidDates: paid_dates,
      paidAmounts: paid_amounts,
      disputed,
      asOf: as_of,
      appetite: risk_appetite,
    });
    return perCustomer(customer, a, (c) => c.creditLimit.amount);
  });
}

/**
 * Recommended payment terms of a customer for its grade: Net 60, Net 45, Net 30, Net 15, Net 15 with 30 % deposit, letter of credit or cash in advance.
 * @customfunction TERMS
 * @param customer The customer (or a range of customers).
 * @param customers The ledger's customer column.
 * @param amounts Invoice amounts, same size as customers.
 * @param due_dates Due dates, same size.
 * @param [invoice_dates] Invoice dates, same size.
 * @param [paid_dates] Settled dates, same size; blank while open.
 * @param [paid_amounts] Amounts paid, same size.
 * @param [disputed] Disputed flags, same size.
 * @param [as_of] The as-of date. Default: today.
 * @param [risk_appetite] "conservative", "balanced" (default) or "growth".
 * @returns The terms, e.g. "Net 30".
 */
export function terms(
  customer: any[][],
  customers: any[][],
  amounts: any[][],
  due_dates: any[][],
  invoice_dates?: any[][],
  paid_dates?: any[][],
  paid_amounts?: any[][],
  disputed?: any[][],
  as_of?: any,
  risk_appetite?: string,
): string[][] {
  return guard(() => {
    const a = analyzeColumns({
      customers,
      amounts,
      dueDates: due_dates,
      invoiceDates: invoice_dates,
      paidDates: paid_dates,
      paidAmounts: paid_amounts,
      disputed,
      asOf: as_of,
      appetite: risk_appetite,
    });
    return perCustomer(customer, a, (c) => TERMS_LABELS[c.terms.code]);
  });
}

/**
 * Expected collections for each of the 13 weeks after the as-of date (week 1 starts the next day): each open invoice spread over its customer's habit of paying before or after the due date, long-overdue amounts at a lower probability, disputed ones at the ledger's own disputed collection rate. Spills 13 rows.
 * @customfunction FORECAST
 * @param customers The ledger's customer column.
 * @param amounts Invoice amounts, same size as customers.
 * @param due_dates Due dates, same size.
 * @param [invoice_dates] Invoice dates, same size.
 * @param [paid_dates] Settled dates, same size; blank while open.
 * @param [paid_amounts] Amounts paid, same size.
 * @param [disputed] Disputed flags, same size (disputed amounts are not forecast).
 * @param [as_of] The as-of date. Default: today.
 * @param [with_dates] TRUE to add a first column with each week's start date. Default FALSE.
 * @param [currencies] The invoices' currencies (USD, 美元…), same size. Invoices in several currencies need rates: they are never added as they stand.
 * @param [rates] Two columns: currency and its rate to the one currency the forecast is in (7.19 for USD to CNY). Each invoice is converted to the cent.
 * @returns 13 weekly amounts (a column).
 */
export function forecast(
  customers: any[][],
  amounts: any[][],
  due_dates: any[][],
  invoice_dates?: any[][],
  paid_dates?: any[][],
  paid_amounts?: any[][],
  disputed?: any[][],
  as_of?: any,
  with_dates?: boolean,
  currencies?: any[][],
  rates?: any[][],
): any[][] {
  return guard(() => {
    const a = analyzeColumns({
      customers,
      amounts,
      dueDates: due_dates,
      invoiceDates: invoice_dates,
      paidDates: paid_dates,
      paidAmounts: paid_amounts,
      disputed,
      asOf: as_of,
      currencies,
      rates,
    });
    const dates = optionalFlag(with_dates, "with_dates", false);
    return a.forecast.weeks.map((w) => (dates ? [w.start, w.expected] : [w.expected]));
  });
}
