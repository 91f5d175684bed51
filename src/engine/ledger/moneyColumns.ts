/**
 * Whether a column can be money. Accounting exports carry columns of numbers that are not: document numbers
 * (SAP's billing documents in Reference), account codes (用友's 1122 on every row), running numbers, aging-bucket
 * columns (0-30天, "1 - 30"). Summed as amounts they give silently wrong totals, so a column is money only if its
 * values look like money: not a dense run of consecutive integers, not one repeated code, not the document numbers.
 * Each test gives its reason, so the taskpane can say why it asks before analysing.
 */
import { isBlank, parseMoney } from "../core/cells";

/** Aging-bucket headers: a slice of the open amount by age, never the document's amount. */
const BUCKET_HEADER =
  /^(current|\d+\s*[-–~至]\s*\d+|\d+\s*\+|over\s*\d+|\d+\s*(or more|and over|-above|以上))|\d+\s*[-–~至]\s*\d+\s*(天|日|days?)|天以上|^(age|aging|账龄)/i;

/** How many cells are looked at. */
const SAMPLE = 500;

export type NotMoney = "bucket" | "consecutive" | "repeated" | "documentNumbers";

function sample(values: readonly (readonly unknown[] | undefined)[], column: number, start: number): number[] {
  const out: number[] = [];
  for (let r = start; r < values.length && out.length < SAMPLE; r++) {
    const v = values[r]?.[column];
    if (isBlank(v)) continue;
    const m = typeof v === "number" ? v : parseMoney(v).ok ? (parseMoney(v) as { value: number }).value : null;
    if (m !== null && Number.isFinite(m)) out.push(m);
  }
  return out;
}

/** Sorted distinct whole numbers that are mostly neighbours (1001, 1002, 1004…): a running number. */
function consecutive(numbers: number[]): boolean {
  if (numbers.length < 5 || numbers.some((n) => !Number.isInteger(n))) return false;
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  if (sorted.length < 5) return false;
  let near = 0;
  for (let i = 1; i < sorted.length; i++) if (sorted[i] - sorted[i - 1] <= 3) near++;
  return near / (sorted.length - 1) >= 0.8;
}

/** One whole-number code on (nearly) every row, as 1122 (应收账款) or a company code. Zero is no code: nothing paid. */
function repeated(all: number[]): boolean {
  const numbers = all.filter((n) => n !== 0);
  if (numbers.length < 5 || numbers.length < all.length * 0.8) return false;
  const counts = new Map<number, number>();
  for (const n of numbers) counts.set(n, (counts.get(n) ?? 0) + 1);
  const [top, n] = [...counts].sort((a, b) => b[1] - a[1])[0];
  return Number.isInteger(top) && n / numbers.length >= 0.8;
}

/** The values are also the document numbers (the same cells' numbers in the invoice-number column). */
function documentNumbers(
  values: readonly (readonly unknown[] | undefined)[],
  column: number,
  start: number,
  numberColumn: number | null,
): boolean {
  if (numberColumn === null || numberColumn === column) return false;
  let same = 0;
  let seen = 0;
  for (let r = start; r < values.length && seen < SAMPLE; r++) {
    const v = values[r]?.[column];
    const d = values[r]?.[numberColumn];
    if (isBlank(v) || isBlank(d)) continue;
    seen++;
    if (String(d).replace(/^\D+/, "").replace(/^0+/, "") === String(v).replace(/^0+/, "")) same++;
  }
  return seen >= 5 && same / seen >= 0.5;
}

/** Why the column cannot be money, or null when its values look like money. */
export function notMoney(
  values: readonly (readonly unknown[] | undefined)[],
  column: number,
  start: number,
  header: string,
  numberColumn: number | null,
): NotMoney | null {
  if (BUCKET_HEADER.test(header.trim())) return "bucket";
  const numbers = sample(values, column, start);
  if (repeated(numbers)) return "repeated";
  if (consecutive(numbers)) return "consecutive";
  if (documentNumbers(values, column, start, numberColumn)) return "documentNumbers";
  return null;
}
