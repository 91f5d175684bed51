/**
 * The order of a ledger's slash dates (`1/15/2013` or `15/1/2013`), inferred from the dates that can be read only
 * one way: a first part above 12 means day/month/year, a second part above 12 means month/day/year. One ledger is
 * written one way, so when its unambiguous dates all agree, the ambiguous ones (`1/2/2013`) are read the same way.
 * When they disagree, or none is unambiguous, nothing is inferred and an ambiguous date stays an error to resolve.
 */
import type { DateOrder } from "../core/dates";

const SLASH_DATE = /^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?:\s.*)?$/;

/** How many cells of each column are looked at: enough to meet an unambiguous date, cheap on a million rows. */
const SAMPLE_ROWS = 5000;

export interface InferredDateOrder {
  order: Exclude<DateOrder, "auto"> | null;
  /** A date that can be read only in `order`, to show the user. */
  example: string | null;
  /** Unambiguous dates were found both ways. */
  conflict: boolean;
}

export function inferDateOrder(
  values: readonly (readonly unknown[] | undefined)[],
  columns: readonly number[],
  firstRow: number,
): InferredDateOrder {
  let mdy: string | null = null;
  let dmy: string | null = null;
  for (const column of columns) {
    for (let r = firstRow, seen = 0; r < values.length && seen < SAMPLE_ROWS; r++) {
      const v = values[r]?.[column];
      if (typeof v !== "string") continue;
      const m = SLASH_DATE.exec(v);
      if (!m) continue;
      seen++;
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (a > 12 && b <= 12) dmy ??= v.trim();
      else if (b > 12 && a <= 12) mdy ??= v.trim();
      if (mdy && dmy) return { order: null, example: null, conflict: true };
    }
  }
  if (mdy) return { order: "mdy", example: mdy, conflict: false };
  if (dmy) return { order: "dmy", example: dmy, conflict: false };
  return { order: null, example: null, conflict: false };
}
