/**
 * Column widths that fit their contents, like Excel's AutoFit: the widest displayed text of a column (first rows
 * only, as a big sheet would take long to scan), in pixels of the preview grid's 12 px font.
 */
import { displayValue } from "../grid/display";
import type { Area, MemorySheet } from "./memoryWorkbook";

export const DEFAULT_COLUMN_WIDTH = 110;
const MIN_WIDTH = 48;
const MAX_WIDTH = 360;
const PADDING = 14;

/** Estimated pixel width of a text: CJK and full-width characters are about twice as wide as Latin ones. */
export function textWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) width += text.charCodeAt(i) >= 0x2e80 ? 12.5 : 7;
  return width;
}

export function autofitColumns(sheet: MemorySheet, area: Area, maxRows = 500): void {
  const rows = Math.min(area.rows, maxRows);
  for (let c = area.column; c < area.column + area.columns; c++) {
    let widest = 0;
    for (let r = area.row; r < area.row + rows; r++) {
      const value = sheet.get(r, c);
      if (value === "") continue;
      widest = Math.max(widest, textWidth(displayValue(value, sheet.format(r, c))));
    }
    sheet.columnWidths[c] =
      widest === 0 ? DEFAULT_COLUMN_WIDTH : Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + PADDING)));
  }
}
