/** A1 addresses of cells inside the analysed range, for issues that point the user at the cell to fix. */

export function columnLetters(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Parses "B7" (or "$B$7") into 0-based row and column. */
export function parseCell(a1: string): { row: number; column: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) throw new Error(`"${a1}" is not a cell address like B7`);
  return { row: Number(m[2]) - 1, column: columnIndex(m[1]) };
}

/** Quotes a sheet name for an address when it needs it ('My sheet'!A1). */
export function sheetPrefix(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}

/** Address of the cell at (row, column) of a range whose top-left cell is `topLeft` on `sheet`. */
export function cellAddress(sheet: string, topLeft: string, row: number, column: number): string {
  return addressMaker(sheet, topLeft)(row, column);
}

/** A fast (row, column) → address function for one range (used once per row on a million rows). */
export function addressMaker(sheet: string, topLeft: string): (row: number, column: number) => string {
  const origin = parseCell(topLeft);
  const prefix = sheetPrefix(sheet);
  const letters: string[] = [];
  return (row, column) => {
    const c = origin.column + column;
    return `${prefix}${(letters[c] ??= columnLetters(c))}${origin.row + row + 1}`;
  };
}

export function rangeAddress(sheet: string, topLeft: string, rows: number, columns: number): string {
  const origin = parseCell(topLeft);
  const first = `${columnLetters(origin.column)}${origin.row + 1}`;
  const last = `${columnLetters(origin.column + Math.max(columns, 1) - 1)}${origin.row + Math.max(rows, 1)}`;
  return `${sheetPrefix(sheet)}${first}${first === last ? "" : `:${last}`}`;
}
