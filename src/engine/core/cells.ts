/**
 * Cell values as Excel hands them over (numbers, strings, booleans, "" or null for empty, "#N/A"-style error text)
 * turned into typed values. A value that cannot be used comes back as a problem saying what was found and what
 * was expected; nothing is guessed silently.
 */
import { Parsed, fail, ok } from "./errors";

export type CellValue = number | string | boolean | null | undefined | Date;

export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined || value === "") return true;
  if (typeof value !== "string") return false;
  // Text starting with a printable ASCII character (33–126) is not blank: no trim for most cells of a big ledger.
  const first = value.charCodeAt(0);
  return (first <= 32 || first > 126) && value.trim() === "";
}

export function isErrorText(value: unknown): boolean {
  return (
    typeof value === "string" &&
    /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA|BUSY!|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!)/i.test(
      value.trim(),
    )
  );
}

/** Short quoted description of a cell value, for messages. */
export function describe(value: unknown): string {
  if (value === null || value === undefined || value === "") return "an empty cell";
  if (typeof value === "string") return `"${value.length > 40 ? value.slice(0, 40) + "…" : value}"`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

// Currency signs and codes a ledger may carry in its amount cells.
const CURRENCY_MARKS = /(CNY|RMB|USD|EUR|GBP|JPY|HKD|US\$|HK\$|[¥￥$€£元]|人民币)/gi;

/** Thousands separators a number may be written with: comma, space, no-break spaces, apostrophe (Swiss 1'234). */
const GROUPED = /^\d{1,3}(?:([,\s\u00a0\u202f'])\d{3})(?:\1\d{3})*(?:\.\d*)?$/;
const PLAIN = /^(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;
const DECIMAL_COMMA = ": commas must separate thousands (1,234.50); a decimal comma is not read";

/**
 * Unsigned number text to plain digits: separators are accepted only between groups of three digits, all the same
 * separator ("1,234,567.50", "1 234 567", "1'234"); "12 34" or "1,2,3" is refused, and "12,5" or "1.234,50" — a
 * decimal comma — is refused with the reason (reading it as thousands would change the figure silently).
 */
export function plainDigits(text: string): { ok: true; text: string } | { ok: false; decimalComma: boolean } {
  if (PLAIN.test(text)) return { ok: true, text };
  if (GROUPED.test(text)) return { ok: true, text: text.replace(/[,\s\u00a0\u202f']/g, "") };
  return { ok: false, decimalComma: text.includes(",") };
}

/**
 * Reads a number for a count, days or a rate (every numeric argument of the AR.* functions): a number, or text with
 * an optional sign, thousands separators in valid groups only, an exponent ("1e-15") or a percent sign ("2.5%" →
 * 0.025). A decimal comma is refused with the reason.
 */
export function parseNumber(value: unknown): Parsed<number> {
  if (typeof value === "number")
    return Number.isFinite(value) ? ok(value) : fail("a number was expected, found a non-finite value");
  if (typeof value === "boolean") return fail(`a number was expected, found ${value ? "TRUE" : "FALSE"}`);
  if (isBlank(value)) return fail("a number was expected, found an empty cell");
  if (typeof value !== "string") return fail(`a number was expected, found ${describe(value)}`);
  if (isErrorText(value)) return fail(`the cell holds the error ${value.trim()}, a number was expected`);
  let text = value.trim();
  const percent = text.endsWith("%");
  if (percent) text = text.slice(0, -1).trim();
  const negative = text.startsWith("-");
  if (negative || text.startsWith("+")) text = text.slice(1).trim();
  const digits = plainDigits(text);
  if (!digits.ok)
    return fail(`a number was expected, found ${describe(value)}${digits.decimalComma ? DECIMAL_COMMA : ""}`);
  const n = Number(digits.text) / (percent ? 100 : 1);
  if (!Number.isFinite(n)) return fail(`a number was expected, found ${describe(value)}`);
  return ok(negative ? -n : n);
}

/**
 * Reads an amount of money: a number, or text such as "1,234.50", "¥1,234.50", "USD 99", "(120.00)" (accounting negative → −120), "120.00-" or "120.00 CR" (credit → −120).
 * Decimal commas ("1.234,50") are not guessed: a comma is always a thousands separator.
 * Returns currency units (not rounded: callers take cents with toCents).
 */
export function parseMoney(value: unknown): Parsed<number> {
  if (typeof value === "number")
    return Number.isFinite(value) ? ok(value) : fail("an amount was expected, found a non-finite value");
  if (typeof value === "boolean") return fail(`an amount was expected, found ${value ? "TRUE" : "FALSE"}`);
  if (isBlank(value)) return fail("an amount was expected, found an empty cell");
  if (typeof value !== "string") return fail(`an amount was expected, found ${describe(value)}`);
  if (isErrorText(value)) return fail(`the cell holds the error ${value.trim()}, an amount was expected`);
  let text = value.trim();
  let negative = false;
  const paren = /^\((.*)\)$/.exec(text);
  if (paren) {
    negative = true;
    text = paren[1].trim();
  }
  // Brackets say "negative"; a minus or CR with them is a second sign: "(-100)" is refused, never read as +100.
  if ((paren && /-|\bCR$/i.test(text)) || /^[-\u2212]\s*\(.*\)$/.test(text)) {
    return fail(
      `an amount was expected, found ${describe(value)}: both brackets and a minus sign; write (100) or -100`,
    );
  }
  const credit = /^(.*?)\s*(CR|-)$/i.exec(text);
  if (credit && /\d/.test(credit[1])) {
    negative = !negative;
    text = credit[1];
  }
  text = text.replace(CURRENCY_MARKS, "").trim();
  if (text.startsWith("-")) {
    negative = !negative;
    text = text.slice(1).trim();
  } else if (text.startsWith("+")) text = text.slice(1).trim();
  text = text.replace(CURRENCY_MARKS, "").trim();
  // Chinese units: 1.2万 = 12,000; 3亿 = 300,000,000.
  let unit = 1;
  const last = text.charAt(text.length - 1);
  if (last === "万" || last === "亿") {
    unit = last === "万" ? 1e4 : 1e8;
    text = text.slice(0, -1).trim();
  }
  // Separators must group thousands ("1,234,567.50", "1 234 567.50"). "1.234,50" or "12,5" would need a decimal
  // comma, which is not guessed: reading it as thousands would change the amount silently.
  const digits = plainDigits(text);
  if (!digits.ok || /e/i.test(digits.text)) {
    return fail(
      `an amount was expected, found ${describe(value)}${digits.ok || !digits.decimalComma ? "" : DECIMAL_COMMA}`,
    );
  }
  const n = Number(digits.text) * unit;
  return ok(negative ? -n : n);
}

const TRUE_WORDS = new Set(["yes", "y", "true", "1", "x", "disputed", "是", "有", "有争议", "争议", "✓"]);
const FALSE_WORDS = new Set(["no", "n", "false", "0", "否", "无", "没有", "无争议", "-"]);

/** Reads a yes/no flag (Yes/No, TRUE/FALSE, 1/0, 是/否). A blank is false. */
export function parseFlag(value: unknown): Parsed<boolean> {
  if (typeof value === "boolean") return ok(value);
  if (isBlank(value)) return ok(false);
  if (typeof value === "number") {
    if (value === 1) return ok(true);
    if (value === 0) return ok(false);
    return fail(`yes or no was expected, found ${value}`);
  }
  if (typeof value === "string") {
    const word = value.trim().toLowerCase();
    if (TRUE_WORDS.has(word)) return ok(true);
    if (FALSE_WORDS.has(word)) return ok(false);
  }
  return fail(`yes or no was expected, found ${describe(value)}`);
}

/** Text of a cell for identifiers (customer, invoice number): numbers keep their digits, blanks are "". */
export function cellText(value: unknown): string {
  if (isBlank(value)) return "";
  if (typeof value === "number") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}
