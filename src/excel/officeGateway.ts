/**
 * The WorkbookGateway on Office.js — the only code that calls Excel.run. `run` is Excel.run in Excel; the preview
 * and the tests pass the same API over an in-memory workbook (src/preview/workbook/excelApi.ts).
 * Reads and writes go in row blocks under the 5 MB payload limit (chunks.ts); a read (ledgerRead.ts: values, and number
 * formats for a sample of rows) in several blocks is checked against rows inserted or deleted meanwhile and run once
 * more if the sheet changed under it. The report goes to a sheet AR Lens
 * creates and marks (a worksheet custom property with the sheet's fingerprint), replacing only an earlier report of
 * the same kind that nobody changed since (sheetFingerprint.ts); the source range and every other sheet are never
 * written. A failed or cancelled write removes the half-written sheet.
 */
import { columnLetters, type LedgerInput, sheetPrefix } from "../engine";
import { bytesPerRow, firstBlockRows, nextBlockRows, throwIfAborted } from "./chunks";
import { readLedgerArea, SheetArea, usedRangeOf } from "./ledgerRead";
import type { ReadProgress, WorkbookGateway, WriteResult } from "./gateway";
import { REPORT_MARKER_KEY, ReportModel, type ReportTable } from "./reportModel";
import { gatewayEnglish } from "../i18n/excel";
import { causeOf, excelCode, GatewayError, GatewayErrorCode, WriteStage } from "./gatewayErrors";
import { excelFormat, layoutReport, type PlacedTable, type ReportLayout } from "./reportLayout";
import { formatReportSheet, writeContents, writeReportCharts } from "./reportSheetFormat";
import { appendLogRow, findLogSheet, writeDocument } from "./deskSheets";
import { uniqueSheetName } from "./sheetNames";
export { uniqueSheetName };
import { decodeSetting, encodeSetting, settingKey } from "./workbookSettings";
import { decodeReportMark, encodeReportMark, sheetFingerprint } from "./sheetFingerprint";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Writing the report failed at `stage`; the half-written sheet was removed. */
export class ReportWriteError extends GatewayError {
  constructor(stage: WriteStage, table: string, cause: string, detail?: unknown) {
    const params = { stage, table, cause };
    super("writeFailed", params, gatewayEnglish("writeFailed", params), detail);
    this.name = "ReportWriteError";
  }
}

/** Any failure inside `batch` as a GatewayError (one already is stays as it is; cancelling stays AbortError). */
async function guarded<T>(batch: () => Promise<T>, wrap: (error: unknown) => GatewayError): Promise<T> {
  try {
    return await batch();
  } catch (error) {
    if (error instanceof GatewayError || (error as Error)?.name === "AbortError") throw error;
    throw wrap(error);
  }
}

const gatewayError = (code: GatewayErrorCode, params: Record<string, string | number>, detail?: unknown) =>
  new GatewayError(code, params, gatewayEnglish(code, params), detail);

/** "Sheet 1!A1:B9" or "'Sheet 1'!A1" → sheet name and the A1 part. */
export function splitAddress(address: string): { sheet: string | null; a1: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(address.trim());
  if (!m) return { sheet: null, a1: address.trim() };
  return { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), a1: m[3] };
}

const A1 = (row: number, column: number) => `${columnLetters(column)}${row + 1}`;
const areaA1 = (row: number, column: number, rows: number, columns: number) =>
  rows === 1 && columns === 1 ? A1(row, column) : `${A1(row, column)}:${A1(row + rows - 1, column + columns - 1)}`;

/** A read run once more when the sheet changed under it; a second change is reported (changedDuringRead). */
async function readAgainIfChanged<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof GatewayError && error.code === "changedDuringRead") return read();
    throw error;
  }
}

/** Reads `range` of `sheet` in blocks; the sheet's name and the range's position must be loaded. */
async function readArea(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  range: Excel.Range,
  usedAtStart: Excel.Range | null,
  onProgress?: (p: ReadProgress) => void,
  signal?: AbortSignal,
): Promise<LedgerInput & { address: string }> {
  const sheetName = sheet.name;
  const area: SheetArea = {
    row: range.rowIndex,
    column: range.columnIndex,
    rows: range.rowCount,
    columns: range.columnCount,
  };
  const read = await readLedgerArea(context, sheet, area, usedAtStart, onProgress, signal);
  if (read.changed) throw gatewayError("changedDuringRead", { sheet: sheetName });
  return {
    values: read.values,
    numberFormats: read.numberFormats,
    sheet: sheetName,
    topLeft: A1(area.row, area.column),
    address: `${sheetPrefix(sheetName)}${areaA1(area.row, area.column, area.rows, area.columns)}`,
  };
}

export function createOfficeGateway(run: ExcelRun, kind: "excel" | "memory" = "excel"): WorkbookGateway {
  return {
    kind,
    readSelection: (onProgress, signal) => readSelectedLedger(run, onProgress, signal),
    readRange: (address, onProgress, signal) => readLedgerAt(run, address, onProgress, signal),
    selectRange: (address) => goToRange(run, address),
    writeReport(report, onProgress, signal) {
      return guarded(
        () => run((context) => writeReport(context, report, onProgress, signal)),
        (error) => new ReportWriteError("sheet", "", causeOf(error), error),
      );
    },
    readLog: () => readDeskLog(run),
    appendLogRow: (row, language) => run((context) => appendLogRow(context, row, language)),
    writeDocument: (doc) => run((context) => writeDocument(context, doc)),
    readSetting<T>(key: string) {
      return readWorkbookSetting<T>(run, key);
    },
    writeSetting: (key, value) => writeWorkbookSetting(run, key, value),
  };
}

/** The ledger the user selected, read in blocks (what the selection stands for: selectedArea). */
function readSelectedLedger(run: ExcelRun, onProgress?: (p: ReadProgress) => void, signal?: AbortSignal) {
  const read = () =>
    run(async (context) => {
      const { sheet, range, used } = await selectedArea(context);
      return readArea(context, sheet, range, used, onProgress, signal);
    });
  return guarded(
    () => readAgainIfChanged(read),
    (error) => gatewayError("readFailed", { cause: causeOf(error) }, error),
  );
}

/**
 * The area the selection stands for, loaded: one cell inside an Excel table is that table, header row included;
 * another single cell the sheet's used range; several cells (whole columns or rows too) only their part that holds
 * data. Empty: an emptySelection error.
 */
async function selectedArea(context: Excel.RequestContext) {
  let range = context.workbook.getSelectedRange();
  range.load("address,rowIndex,columnIndex,rowCount,columnCount,cellCount");
  const sheet = range.worksheet;
  sheet.load("name");
  try {
    await context.sync();
  } catch (error) {
    // Excel cannot hand over the selection when it is several areas, a chart or a shape (InvalidSelection).
    throw gatewayError("invalidSelection", {}, error);
  }
  // The cells holding values (a null object on a sheet without any: Excel's getUsedRange would give A1).
  const used = usedRangeOf(sheet);
  if (range.cellCount === 1) {
    // Decision: not the current region, which stops at the first blank row, and ledgers often have blank rows
    // (the analysis skips and counts them).
    const tables = range.getTables(false);
    tables.load("items/name");
    await context.sync();
    if (tables.items.length > 0) range = tables.items[0].getRange();
    else if (used.isNullObject) throw gatewayError("emptySelection", {});
    else range = used;
  } else {
    await context.sync();
    if (used.isNullObject) throw gatewayError("emptySelection", {});
    // Whole columns or rows: only the part that holds data.
    range = range.getIntersectionOrNullObject(used);
  }
  range.load("rowIndex,columnIndex,rowCount,columnCount,isNullObject");
  await context.sync();
  if (range.isNullObject) throw gatewayError("emptySelection", {});
  return { sheet, range, used };
}

/** The named sheet, or the active one when the address names none. */
function sheetNamed(context: Excel.RequestContext, name: string | null): Excel.Worksheet {
  return name ? context.workbook.worksheets.getItem(name) : context.workbook.worksheets.getActiveWorksheet();
}

/** A sheet the address names that the workbook does not have is sheetNotFound; any other failure `otherwise`. */
function sheetNotFoundOr(name: string | null, error: unknown, otherwise: () => GatewayError): GatewayError {
  return excelCode(error) === "ItemNotFound" && name
    ? gatewayError("sheetNotFound", { sheet: name }, error)
    : otherwise();
}

/** The ledger at an address ("Sheet 1!A1:F900", or A1 on the active sheet), read in blocks. */
function readLedgerAt(run: ExcelRun, address: string, onProgress?: (p: ReadProgress) => void, signal?: AbortSignal) {
  const { sheet: name, a1 } = splitAddress(address);
  const read = () =>
    run(async (context) => {
      const sheet = sheetNamed(context, name);
      sheet.load("name");
      const range = sheet.getRange(a1);
      range.load("rowIndex,columnIndex,rowCount,columnCount");
      const used = usedRangeOf(sheet);
      await context.sync();
      return readArea(context, sheet, range, used, onProgress, signal);
    });
  return guarded(
    () => readAgainIfChanged(read),
    (error) => sheetNotFoundOr(name, error, () => gatewayError("readFailed", { cause: causeOf(error) }, error)),
  );
}

/** Shows the user a range: activates its sheet and selects it. */
function goToRange(run: ExcelRun, address: string): Promise<void> {
  const { sheet: name, a1 } = splitAddress(address);
  const select = () =>
    run(async (context) => {
      const sheet = sheetNamed(context, name);
      sheet.activate();
      sheet.getRange(a1).select();
      await context.sync();
    });
  return guarded(select, (error) =>
    sheetNotFoundOr(name, error, () => gatewayError("selectFailed", { address, cause: causeOf(error) }, error)),
  );
}

/** The collections desk's contact log sheet, read whole (null when the workbook has none). */
function readDeskLog(run: ExcelRun) {
  return readAgainIfChanged(() =>
    run(async (context) => {
      const sheet = await findLogSheet(context);
      if (!sheet) return null;
      sheet.load("name");
      const used = sheet.getUsedRange(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount,address");
      await context.sync();
      return readArea(context, sheet, used, used);
    }),
  );
}

/** A setting AR Lens keeps in the workbook (workbookSettings.ts); null when there is none. */
async function readWorkbookSetting<T>(run: ExcelRun, key: string): Promise<T | null> {
  const stored = settingKey(key);
  const read = () =>
    run(async (context) => {
      const item = context.workbook.settings.getItemOrNullObject(stored);
      item.load("value");
      await context.sync();
      return item.isNullObject ? null : decodeSetting<T>(item.value);
    });
  return guarded(read, (error) => gatewayError("settingFailed", { key: stored, cause: causeOf(error) }, error));
}

/** Keeps a setting in the workbook, or removes it when the value says so (encodeSetting gives null). */
async function writeWorkbookSetting(run: ExcelRun, key: string, value: unknown): Promise<void> {
  const stored = settingKey(key);
  const text = encodeSetting(stored, value);
  const write = () =>
    run(async (context) => {
      if (text === null) {
        const item = context.workbook.settings.getItemOrNullObject(stored);
        item.load("key");
        await context.sync();
        if (item.isNullObject) return;
        item.delete();
      } else {
        // add() replaces an existing setting of the same key (Excel.SettingCollection.add).
        context.workbook.settings.add(stored, text);
      }
      await context.sync();
    });
  return guarded(write, (error) => gatewayError("settingFailed", { key: stored, cause: causeOf(error) }, error));
}

/** Excel takes a string starting with one of these as a formula when typed (and "=" when written by the API). */
const FORMULA_START = /^[=+\-@]/;

function writeText(range: Excel.Range, text: string): void {
  range.numberFormat = [["@"]];
  range.values = [[text]];
}

/** A row's formats with "@" for every string cell that Excel could take as a formula (whatever its column's format). */
export function textWhereFormulaLike(row: readonly unknown[], formats: string[]): string[] {
  return formats.map((f, c) => (typeof row[c] === "string" && FORMULA_START.test(row[c] as string) ? "@" : f));
}

/**
 * The earlier reports of this kind (same preferred name) that AR Lens may replace: marked, and unchanged since written
 * (fingerprint). Those changed since are the user's: `kept`, by name. Other sheets, an earlier version's marked
 * reports (no fingerprint) and the reports in another language are neither.
 */
async function earlierReports(context: Excel.RequestContext, sheets: Excel.Worksheet[], preferredName: string) {
  const markers = sheets.map((s) => {
    const p = s.customProperties.getItemOrNullObject(REPORT_MARKER_KEY);
    p.load("value");
    return p;
  });
  await context.sync();
  const replaceable: Excel.Worksheet[] = [];
  const kept: string[] = [];
  for (let i = 0; i < sheets.length; i++) {
    const mark = markers[i].isNullObject ? null : decodeReportMark(markers[i].value);
    if (!mark || mark.preferredName !== preferredName) continue;
    const unchanged = (await sheetFingerprint(context, sheets[i], sheets[i].name)) === mark.fingerprint;
    if (unchanged) replaceable.push(sheets[i]);
    else kept.push(sheets[i].name);
  }
  return { replaceable, kept };
}

/** Where writing the report had got to, for the error when it fails: the stage and the table being written. */
interface WritePoint {
  stage: WriteStage;
  table: string;
}

/**
 * Writes the report to a new sheet under a temporary name, then replaces the earlier reports AR Lens may replace and
 * gives the sheet its final name. A failed or cancelled write removes the half-written sheet.
 */
async function writeReport(
  context: Excel.RequestContext,
  report: ReportModel,
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<WriteResult> {
  const sheets = context.workbook.worksheets;
  const place = await reportPlace(context, sheets, report);
  const { layout, finalName } = place;
  const sheet = sheets.add(place.tempName);
  sheet.customProperties.add(REPORT_MARKER_KEY, "1");
  const at: WritePoint = { stage: "sheet", table: "" };
  try {
    await context.sync();
    at.stage = "heading";
    writeHeading(sheet, layout);
    await writeTables(context, sheet, report, layout, at, onProgress, signal);
    at.stage = "charts";
    writeContents(sheet, layout, finalName);
    writeReportCharts(sheet, layout);
    formatReportSheet(sheet, layout);
    await context.sync();
    throwIfAborted(signal);
    at.stage = "replace";
    return await replaceEarlierReports(context, sheet, report, place);
  } catch (error) {
    await removeHalfWritten(context, sheet);
    if ((error as Error)?.name === "AbortError") throw error;
    throw new ReportWriteError(at.stage, at.table, causeOf(error), error);
  }
}

/**
 * Where the report goes: the earlier reports it replaces (and those kept), its final sheet name (unique beside the
 * sheets it does not replace), a temporary name while an earlier report still holds the final one, and its layout
 * with table names no table in the workbook has yet.
 */
async function reportPlace(context: Excel.RequestContext, sheets: Excel.WorksheetCollection, report: ReportModel) {
  sheets.load("items/name");
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync();
  const { replaceable, kept } = await earlierReports(context, sheets.items, report.sheetName);
  const replacedNames = new Set(replaceable.map((s) => s.name.toLowerCase()));
  const allNames = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  const finalName = uniqueSheetName(
    report.sheetName,
    (n) => allNames.has(n.toLowerCase()) && !replacedNames.has(n.toLowerCase()),
  );
  const tempName = allNames.has(finalName.toLowerCase())
    ? uniqueSheetName(`${finalName.slice(0, 24)} (new)`, (n) => allNames.has(n.toLowerCase()))
    : finalName;
  const tableNames = new Set(tables.items.map((t) => t.name.toLowerCase()));
  let suffix = "";
  for (let n = 2; report.tables.some((t) => tableNames.has(`arlens_${t.name}${suffix}`.toLowerCase())); n++)
    suffix = `_${n}`;
  return { replaceable, kept, finalName, tempName, layout: layoutReport(report, suffix) };
}

type ReportPlace = Awaited<ReturnType<typeof reportPlace>>;

/**
 * The heading lines, the first in bold. Heading lines and titles are text ("@" before the value): a line starting
 * with "=", "+", "-" or "@" (a customer's name, a sheet's name) must never become a formula.
 */
function writeHeading(sheet: Excel.Worksheet, layout: ReportLayout): void {
  for (const h of layout.heading) writeText(sheet.getRangeByIndexes(h.row, 0, 1, 1), h.text);
  sheet.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;
}

/** Every table: its bold title, its rows in blocks, then an Excel table over header and rows. */
async function writeTables(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  report: ReportModel,
  layout: ReportLayout,
  at: WritePoint,
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<void> {
  const total = layout.tables.reduce((s, t) => s + t.rowCount, 0);
  let done = 0;
  const wrote = (rows: number) => {
    done += rows;
    onProgress?.(done, total);
  };
  for (const placed of layout.tables) {
    throwIfAborted(signal);
    at.stage = "table";
    at.table = placed.table.title;
    const title = sheet.getRangeByIndexes(placed.titleRow, placed.left, 1, 1);
    writeText(title, placed.table.title);
    title.format.font.bold = true;
    await writeTableRows(context, sheet, report, placed, wrote, signal);
    const t = sheet.tables.add(
      sheet.getRangeByIndexes(placed.top, placed.left, placed.rowCount, placed.columnCount),
      true,
    );
    t.name = placed.excelName;
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync a table: Excel names the table only once its range exists
    await context.sync();
  }
}

/** A table's number formats row by row: the header row text, body rows their columns' formats (or the row's own). */
function rowFormatsOf(report: ReportModel, table: ReportTable): (i: number) => string[] {
  const formats = table.columns.map((c) => excelFormat(report, c.format));
  return (i) => {
    if (i === 0) return table.columns.map(() => "@");
    const f = [...formats];
    if (table.rowFormats)
      for (const c of table.rowFormats.columns) f[c] = excelFormat(report, table.rowFormats.formats[i - 1]);
    return f;
  };
}

/** A table's header and rows, in blocks under Excel's 5 MB request limit (chunks.ts), one sync a block. */
async function writeTableRows(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  report: ReportModel,
  placed: PlacedTable,
  wrote: (rows: number) => void,
  signal?: AbortSignal,
): Promise<void> {
  const { table } = placed;
  const rowFormats = rowFormatsOf(report, table);
  const rows: unknown[][] = [table.columns.map((c) => c.header), ...table.rows];
  let block = firstBlockRows(placed.columnCount);
  for (let start = 0; start < rows.length;) {
    throwIfAborted(signal);
    const n = Math.min(block, rows.length - start);
    const slice = rows.slice(start, start + n).map((r) => r.map((v) => (v === null ? "" : v)));
    const fmt = slice.map((row, i) => textWhereFormulaLike(row, rowFormats(start + i)));
    const range = sheet.getRangeByIndexes(placed.top + start, placed.left, n, placed.columnCount);
    // Formats before values, against the usual advice, on purpose: a text column must be "@" before its values
    // land, or Excel turns text such as invoice number "0000611365" into the number 611365.
    range.numberFormat = fmt;
    range.values = slice;
    context.application.suspendApiCalculationUntilNextSync();
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- blocks under Excel's 5 MB request limit, one sync each
    await context.sync();
    range.untrack();
    block = nextBlockRows(bytesPerRow(slice) + bytesPerRow(fmt), placed.columnCount);
    start += n;
    wrote(n);
  }
}

/**
 * The report takes the place of the earlier reports it replaces, under its final name, and is shown. The mark keeps
 * the fingerprint of the sheet as written, under its final name (sheetFingerprint.ts).
 */
async function replaceEarlierReports(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  report: ReportModel,
  { replaceable, kept, finalName, tempName }: ReportPlace,
): Promise<WriteResult> {
  const fingerprint = await sheetFingerprint(context, sheet, finalName);
  sheet.customProperties.add(REPORT_MARKER_KEY, encodeReportMark({ fingerprint, preferredName: report.sheetName }));
  for (const old of replaceable) old.delete();
  if (tempName !== finalName) sheet.name = finalName;
  sheet.activate();
  await context.sync();
  return { sheetName: finalName, replaced: replaceable.length > 0, kept };
}

/** Removes what was half written; the user's sheets were never touched. */
async function removeHalfWritten(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<void> {
  try {
    sheet.delete();
    await context.sync();
  } catch {
    /* the sheet may not exist if creating it failed */
  }
}
