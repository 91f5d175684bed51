/** A CSV (opened or pasted) becomes a new sheet of the preview workbook, selected whole, ready to analyse. */
import { parseCsv } from "../engine/ledger/csv";
import { autofitColumns } from "./workbook/autofit";
import type { MemorySheet, MemoryWorkbook } from "./workbook/memoryWorkbook";

export function importCsv(book: MemoryWorkbook, text: string, name: string): MemorySheet {
  const rows = parseCsv(text);
  let sheetName =
    name
      .replace(/\.[^.]*$/, "")
      .replace(/[[\]:*?/\\]/g, " ")
      .slice(0, 31)
      .trim() || "CSV";
  for (let n = 2; book.sheet(sheetName); n++) sheetName = `${name.replace(/\.[^.]*$/, "").slice(0, 26)} (${n})`;
  const sheet = book.addSheet(sheetName);
  book.load(sheet, rows);
  const columns = rows.reduce((w, r) => Math.max(w, r.length), 0);
  if (rows.length > 0 && columns > 0) autofitColumns(sheet, { row: 0, column: 0, rows: rows.length, columns });
  book.activeSheetId = sheet.id;
  book.selection = {
    sheetId: sheet.id,
    row: 0,
    column: 0,
    rows: Math.max(1, rows.length),
    columns: Math.max(1, columns),
  };
  book.changed();
  return sheet;
}
