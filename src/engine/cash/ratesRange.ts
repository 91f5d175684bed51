/**
 * A rates table (汇率表) read from a range the user selects, for the cash plan: a header row naming a currency column
 * (Currency / 币种), a rate column (Rate to CNY / 兑人民币汇率 / 汇率) and an optional date column, then one rate per
 * row — reporting-currency units per unit of the currency (docs/METRICS.md, "Several currencies"). The reporting
 * currency is the one the rate header names (a three-letter code, or 人民币), else the one given. Every row below
 * the header is a rate, a blank row or an issue with its cell address; a currency listed twice keeps its first rate.
 */
import { cellText, isBlank, parseNumber } from "../core/cells";
import { parseDate } from "../core/dates";
import { valueError } from "../core/errors";
import { addressMaker } from "../ledger/addresses";
import type { RateEntry, RateTable } from "../model/rates";
import { reason } from "../model/reason";
import type { RowIssue } from "../model/types";

export interface RatesFromRange {
  table: RateTable;
  issues: RowIssue[];
  blankRows: number;
}

const key = (v: unknown) =>
  cellText(v)
    .toLowerCase()
    .replace(/[\s_：:]/g, "");
const CURRENCY_HEADERS = ["currency", "ccy", "code", "币种", "币别", "货币"];
const DATE_HEADERS = ["date", "ratedate", "asof", "日期", "汇率日期"];
const isRateHeader = (k: string) => k.startsWith("rate") || k.includes("汇率") || k === "fxrate";
const CHINESE_NAMES: Record<string, string> = { 人民币: "CNY", 美元: "USD", 欧元: "EUR", 港币: "HKD", 日元: "JPY" };

/** The reporting currency a rate header names: "Rate to CNY", "兑人民币汇率"; null when it names none. */
function reportingOf(header: string): string | null {
  const code = /\b([A-Z]{3})\b/.exec(header.toUpperCase().replace(/[^A-Z]+/g, " "));
  if (code && !["TO", "PER"].includes(code[1]) && code[1] !== "FX") return code[1];
  for (const [name, iso] of Object.entries(CHINESE_NAMES)) if (header.includes(name)) return iso;
  return null;
}

export function readRatesRange(
  values: readonly (readonly unknown[])[],
  sheet: string,
  topLeft: string,
  fallbackReporting: string,
): RatesFromRange {
  const header = values[0] ?? [];
  const at = addressMaker(sheet, topLeft);
  const keys = header.map(key);
  const currencyCol = keys.findIndex((k) => CURRENCY_HEADERS.includes(k));
  const rateCol = keys.findIndex(isRateHeader);
  const dateCol = keys.findIndex((k) => DATE_HEADERS.includes(k));
  if (currencyCol < 0 || rateCol < 0)
    throw valueError(
      "rates.noColumns",
      { cell: at(0, 0) },
      `rates: the header row ${at(0, 0)} needs a currency column (币种) and a rate column (汇率), e.g. Currency, Rate to CNY, Date`,
    );
  const reporting = reportingOf(cellText(header[rateCol])) ?? fallbackReporting.trim().toUpperCase();
  const rates: RateEntry[] = [];
  const issues: RowIssue[] = [];
  let blankRows = 0;
  for (let r = 1; r < values.length; r++) {
    const row = values[r] ?? [];
    if (row.every((v) => isBlank(v))) blankRows++;
    else
      readRateRow(row, r, { currencyCol, rateCol, dateCol }, rates, ({ column, ...issue }) =>
        issues.push({ ...issue, address: at(r, column) }),
      );
  }
  return { table: { reportingCurrency: reporting, rates }, issues, blankRows };
}

/** A rates table read back from the workbook, checked; null when it is not one (then no rates are used). */
export function readStoredRates(stored: unknown): RateTable | null {
  if (!stored || typeof stored !== "object") return null;
  const t = stored as Partial<RateTable>;
  if (typeof t.reportingCurrency !== "string" || !/^[A-Z]{3}$/.test(t.reportingCurrency)) return null;
  if (!Array.isArray(t.rates)) return null;
  const ok = (e: RateEntry) =>
    !!e &&
    typeof e.currency === "string" &&
    /^[A-Z]{3}$/.test(e.currency) &&
    typeof e.rate === "number" &&
    Number.isFinite(e.rate) &&
    e.rate > 0 &&
    (e.date === null || typeof e.date === "number");
  return t.rates.every(ok) ? { reportingCurrency: t.reportingCurrency, rates: t.rates } : null;
}

interface RateIssue {
  column: number;
  code: string;
  value: string;
  text: string;
  warning?: boolean;
}

/** One data row: a rate added to `rates`, or an issue (a bad date is a warning: the rate is still used). */
function readRateRow(
  row: readonly unknown[],
  r: number,
  cols: { currencyCol: number; rateCol: number; dateCol: number },
  rates: RateEntry[],
  report: (issue: Omit<RowIssue, "address"> & { column: number }) => void,
): void {
  const problem = (p: RateIssue) =>
    report({
      row: r,
      column: p.column,
      field: null,
      severity: p.warning ? "warning" : "excluded",
      reason: reason(p.code, { value: p.value }, p.text),
    });
  const { currencyCol, rateCol, dateCol } = cols;
  const shown = cellText(row[currencyCol]).trim();
  const code = shown.toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) {
    const text = `rates: "${shown}" is not a three-letter currency code`;
    return problem({ column: currencyCol, code: "cash.rates.badCurrency", value: shown, text });
  }
  if (rates.some((e) => e.currency === code)) {
    const text = `rates: ${code} is listed again; its first rate is used`;
    return problem({ column: currencyCol, code: "cash.rates.duplicate", value: code, text });
  }
  const rate = parseNumber(row[rateCol]);
  if (!rate.ok || !(rate.value > 0)) {
    const value = cellText(row[rateCol]);
    return problem({
      column: rateCol,
      code: "cash.rates.badRate",
      value,
      text: `rates: ${code}: "${value}" is not a rate above 0`,
    });
  }
  const date = dateCol >= 0 && !isBlank(row[dateCol]) ? parseDate(row[dateCol]) : null;
  if (date && !date.ok) {
    const value = cellText(row[dateCol]);
    const text = `rates: ${code}: "${value}" is not a date; the rate is used`;
    problem({ column: dateCol, code: "cash.rates.badDate", value, text, warning: true });
  }
  rates.push({ currency: code, rate: rate.value, date: date?.ok ? date.value : null });
}
