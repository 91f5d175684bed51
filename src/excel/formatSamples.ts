/**
 * Number formats without reading every cell's. Formats are the same down a column, or change by area (a block of
 * euro invoices in a dollar ledger), so the read takes every cell's format in the head of the range (the header and
 * the rows the column detection looks at) and below it one row in FORMAT_STRIDE plus the last row of each block.
 * Between two sampled rows whose format in a column agrees, the rows take that format; where they differ, that
 * column's formats between them are read in full, so where an area starts and ends is found to the row and formats
 * changing row by row are all read. Decision: an area of another format lying wholly between two sampled rows that
 * agree (fewer than FORMAT_STRIDE rows) is not seen, and its rows are read with the format around them.
 * Pure: the Office.js reads are in ledgerRead.ts.
 */

/** Rows of the range whose formats are read in full: the header search (100 rows) and the 200 a column is judged by. */
export const FORMAT_HEAD_ROWS = 300;
/** Below the head, one row's formats in this many is read. */
export const FORMAT_STRIDE = 64;

/** A column's formats to read in full: `rows` rows from `from` (0-based in the range). */
export interface FormatStretch {
  column: number;
  from: number;
  rows: number;
}

/** The rows of a block [start, end) whose formats are read: all in the head, else the samples and the last row. */
export function formatRowsOf(start: number, end: number): { head: number; samples: number[] } {
  const head = Math.max(0, Math.min(end, FORMAT_HEAD_ROWS) - start);
  const samples: number[] = [];
  const from = start + head;
  for (let r = from + FORMAT_STRIDE - 1; r < end - 1; r += FORMAT_STRIDE) samples.push(r);
  if (end > from) samples.push(end - 1);
  return { head, samples };
}

const sameRow = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((f, i) => f === b[i]);

/**
 * Fills the rows strictly between the known rows `p` and `q` of `formats`: one shared row when p and q agree in
 * every column; otherwise each row is p's formats, and the stretches of the columns where p and q differ are returned
 * for reading in full (fillStretch puts them in).
 */
export function fillBetween(formats: string[][], p: number, q: number): FormatStretch[] {
  if (q - p < 2) return [];
  const above = formats[p];
  const below = formats[q];
  if (sameRow(above, below)) {
    for (let r = p + 1; r < q; r++) formats[r] = above;
    return [];
  }
  for (let r = p + 1; r < q; r++) formats[r] = above.slice();
  const stretches: FormatStretch[] = [];
  for (let c = 0; c < above.length; c++)
    if (above[c] !== below[c]) stretches.push({ column: c, from: p + 1, rows: q - p - 1 });
  return stretches;
}

/** Puts a stretch's formats as read (one column, `rows` rows) into `formats`. */
export function fillStretch(formats: string[][], stretch: FormatStretch, read: readonly (readonly string[])[]): void {
  for (let i = 0; i < stretch.rows; i++) formats[stretch.from + i][stretch.column] = read[i][0];
}

/** Adjacent stretches of one column (from neighbouring gaps) as one read. */
export function mergeStretches(stretches: FormatStretch[]): FormatStretch[] {
  const sorted = [...stretches].sort((a, b) => a.column - b.column || a.from - b.from);
  const merged: FormatStretch[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && last.column === s.column && last.from + last.rows + 1 >= s.from)
      last.rows = Math.max(last.rows, s.from + s.rows - last.from);
    else merged.push({ ...s });
  }
  return merged;
}
