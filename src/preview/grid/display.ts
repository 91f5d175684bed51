/** How the preview grid shows a cell value under its number format (a small subset of Excel's formats). */
import { isoFromSerial } from "../../engine/core/dates";
import type { CellValue } from "../workbook/memoryWorkbook";

export function displayValue(value: CellValue, format: string): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value !== "number") return value;
  if (/y/i.test(format) && /d/i.test(format) && value >= 1 && value < 2958466) return isoFromSerial(value);
  if (/%/.test(format)) return `${(value * 100).toFixed(1)}%`;
  if (/0\.00/.test(format)) {
    const symbol = /"([^"]+)"#/.exec(format)?.[1] ?? "";
    const text = Math.abs(value).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return `${value < 0 ? "-" : ""}${symbol}${text}`;
  }
  if (format === "0") return String(Math.round(value));
  if (Number.isInteger(value)) return String(value);
  return String(Math.round(value * 1e6) / 1e6);
}
