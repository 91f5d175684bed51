/**
 * An in-memory workbook: sheets of cell values (with formulas and number formats), tables, charts, custom
 * properties and a selection. The preview draws it as a grid and the Excel API stand-in (excelApi.ts) lets the
 * taskpane's Office gateway read and write it exactly as it does Excel. Listeners hear about every change.
 */
export type CellValue = string | number | boolean;

export interface Area {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export interface SheetTable extends Area {
  name: string;
}

export interface SheetChart {
  kind: "column" | "line";
  title: string;
  data: Area;
  categories: Area | null;
  /** Top-left and bottom-right cells the chart covers. */
  position: Area;
}

export class MemorySheet {
  readonly rows: CellValue[][] = [];
  /** Number format per column (whole-column default) and per cell (overrides). */
  columnFormats: string[] = [];
  readonly cellFormats = new Map<string, string>();
  /** Column widths in pixels set by AutoFit (unset: the grid's default width). */
  readonly columnWidths: number[] = [];
  /** Formulas typed by the user, keyed "row,column"; `rows` holds their results (spills included). */
  readonly formulas = new Map<string, string>();
  /** Message behind an error value (#VALUE! …) shown in a cell, keyed "row,column". */
  readonly errorMessages = new Map<string, string>();
  /** Area each formula spilled into, keyed by the formula's cell. */
  readonly spills = new Map<string, Area>();
  readonly properties = new Map<string, string>();
  readonly tables: SheetTable[] = [];
  readonly charts: SheetChart[] = [];
  bold = new Set<string>();

  constructor(
    readonly id: number,
    public name: string,
  ) {}

  get(row: number, column: number): CellValue {
    return this.rows[row]?.[column] ?? "";
  }

  set(row: number, column: number, value: CellValue): void {
    let r = this.rows[row];
    if (!r) {
      for (let i = this.rows.length; i <= row; i++) this.rows[i] ??= [];
      r = this.rows[row];
    }
    r[column] = value;
  }

  format(row: number, column: number): string {
    return this.cellFormats.get(`${row},${column}`) ?? this.columnFormats[column] ?? "General";
  }

  setFormat(row: number, column: number, format: string): void {
    this.cellFormats.set(`${row},${column}`, format);
  }

  /** The smallest area from A1 holding every non-empty cell (Excel's used range, anchored at A1 for simplicity). */
  usedArea(): Area | null {
    let rows = 0;
    let columns = 0;
    this.rows.forEach((r, i) => {
      if (!r) return;
      for (let c = r.length - 1; c >= 0; c--) {
        if (r[c] !== "" && r[c] !== undefined) {
          rows = i + 1;
          columns = Math.max(columns, c + 1);
          break;
        }
      }
    });
    return rows === 0 ? null : { row: 0, column: 0, rows, columns };
  }
}

export interface Selection extends Area {
  sheetId: number;
}

const A1: Area = { row: 0, column: 0, rows: 1, columns: 1 };

export class MemoryWorkbook {
  readonly sheets: MemorySheet[] = [];
  activeSheetId = 0;
  /** Each sheet keeps its own selection, as in Excel (A1 until something else is selected). */
  private selections = new Map<number, Area & { stamp: number }>();
  private stamps = 0;
  /** The workbook's settings (Excel.SettingCollection): key → stored value; they travel with the file. */
  readonly settings = new Map<string, unknown>();
  private nextId = 1;
  private listeners = new Set<() => void>();
  version = 0;

  addSheet(name: string): MemorySheet {
    if (this.sheet(name)) throw new Error(`A sheet named "${name}" already exists`);
    const sheet = new MemorySheet(this.nextId++, name);
    this.sheets.push(sheet);
    if (this.sheets.length === 1) this.activeSheetId = sheet.id;
    return sheet;
  }

  sheet(name: string): MemorySheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  byId(id: number): MemorySheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  removeSheet(id: number): void {
    const i = this.sheets.findIndex((s) => s.id === id);
    if (i < 0) return;
    this.sheets.splice(i, 1);
    if (this.activeSheetId === id) this.activeSheetId = this.sheets[0]?.id ?? 0;
    this.selections.delete(id);
  }

  /** The visible sheet's selection: what Excel's getSelectedRange returns, the address box and the ƒx bar show. */
  get selection(): Selection {
    return { sheetId: this.activeSheetId, ...this.selectionOf(this.activeSheetId) };
  }

  /** Sets the selection of the sheet it names (which need not be the visible one: activate it separately). */
  set selection(s: Selection) {
    this.selections.set(s.sheetId, { row: s.row, column: s.column, rows: s.rows, columns: s.columns, stamp: ++this.stamps });
  }

  selectionOf(sheetId: number): Area {
    const s = this.selections.get(sheetId);
    return s ? { row: s.row, column: s.column, rows: s.rows, columns: s.columns } : A1;
  }

  /** Grows each time a sheet's selection is set (even to the same cells): the grid then scrolls it into view. */
  selectionStamp(sheetId: number): number {
    return this.selections.get(sheetId)?.stamp ?? 0;
  }

  get activeSheet(): MemorySheet {
    return this.byId(this.activeSheetId) ?? this.sheets[0];
  }

  /** Fills a sheet from a 2-D array of values starting at A1. */
  load(sheet: MemorySheet, values: readonly (readonly CellValue[])[], columnFormats: string[] = []): void {
    values.forEach((row, r) => row.forEach((v, c) => sheet.set(r, c, v === null || v === undefined ? "" : v)));
    sheet.columnFormats = columnFormats;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }
}
