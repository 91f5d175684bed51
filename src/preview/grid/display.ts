/** How the preview grid shows a cell value under its number format (a small subset of Excel's formats). */
import { isoFromSerial } from "../../engine/core/dates";
import type { CellValue } from "../workbook/memoryWorkbook";

const grouped = (x: number, decimals: number) =>
  x.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

function dateLike(value: number, format: string): string | null {
  if (!/y/i.test(format) || value < 1 || value >= 2958466) return null;
  const iso = isoFromSerial(value);
  if (/d/i.test(format)) return iso;
  // A month format: "yyyy-mm" or Chinese 'yyyy"年"m"月"'.
  return format.includes("年") ? `${iso.slice(0, 4)}年${Number(iso.slice(5, 7))}月` : iso.slice(0, 7);
}

export function displayValue(value: CellValue, format: string): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value !== "number") return value;
  const date = dateLike(value, format);
  if (date !== null) return date;
  if (/%/.test(format)) return `${(value * 100).toFixed(1)}${/0 %/.test(format) ? " " : ""}%`;
  if (/0\.00/.test(format)) {
    const symbol = /"([^"]+)"#/.exec(format)?.[1] ?? "";
    const suffix = /0\.00 "([^"]+)"/.exec(format)?.[1];
    const text = grouped(Math.abs(value), /0\.000/.test(format) ? 3 : 2);
    return `${value < 0 ? "-" : ""}${symbol}${text}${suffix ? ` ${suffix}` : ""}`;
  }
  if (format === "#,##0.0") return grouped(value, 1);
  if (format === "#,##0") return grouped(value, 0);
  if (format === "0") return String(Math.round(value));
  if (Number.isInteger(value)) return String(value);
  return String(Math.round(value * 1e6) / 1e6);
}
