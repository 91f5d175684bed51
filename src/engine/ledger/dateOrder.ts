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
  // One pass over the rows for all the columns (a column's first SAMPLE_ROWS slash dates each); the example is the
  // first met column by column, as if each column were read in turn.
  const seen = columns.map(() => 0);
  const mdy: (string | null)[] = columns.map(() => null);
  const dmy: (string | null)[] = columns.map(() => null);
  for (let r = firstRow, open = columns.length; r < values.length && open > 0; r++) {
    const row = values[r];
    if (row === undefined) continue;
    for (let k = 0; k < columns.length; k++) {
      const v = row[columns[k]];
      if (typeof v !== "string" || seen[k] >= SAMPLE_ROWS) continue;
      const m = SLASH_DATE.exec(v);
      if (!m) continue;
      if (++seen[k] === SAMPLE_ROWS) open--;
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (a > 12 && b <= 12) dmy[k] ??= v.trim();
      else if (b > 12 && a <= 12) mdy[k] ??= v.trim();
    }
  }
  return orderOf(mdy.find((x) => x !== null) ?? null, dmy.find((x) => x !== null) ?? null);
}

function orderOf(mdy: string | null, dmy: string | null): InferredDateOrder {
  if (mdy && dmy) return { order: null, example: null, conflict: true };
  if (mdy) return { order: "mdy", example: mdy, conflict: false };
  if (dmy) return { order: "dmy", example: dmy, conflict: false };
  return { order: null, example: null, conflict: false };
}
