/**
 * The collections desk's sheets, on Office.js: the contact log (one sheet AR Lens creates and marks, people may edit it
 * by hand) and the documents (a new marked sheet per statement, letter or claim file, with A4 page setup). Like the
 * report, nothing but sheets carrying AR Lens's markers is ever written.
 */
import {
  type DocumentContent,
  docT,
  LOG_FIELDS,
  LOG_FORMATS,
  LOG_HEADERS,
  logRowCells,
  mapLogHeaders,
  NewLogRow,
} from "../engine";
import { DOC_COLUMNS, layoutDocument } from "./documentLayout";
import type { WriteResult } from "./gateway";
import { uniqueSheetName } from "./sheetNames";

/** Worksheet custom property marking the contact log sheet. */
export const LOG_MARKER_KEY = "ARLens.ContactLog";
/** Worksheet custom property marking a document sheet (its value: statement, letter or claim). */
export const DOCUMENT_MARKER_KEY = "ARLens.Document";
export const LOG_SHEET_NAMES = { en: "AR Lens Log", "zh-CN": "催收记录" } as const;

/** The sheets with a marker, in workbook order. */
export async function markedSheets(
  context: Excel.RequestContext,
  key: string,
): Promise<{ sheets: Excel.Worksheet[]; marked: Excel.Worksheet[] }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const props = sheets.items.map((s) => {
    const p = s.customProperties.getItemOrNullObject(key);
    p.load("value");
    return p;
  });
  await context.sync();
  return { sheets: sheets.items, marked: sheets.items.filter((_, i) => !props[i].isNullObject) };
}

export async function findLogSheet(context: Excel.RequestContext): Promise<Excel.Worksheet | null> {
  const { marked } = await markedSheets(context, LOG_MARKER_KEY);
  return marked[0] ?? null;
}

/**
 * Appends one contact to the log, creating and marking the sheet (header in `language`) the first time. The row goes
 * below the last used row (a row inserted there, so a concurrent append never shares it), each field under its own
 * header wherever the user moved it; a field whose column the user deleted gets its header back at the end.
 */
export async function appendLogRow(
  context: Excel.RequestContext,
  entry: NewLogRow,
  language: "en" | "zh-CN",
): Promise<{ sheetName: string; address: string }> {
  const { sheets, marked } = await markedSheets(context, LOG_MARKER_KEY);
  let sheet = marked[0] ?? null;
  if (!sheet) {
    const names = new Set(sheets.map((s) => s.name.toLowerCase()));
    const name = uniqueSheetName(LOG_SHEET_NAMES[language], (n) => names.has(n.toLowerCase()));
    sheet = context.workbook.worksheets.add(name);
    sheet.customProperties.add(LOG_MARKER_KEY, "1");
    const header = sheet.getRangeByIndexes(0, 0, 1, LOG_FIELDS.length);
    header.numberFormat = [LOG_FIELDS.map(() => "@")];
    header.values = [LOG_FIELDS.map((f) => LOG_HEADERS[language][f])];
    header.format.font.bold = true;
    await context.sync();
  }
  sheet.load("name");
  const used = sheet.getUsedRange(true);
  used.load("rowIndex,rowCount,columnIndex,columnCount");
  await context.sync();
  const width = used.columnIndex + used.columnCount;
  const headerRange = sheet.getRangeByIndexes(0, 0, 1, width);
  headerRange.load("values");
  await context.sync();
  const columns = mapLogHeaders(headerRange.values[0]);
  let next = width;
  for (const f of LOG_FIELDS) {
    if (columns[f] >= 0) continue;
    columns[f] = next++;
    const h = sheet.getRangeByIndexes(0, columns[f], 1, 1);
    h.numberFormat = [["@"]];
    h.values = [[LOG_HEADERS[language][f]]];
    h.format.font.bold = true;
  }
  const cells = logRowCells(entry, language);
  const rowIndex = used.rowIndex + used.rowCount;
  const rowWidth = Math.max(...LOG_FIELDS.map((f) => columns[f])) + 1;
  const values: (string | number)[] = new Array(rowWidth).fill("");
  const formats: string[] = new Array(rowWidth).fill("General");
  LOG_FIELDS.forEach((f, i) => {
    values[columns[f]] = cells[i];
    formats[columns[f]] = LOG_FORMATS[i];
  });
  // A new row is inserted and the entry written into it in the same batch: another pane (or a co-author) appending
  // at the same time inserts its own row, so two entries never share one (a plain write would overwrite the other).
  sheet.getRangeByIndexes(rowIndex, 0, 1, 1).getEntireRow().insert("Down");
  // Only the row's own cells are written; other columns the user added keep their (empty) cells untouched.
  for (const f of LOG_FIELDS) {
    const c = columns[f];
    const cell = sheet.getRangeByIndexes(rowIndex, c, 1, 1);
    cell.numberFormat = [[formats[c]]];
    cell.values = [[values[c]]];
  }
  await context.sync();
  return { sheetName: sheet.name, address: `${sheet.name}!A${rowIndex + 1}` };
}

/** Escapes text for an Excel header or footer (an ampersand starts a code there). */
export function headerText(text: string): string {
  return text.replace(/&/g, "&&");
}

/**
 * Writes a document to a new sheet marked as AR Lens's (never replacing one: each statement or letter is a record),
 * with page setup: A4 portrait, one page wide, the first table's header repeated on every page, margins, the company
 * name in the header and page numbers in the footer. Removes the sheet if writing fails.
 */
export async function writeDocument(context: Excel.RequestContext, doc: DocumentContent): Promise<WriteResult> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const names = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  const name = uniqueSheetName(doc.sheetName, (n) => names.has(n.toLowerCase()));
  const layout = layoutDocument(doc);
  const sheet = sheets.add(name);
  sheet.customProperties.add(DOCUMENT_MARKER_KEY, doc.kind);
  try {
    await context.sync();
    const range = sheet.getRangeByIndexes(0, 0, layout.values.length, DOC_COLUMNS);
    range.numberFormat = layout.formats;
    range.values = layout.values;
    for (const b of layout.bold) sheet.getRangeByIndexes(b.row, b.column, 1, b.columns).format.font.bold = true;
    layout.columnWidths.forEach((w, c) => (sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w));
    const page = sheet.pageLayout;
    page.orientation = "Portrait";
    page.paperSize = "A4";
    page.zoom = { horizontalFitToPages: 1 };
    page.centerHorizontally = true;
    // Margins in points: 0.7" left/right, 0.75" top/bottom, 0.3" header/footer (Excel's "Normal").
    page.leftMargin = 50.4;
    page.rightMargin = 50.4;
    page.topMargin = 54;
    page.bottomMargin = 54;
    page.headerMargin = 21.6;
    page.footerMargin = 21.6;
    if (layout.printTitleRow !== null)
      page.setPrintTitleRows(`$${layout.printTitleRow + 1}:$${layout.printTitleRow + 1}`);
    const hf = page.headersFooters.defaultForAllPages;
    hf.centerHeader = headerText(doc.companyName.trim() || doc.title);
    hf.centerFooter = docT(doc.language, "pageFooter");
    sheet.activate();
    await context.sync();
    return { sheetName: name, replaced: false };
  } catch (error) {
    try {
      sheet.delete();
      await context.sync();
    } catch {
      /* the sheet may not exist if creating it failed */
    }
    throw new Error(
      `Writing the document failed: ${(error as Error)?.message ?? String(error)}. The half-written sheet was removed; your data is unchanged.`,
    );
  }
}
