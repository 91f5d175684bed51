/**
 * Argument marshalling shared by every AR.* function: Excel hands over a single value, a row, a column or a 2-D
 * range; these helpers turn them into typed columns and name the argument and the first offending position when
 * something cannot be used. `guard` turns every failure into a CustomFunctions.Error, so nothing else ever
 * reaches Excel (an unhandled exception would show as a bare #VALUE!).
 */
import {
  DateOrder,
  EngineError,
  parseDate,
  parseFlag,
  parseMoney,
  parseNumber,
  todaySerial,
  valueError,
} from "../engine";
import { engineErrorMessage, functionErrorText } from "../i18n/functionErrors";
import type { Language } from "../i18n/translate";
import { functionLanguage } from "./language";

/** A range argument flattened row by row, with its shape for messages and for results of the same shape. */
export interface Flat {
  values: unknown[];
  rows: number;
  columns: number;
}

export function isMissing(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

export function flatten(arg: unknown, name: string): Flat {
  if (Array.isArray(arg)) {
    if (arg.length === 0) return { values: [], rows: 0, columns: 0 };
    if (!Array.isArray(arg[0])) return { values: arg, rows: 1, columns: arg.length };
    const rows = arg.length;
    const columns = (arg[0] as unknown[]).length;
    if (columns === 1) {
      const values = new Array<unknown>(rows);
      for (let r = 0; r < rows; r++) {
        const row = arg[r] as unknown[];
        if (!Array.isArray(row) || row.length !== 1)
          throw valueError("arg.notRectangular", { name }, `${name}: the range is not rectangular`);
        values[r] = row[0];
      }
      return { values, rows, columns };
    }
    const values: unknown[] = [];
    for (let r = 0; r < rows; r++) {
      const row = arg[r] as unknown[];
      if (!Array.isArray(row) || row.length !== columns)
        throw valueError("arg.notRectangular", { name }, `${name}: the range is not rectangular`);
      for (let c = 0; c < columns; c++) values.push(row[c]);
    }
    return { values, rows, columns };
  }
  return { values: [arg], rows: 1, columns: 1 };
}

/** "row 17" for a column, "column 3" for a row, "row 2, column 3" for a block (relative to the range). */
export function position(flat: Flat, index: number): string {
  if (flat.columns === 1) return `row ${index + 1}`;
  if (flat.rows === 1) return `column ${index + 1}`;
  return `row ${Math.floor(index / flat.columns) + 1}, column ${(index % flat.columns) + 1}`;
}

/** "{name} has 3 cell(s) but {other} has 5": two ranges that must be the same size. */
export function sizeError(name: string, count: number, other: string, otherCount: number): EngineError {
  return valueError(
    "arg.sizeMismatch",
    { name, count, other, otherCount },
    `${name} has ${count} cell(s) but ${other} has ${otherCount}: the ranges must be the same size`,
  );
}

/** A cell of a range argument that cannot be read: the argument, its position and the reader's problem. */
export function cellError(name: string, flat: Flat, index: number, problem: string): EngineError {
  return valueError(
    "arg.badCell",
    { name, position: position(flat, index), problem },
    `${name}: ${position(flat, index)}: ${problem}`,
  );
}

/** A single-cell argument that cannot be read, with the reader's problem. */
function valueProblem(name: string, problem: string): EngineError {
  return valueError("arg.badValue", { name, problem }, `${name}: ${problem}`);
}

function choiceError(name: string, value: string, choices: string): EngineError {
  return valueError("arg.notAChoice", { name, value, choices }, `${name}: "${value}" is not one of ${choices}`);
}

export function requireSameSize(a: Flat, aName: string, b: Flat, bName: string): void {
  if (a.values.length !== b.values.length) {
    throw sizeError(bName, b.values.length, aName, a.values.length);
  }
}

/** Amounts (money or numbers, text like "¥1,234.50" accepted); a blank cell is 0 when `blankAsZero`. */
export function amountsOf(arg: unknown, name: string, blankAsZero = true): { flat: Flat; numbers: Float64Array } {
  const flat = flatten(arg, name);
  const numbers = new Float64Array(flat.values.length);
  for (let i = 0; i < flat.values.length; i++) {
    const v = flat.values[i];
    if (typeof v === "number" && Number.isFinite(v)) numbers[i] = v;
    else if (blankAsZero && isMissing(v)) numbers[i] = 0;
    else {
      const p = parseMoney(v);
      if (!p.ok) throw cellError(name, flat, i, p.problem);
      numbers[i] = p.value;
    }
  }
  return { flat, numbers };
}

/**
 * Dates as serials. A blank cell — or 0, which is how Excel passes an empty cell inside a range — is a missing
 * date: NaN when `allowMissing`, else an error naming the position.
 */
export function datesOf(
  arg: unknown,
  name: string,
  options: { allowMissing?: boolean; order?: DateOrder } = {},
): { flat: Flat; serials: Float64Array } {
  const flat = flatten(arg, name);
  const serials = new Float64Array(flat.values.length);
  for (let i = 0; i < flat.values.length; i++) {
    const v = flat.values[i];
    if (typeof v === "number" && v >= 1 && v < 2958466) {
      serials[i] = Math.floor(v);
      continue;
    }
    if (isMissing(v) || v === 0) {
      if (options.allowMissing) {
        serials[i] = Number.NaN;
        continue;
      }
      throw valueError(
        "arg.emptyDate",
        { name, position: position(flat, i) },
        `${name}: ${position(flat, i)} is empty, a date was expected`,
      );
    }
    const p = parseDate(v, options.order ?? "auto");
    if (!p.ok) throw cellError(name, flat, i, p.problem);
    serials[i] = p.value;
  }
  return { flat, serials };
}

function single(arg: unknown, name: string): unknown {
  if (Array.isArray(arg)) {
    const flat = flatten(arg, name);
    if (flat.values.length !== 1)
      throw valueError(
        "arg.notSingle",
        { name, rows: flat.rows, columns: flat.columns },
        `${name}: one cell was expected, got a range of ${flat.rows} × ${flat.columns}`,
      );
    return flat.values[0];
  }
  return arg;
}

/**
 * A number argument, read by the one strict reader (parseNumber: thousands separators only in valid groups, a
 * decimal comma refused, "12%" = 0.12); text with a currency sign or accounting brackets ("¥1,234.50", "(120)") is
 * read as an amount by the money parser, which follows the same rules.
 */
export function requiredNumber(arg: unknown, name: string): number {
  const v = single(arg, name);
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (isMissing(v)) throw valueError("arg.missingNumber", { name }, `${name} is missing: a number was expected`);
  const q = parseNumber(v);
  if (q.ok) return q.value;
  const p = parseMoney(v);
  if (p.ok) return p.value;
  throw valueProblem(name, q.problem);
}

export function optionalNumber(arg: unknown, name: string, fallback: number): number {
  const v = single(arg, name);
  return isMissing(v) ? fallback : requiredNumber(v, name);
}

/** A rate such as 0.12, "12%" or 12 %-formatted cell (arrives as 0.12). */
export function optionalRate(arg: unknown, name: string, fallback: number): number {
  const v = single(arg, name);
  if (isMissing(v)) return fallback;
  const p = parseNumber(v);
  if (!p.ok) throw valueProblem(name, p.problem);
  return p.value;
}

export function requiredDate(arg: unknown, name: string): number {
  const v = single(arg, name);
  if (isMissing(v) || v === 0) throw valueError("arg.missingDate", { name }, `${name} is missing: a date was expected`);
  const p = parseDate(v);
  if (!p.ok) throw valueProblem(name, p.problem);
  return p.value;
}

/**
 * The as-of date; omitted → today. Decision: the functions are not volatile (a workbook full of them would
 * recalculate on every edit); pass TODAY() as as_of to follow the calendar.
 */
export function asOfDate(arg: unknown, name = "as_of"): number {
  const v = single(arg, name);
  if (isMissing(v) || v === 0) return todaySerial();
  return requiredDate(v, name);
}

export function optionalFlag(arg: unknown, name: string, fallback: boolean): boolean {
  const v = single(arg, name);
  if (isMissing(v)) return fallback;
  const p = parseFlag(v);
  if (!p.ok) throw valueProblem(name, p.problem);
  return p.value;
}

export function optionalChoice<T extends string>(arg: unknown, name: string, choices: readonly T[], fallback: T): T {
  const v = single(arg, name);
  if (isMissing(v)) return fallback;
  const text = String(v).trim().toLowerCase();
  const found = choices.find((c) => c.toLowerCase() === text);
  if (!found) throw choiceError(name, String(v), choices.map((c) => `"${c}"`).join(", "));
  return found;
}

/**
 * Whole numbers (e.g. bucket edges) from a range or a single cell; blanks skipped. A text cell may hold a list
 * separated by commas or semicolons ("0,30,60,90", "0;30;60;90", also full-width "0，30" or "0、30"): in such a list a comma always separates two
 * numbers, never thousands.
 */
export function wholeNumbersOf(arg: unknown, name: string): number[] {
  const flat = flatten(arg, name);
  const out: number[] = [];
  flat.values.forEach((v, i) => {
    if (isMissing(v)) return;
    const parts =
      typeof v === "string" && /[,;，；、]/.test(v) ? v.split(/[,;，；、]/).filter((t) => t.trim() !== "") : [v];
    for (const part of parts) {
      const p = typeof part === "number" ? { ok: true as const, value: part } : parseNumber(part);
      if (!p.ok) throw cellError(name, flat, i, p.problem);
      out.push(p.value);
    }
  });
  return out;
}

/** Reshapes a flat result into the argument's shape (a column stays a column, a row a row). */
export function reshape<T>(values: T[], flat: Flat): T[][] {
  const out: T[][] = [];
  for (let r = 0; r < flat.rows; r++) out.push(values.slice(r * flat.columns, (r + 1) * flat.columns));
  return out;
}

const CODES = {
  value: "invalidValue",
  num: "invalidNumber",
  div0: "divisionByZero",
  na: "notAvailable",
} as const;

/**
 * The CustomFunctions.Error for any failure, its message in the functions' language (Office's display language,
 * src/functions/language.ts): EngineError kinds map to Excel's codes, anything else is #VALUE!.
 */
export function toExcelError(error: unknown, language: Language = functionLanguage()): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (error instanceof EngineError) {
    const code = CustomFunctions.ErrorCode[CODES[error.kind]];
    // Excel shows a message only for #VALUE! and #N/A; other codes carry it anyway for the preview and logs.
    return new CustomFunctions.Error(code, engineErrorMessage(error, language));
  }
  const message = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    functionErrorText({ code: "unexpected", params: { message } }, language),
  );
}

/** Runs a function body; every failure leaves as a CustomFunctions.Error (thrown, as Excel expects). */
export function guard<T>(body: () => T): T {
  let result: T;
  try {
    result = body();
  } catch (error) {
    throw toExcelError(error);
  }
  if (!finiteResult(result)) {
    throw new CustomFunctions.Error(
      CustomFunctions.ErrorCode.invalidNumber,
      functionErrorText({ code: "result.notFinite", params: {} }, functionLanguage()),
    );
  }
  return result;
}

/** Excel cannot show NaN or ±Infinity: such a result (alone or inside a spill) becomes #NUM!. */
function finiteResult(result: unknown): boolean {
  if (typeof result === "number") return Number.isFinite(result);
  if (Array.isArray(result))
    return result.every((row) =>
      Array.isArray(row) ? row.every((v) => typeof v !== "number" || Number.isFinite(v)) : finiteResult(row),
    );
  return true;
}
