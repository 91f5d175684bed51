/**
 * Row chunking under Excel's payload limits (OFFICE-NOTES.md): Excel on the web caps every request and response at
 * 5 MB, and a read at 5,000,000 cells. Reads and writes go in row blocks sized from the bytes the rows really take:
 * the first block is small, later ones adapt to the measured bytes per row, aiming at 2 MB (40 % of the cap).
 */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
export const TARGET_BYTES = 2 * 1024 * 1024;
export const FIRST_BLOCK_CELLS = 5_000;
export const MAX_BLOCK_ROWS = 20_000;
export const MIN_BLOCK_ROWS = 1;

/** UTF-8 bytes of a string (what goes over the wire): 1 for ASCII, 2 up to U+07FF, 3 for CJK, 4 for a surrogate pair. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** JSON size of some rows (a sample of at most 200, scaled), as Office.js serialises them. */
export function bytesPerRow(rows: readonly unknown[][]): number {
  if (rows.length === 0) return 0;
  const step = Math.max(1, Math.floor(rows.length / 200));
  let bytes = 0;
  let n = 0;
  for (let i = 0; i < rows.length; i += step) {
    bytes += JSON.stringify(rows[i]).length;
    n++;
  }
  return bytes / n;
}

export function firstBlockRows(columns: number): number {
  return Math.max(MIN_BLOCK_ROWS, Math.min(MAX_BLOCK_ROWS, Math.floor(FIRST_BLOCK_CELLS / Math.max(1, columns))));
}

/** Rows for the next block given the measured bytes per row (values + formats). */
export function nextBlockRows(measuredBytesPerRow: number, columns: number): number {
  if (!(measuredBytesPerRow > 0)) return firstBlockRows(columns);
  return Math.max(MIN_BLOCK_ROWS, Math.min(MAX_BLOCK_ROWS, Math.floor(TARGET_BYTES / measuredBytesPerRow)));
}

export class AbortedError extends Error {
  constructor() {
    super("Cancelled");
    this.name = "AbortError";
  }
}

export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw new AbortedError();
}
