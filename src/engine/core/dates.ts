/**
 * Excel serial dates, 1900 date system: serial 1 = 1900-01-01; Excel's phantom 1900-02-29 is serial 60,
 * so every date from 1900-03-01 on is one more than its true day count from 1899-12-31.
 */
import type { DateOrder } from "../model/types";
import { Parsed, fail, ok } from "./errors";

export const MIN_SERIAL = 1; // 1900-01-01
export const MAX_SERIAL = 2958465; // 9999-12-31
const MS_PER_DAY = 86_400_000;
const EPOCH_UTC = Date.UTC(1899, 11, 30); // serial 0 for dates from 1900-03-01 on

export interface YearMonthDay {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the Gregorian calendar (years 1900–9999), with Excel's 29 February 1900. */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return MONTH_DAYS[month - 1];
  if (year === 1900) return 29; // Excel's 1900 leap-year quirk
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1900 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Like Excel's DATE(year, month, day) for a real calendar date. */
export function serialFromYmd(year: number, month: number, day: number): number {
  if (year === 1900 && month === 1) return day;
  if (year === 1900 && month === 2) return 31 + day; // includes the phantom 29th (serial 60)
  return Math.round((Date.UTC(year, month - 1, day) - EPOCH_UTC) / MS_PER_DAY);
}

export function ymdFromSerial(serial: number): YearMonthDay {
  const s = Math.floor(serial);
  if (s === 60) return { year: 1900, month: 2, day: 29 };
  if (s < 60) {
    const d = new Date(Date.UTC(1899, 11, 31) + s * MS_PER_DAY);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  }
  const d = new Date(EPOCH_UTC + s * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function isValidSerial(serial: number): boolean {
  return Number.isFinite(serial) && serial >= MIN_SERIAL && serial < MAX_SERIAL + 1;
}

/** Like Excel's EDATE: same day-of-month `months` later, clamped to the month's last day (31 Jan + 1 = 28/29 Feb). */
export function addMonths(serial: number, months: number): number {
  const { year, month, day } = ymdFromSerial(serial);
  const index = year * 12 + (month - 1) + Math.trunc(months);
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const clampedDay = Math.min(day, y === 1900 && m === 2 ? 28 : daysInMonth(y, m));
  return serialFromYmd(y, m, clampedDay);
}

/** Like Excel's EOMONTH. */
export function endOfMonth(serial: number, months = 0): number {
  const { year, month } = ymdFromSerial(serial);
  const index = year * 12 + (month - 1) + Math.trunc(months);
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return serialFromYmd(y, m, daysInMonth(y, m));
}

/** The serial of a JavaScript Date's local calendar day (what TODAY() shows on that machine). */
export function serialFromJsDate(date: Date): number {
  return serialFromYmd(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

export function todaySerial(now: Date = new Date()): number {
  return serialFromJsDate(now);
}

/** ISO text (yyyy-mm-dd) of a serial, for messages and tests. */
export function isoFromSerial(serial: number): string {
  // The same few hundred days come back for every customer (its peak's date): written once, kept (one string each).
  let iso = isoWritten.get(serial);
  if (iso === undefined) {
    const { year, month, day } = ymdFromSerial(serial);
    iso = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    if (isoWritten.size >= MAX_ISO_WRITTEN) isoWritten.clear(); // forget in a block: nothing grows
    isoWritten.set(serial, iso);
  }
  return iso;
}
const isoWritten = new Map<number, string>();
const MAX_ISO_WRITTEN = 4096;

/** How to read d/m/y text such as 03/04/2025 (model/types.ts): "auto" reads it only when just one reading is possible. */
export type { DateOrder };

const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** 1..12 for an English month name or its abbreviation of three letters or more (Nov, Sept, November), else 0. */
function monthFromName(name: string): number {
  const n = name.toLowerCase();
  if (n.length < 3) return 0;
  return MONTH_NAMES.findIndex((full) => full.startsWith(n)) + 1;
}

function twoDigitYear(y: number): number {
  // Excel's rule: 00–29 → 2000–2029, 30–99 → 1930–1999.
  return y < 30 ? 2000 + y : 1900 + y;
}

function fromParts(year: number, month: number, day: number, text: string): Parsed<number> {
  if (!isRealDate(year, month, day)) return fail(`"${text}" is not a real calendar date`);
  return ok(serialFromYmd(year, month, day));
}

/**
 * Reads a date from a cell value: an Excel serial number, a JavaScript Date, or text in a common form —
 * ISO `2025-11-17` (time part ignored), `2025/11/17`, `2025.11.17`, `2025年11月17日` (a time after it ignored),
 * `20251117` (yyyymmdd, text or number), `17 Nov 2025`, `Nov 17, 2025`, and `11/17/2025` or `17/11/2025` (read by
 * `order`; with "auto" only when unambiguous).
 * Blank cells are not handled here: callers decide whether a blank is allowed.
 */
export function parseDate(value: unknown, order: DateOrder = "auto"): Parsed<number> {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return fail("a date was expected, found a non-finite number");
    if (isValidSerial(value)) return ok(Math.floor(value));
    // yyyymmdd as a number (ERP exports: 20251117). Larger than any serial, so it cannot be mistaken for one.
    if (Number.isInteger(value) && value >= 19000101 && value <= 99991231) {
      const [y, m, d] = [Math.floor(value / 10000), Math.floor(value / 100) % 100, value % 100];
      if (isRealDate(y, m, d)) return ok(serialFromYmd(y, m, d));
    }
    return fail(
      `${value} is not a date serial between 1 (1900-01-01) and ${MAX_SERIAL} (9999-12-31), nor a date written yyyymmdd`,
    );
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return fail("a date was expected, found an invalid Date");
    return ok(serialFromJsDate(value));
  }
  if (typeof value === "boolean") return fail(`a date was expected, found ${value ? "TRUE" : "FALSE"}`);
  if (typeof value !== "string") return fail("a date was expected");
  const text = value.trim();
  if (text.startsWith("#")) return fail(`the cell holds the error ${text}, a date was expected`);

  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s].*)?$/.exec(text);
  if (m) return fromParts(+m[1], +m[2], +m[3], text);
  m = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?(?:\s+.*)?$/.exec(text);
  if (m) return fromParts(+m[1], +m[2], +m[3], text);
  m = /^(\d{1,2})[-\s]([A-Za-z]{3,9})\.?[-\s,]+(\d{2}|\d{4})$/.exec(text);
  if (m && monthFromName(m[2])) {
    const y = m[3].length === 2 ? twoDigitYear(+m[3]) : +m[3];
    return fromParts(y, monthFromName(m[2]), +m[1], text);
  }
  m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{2}|\d{4})$/.exec(text);
  if (m && monthFromName(m[1])) {
    const y = m[3].length === 2 ? twoDigitYear(+m[3]) : +m[3];
    return fromParts(y, monthFromName(m[1]), +m[2], text);
  }
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?:\s.*)?$/.exec(text);
  if (m) {
    const a = +m[1];
    const b = +m[2];
    const y = m[3].length === 2 ? twoDigitYear(+m[3]) : +m[3];
    let reading: DateOrder = order;
    if (order === "auto") {
      if (a > 12 && b <= 12) reading = "dmy";
      else if (b > 12 && a <= 12) reading = "mdy";
      else if (a === b) reading = "mdy";
      else if (a <= 12 && b <= 12) {
        return fail(`"${text}" is ambiguous: it reads as month/day or day/month — choose the date order`);
      } else return fail(`"${text}" is not a real calendar date`);
    }
    return reading === "mdy" ? fromParts(y, a, b, text) : fromParts(y, b, a, text);
  }
  if (/^-?\d+(\.\d+)?$/.test(text)) return parseDate(Number(text), order);
  return fail(`"${text.length > 40 ? text.slice(0, 40) + "…" : text}" is not a date`);
}
