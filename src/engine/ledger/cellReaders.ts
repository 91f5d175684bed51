/**
 * How parseLedger.ts reads one cell: a date, an amount, a terms text, a yes/no flag, a currency code. No object per
 * cell (a ledger may have a million rows), and a text met again (a handful of terms, flags and currencies) is read
 * once.
 */
import { cellText, isBlank, parseFlag, parseMoney } from "../core/cells";
import { DateOrder, parseDate } from "../core/dates";
import type { Parsed } from "../core/errors";
import { isEndOfMonthTerms, parseTermsDays } from "./terms";

/** The largest amount a row may hold (±1e13): beyond it the row is excluded as a mistyped cell. */
export const MAX_AMOUNT = 1e13;

/**
 * An amount beyond ±1e13 (ten trillion) is no ledger's amount: a mistyped cell or a serial number read as money.
 * Its cents would also leave the exactly-representable integers once summed. True too for NaN.
 */
export const tooLarge = (amount: number): boolean => !(Math.abs(amount) <= MAX_AMOUNT);

/** A row whose every cell is blank. */
export function isBlankRow(row: readonly unknown[]): boolean {
  for (let c = 0; c < row.length; c++) if (!isBlank(row[c])) return false;
  return true;
}

/** A date cell: its serial, null when blank, or (text) why it cannot be read. */
export function dateCell(v: unknown, order: DateOrder): number | null | string {
  if (typeof v === "number" && v >= 1 && v < 2958466) return Math.floor(v);
  if (isBlank(v) || v === 0) return null;
  const p = parseDate(v, order);
  return p.ok ? p.value : p.problem;
}

/** An amount cell: the amount, or (text) why it cannot be read (core/cells.ts parseMoney). */
export function moneyCell(v: unknown): number | string {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  const m = parseMoney(v);
  return m.ok ? m.value : m.problem;
}

/** Terms cells read once per text: their days, and whether they count from the end of the month. */
export function termsReader() {
  const read = new Map<string, { days: Parsed<number>; monthEnd: boolean }>();
  const readText = (v: string) => {
    let t = read.get(v);
    if (!t) read.set(v, (t = { days: parseTermsDays(v), monthEnd: isEndOfMonthTerms(v) }));
    return t;
  };
  // The text termsOf read last: a row asks fromMonthEnd of the same cell right after (no second look-up per row).
  let lastText: string | null = null;
  let lastMonthEnd = false;
  const termsOf = (v: unknown): Parsed<number> => {
    if (typeof v !== "string") return parseTermsDays(v);
    const t = readText(v);
    lastText = v;
    lastMonthEnd = t.monthEnd;
    return t.days;
  };
  const fromMonthEnd = (v: unknown): boolean => {
    if (typeof v !== "string") return false;
    return v === lastText ? lastMonthEnd : readText(v).monthEnd;
  };
  return { termsOf, fromMonthEnd };
}

/** Yes/no cells (the disputed flag) read once per value (core/cells.ts parseFlag). */
export function flagReader(): (v: unknown) => Parsed<boolean> {
  const flags = new Map<unknown, Parsed<boolean>>();
  return (v) => {
    let f = flags.get(v);
    if (!f) flags.set(v, (f = parseFlag(v)));
    return f;
  };
}

/** Currency cells read once per value: the code in capitals, null when blank. */
export function currencyReader(): (v: unknown) => string | null {
  const codes = new Map<unknown, string | null>();
  return (v) => {
    let c = codes.get(v);
    if (c === undefined) codes.set(v, (c = cellText(v).toUpperCase() || null));
    return c;
  };
}
