/**
 * The taskpane's window on the workbook. src/excel/officeGateway.ts implements it with Office.js; the preview
 * and the tests implement it in memory. Nothing else in the taskpane touches the workbook.
 */
import type { DocumentContent, LedgerInput, NewLogRow } from "../engine";
import type { ReportModel } from "./reportModel";

export interface ReadProgress {
  rowsRead: number;
  rowsTotal: number;
}

export interface WriteResult {
  sheetName: string;
  /** True when an earlier AR Lens report sheet (its marker, unchanged since written) was replaced. */
  replaced: boolean;
  /** Earlier reports of the same kind kept because someone changed them (renamed, typed in, reformatted). */
  kept?: string[];
}

export interface WorkbookGateway {
  /** Host name for display ("Excel", "Preview"). */
  readonly kind: "excel" | "memory";
  /**
   * Reads the selected range (or, when one cell is selected, its current region) with values and number formats,
   * in row chunks. `signal` aborts between chunks.
   */
  readSelection(
    onProgress?: (p: ReadProgress) => void,
    signal?: AbortSignal,
  ): Promise<LedgerInput & { address: string }>;
  /** Reads a given address such as "Sheet1!A1:L2467". */
  readRange(
    address: string,
    onProgress?: (p: ReadProgress) => void,
    signal?: AbortSignal,
  ): Promise<LedgerInput & { address: string }>;
  /** Selects a cell or range so the user sees it (e.g. a row issue's address). */
  selectRange(address: string): Promise<void>;
  /**
   * Writes the report to a new sheet named `preferredName` (made unique if a sheet AR Lens may not replace has that
   * name), replacing only an earlier report of the same kind that carries AR Lens's marker and that nobody changed
   * since it was written. Removes a half-written sheet if writing fails.
   */
  writeReport(
    report: ReportModel,
    onProgress?: (done: number, total: number) => void,
    signal?: AbortSignal,
  ): Promise<WriteResult>;
  /** The contact log sheet (the one AR Lens marked) read whole, header row first; null when the workbook has none. */
  readLog(): Promise<(LedgerInput & { address: string }) | null>;
  /** Appends a contact to the log, creating and marking the log sheet (header in `language`) the first time. */
  appendLogRow(row: NewLogRow, language: "en" | "zh-CN"): Promise<{ sheetName: string; address: string }>;
  /** Writes a statement, letter or claim file to a new marked sheet with print-ready page setup. */
  writeDocument(doc: DocumentContent): Promise<WriteResult>;
  /** A JSON value AR Lens saved in this workbook under `key`, or null. */
  readSetting<T>(key: string): Promise<T | null>;
  /** Saves a JSON value in this workbook under `key` (it travels with the file). */
  writeSetting(key: string, value: unknown): Promise<void>;
}
