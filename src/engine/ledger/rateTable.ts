/**
 * The rates table the user keeps in the workbook: one row per currency — the currency (ISO code or its Chinese name),
 * the rate to the reporting currency (reporting-currency units per unit, USD 7.19 to CNY) and the date of the rate.
 * Read from a range the user selects, or from the rates typed in the pane and saved with the workbook; every row is
 * validated when read: a bad one is set aside with a message naming its cell and what was expected. A currency given
 * twice takes the rate of its latest date. Nothing is fetched from outside the workbook.
 */
import { cellText, isBlank, parseNumber } from "../core/cells";
import { isoFromSerial, parseDate } from "../core/dates";
import { isoCurrency } from "../model/currencyNames";
import type { RateEntry } from "../model/rates";
import { reason } from "../model/reason";
import type { Reason } from "../model/types";

export interface RateTableRead {
  rates: RateEntry[];
  /** The rows set aside (and a currency given twice), each naming its cell. */
  problems: Reason[];
}

export interface RateTableOptions {
  reportingCurrency: string;
  /** The address of a cell of the table (row and column within it), for the messages. */
  at: (row: number, column: number) => string;
}

const HEADER = /^(currency|ccy|curr|币种|货币|币别)$/i;
const CODE = /^[A-Z]{3}$/;

/** The rates of a range of rows (currency, rate, date); a header row on top is passed over. */
export function rateTable(rows: readonly (readonly unknown[])[], options: RateTableOptions): RateTableRead {
  const problems: Reason[] = [];
  const read: RateEntry[] = [];
  rows.forEach((row, r) => {
    if (row.every(isBlank) || (r === 0 && HEADER.test(cellText(row[0])))) return;
    const entry = rateRow(row, (c) => options.at(r, c), isoCurrency(options.reportingCurrency));
    if ("problem" in entry) problems.push(entry.problem);
    else if (entry.rate !== null) read.push(entry.rate);
  });
  return { rates: latestPerCurrency(read, problems), problems };
}

/** One row: its entry, null for the reporting currency at 1 (nothing to convert), or the problem that sets it aside. */
function rateRow(
  row: readonly unknown[],
  at: (column: number) => string,
  reporting: string,
): { rate: RateEntry | null } | { problem: Reason } {
  const written = cellText(row[0]);
  const currency = isoCurrency(written);
  if (!CODE.test(currency)) {
    const text = `${at(0)}: "${written}" is not a currency code (three letters, such as USD, or a name such as 美元)`;
    return { problem: reason("rates.badCurrency", { cell: at(0), value: written }, text) };
  }
  const n = typeof row[1] === "number" ? { ok: true as const, value: row[1] } : parseNumber(row[1]);
  if (!n.ok || !Number.isFinite(n.value) || n.value <= 0) {
    const value = cellText(row[1]);
    const text = `${at(1)}: the rate of ${currency} is "${value}": a number above 0 was expected`;
    return { problem: reason("rates.badRate", { cell: at(1), currency, value }, text) };
  }
  let date: number | null = null;
  if (!isBlank(row[2])) {
    const d = parseDate(row[2]);
    if (!d.ok) {
      const value = cellText(row[2]);
      const text = `${at(2)}: the date of the ${currency} rate is "${value}": a date was expected (or leave it blank)`;
      return { problem: reason("rates.badDate", { cell: at(2), currency, value }, text) };
    }
    date = d.value;
  }
  if (currency !== reporting) return { rate: { currency, rate: n.value, date } };
  if (n.value === 1) return { rate: null };
  const text = `${at(1)}: ${currency} is the reporting currency: its rate is 1, not ${n.value}`;
  return { problem: reason("rates.reportingNotOne", { cell: at(1), currency, value: n.value }, text) };
}

/** One rate per currency: the latest date's (a blank date counts as earliest); a repeat is said once per currency. */
function latestPerCurrency(entries: RateEntry[], problems: Reason[]): RateEntry[] {
  const best = new Map<string, RateEntry>();
  const repeated = new Set<string>();
  for (const e of entries) {
    const known = best.get(e.currency);
    if (known) repeated.add(e.currency);
    if (!known || (e.date ?? -1) >= (known.date ?? -1)) best.set(e.currency, e);
  }
  for (const currency of repeated) {
    const used = best.get(currency)!;
    const date = used.date === null ? "" : isoFromSerial(used.date);
    const text = `${currency} is given more than once: the rate of the latest date is used (${used.rate}${date ? ` of ${date}` : ""})`;
    problems.push(reason("rates.repeated", { currency, rate: used.rate, date }, text));
  }
  return [...best.values()];
}

/** Rates saved in the workbook's settings (typed in the pane), validated as a range's rows: entry n named "rate n". */
export function storedRates(value: unknown, reportingCurrency: string): RateTableRead {
  if (value === undefined || value === null) return { rates: [], problems: [] };
  if (!Array.isArray(value)) {
    const text = "the saved rates are not a list: they are ignored; type the rates again";
    return { rates: [], problems: [reason("rates.notList", {}, text)] };
  }
  const rows: unknown[][] = [];
  const problems: Reason[] = [];
  value.forEach((v, i) => {
    const entry = v as Partial<RateEntry> | null;
    if (typeof entry === "object" && entry !== null && "currency" in entry && "rate" in entry) {
      rows.push([entry.currency, entry.rate, entry.date ?? ""]);
    } else {
      rows.push([]);
      const text = `rate ${i + 1}: not a saved rate (currency, rate, date): set aside`;
      problems.push(reason("rates.badEntry", { cell: `rate ${i + 1}` }, text));
    }
  });
  const read = rateTable(rows, { reportingCurrency, at: (r) => `rate ${r + 1}` });
  const all = [...read.problems, ...problems].sort((a, b) => order(a) - order(b));
  return { rates: read.rates, problems: all };
}

const order = (p: Reason) => Number(/\d+/.exec(String(p.params.cell ?? ""))?.[0] ?? 0);
