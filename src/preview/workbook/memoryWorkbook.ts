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

/** The texts of a chart whose font size AR Lens sets. */
export type ChartTextPart =
  "title" | "categoryLabels" | "valueLabels" | "categoryTitle" | "valueTitle" | "legend" | "dataLabel";

export interface SheetChart {
  kind: "column" | "line";
  title: string;
  data: Area;
  categories: Area | null;
  /** Top-left and bottom-right cells the chart covers. */
  position: Area;
  /** Axis titles and the value axis's number format, as set through chart.axes. */
  axes?: { categoryTitle?: string; valueTitle?: string; valueFormat?: string };
  legendPosition?: string;
  /** Per series: line style ("Dash") and marker ("Circle"), where set. */
  seriesStyles?: { lineStyle?: string; marker?: string }[];
  /** Points showing a data label: series index and point index. */
  labelledPoints?: { series: number; point: number }[];
  /** Font sizes (points) set on the chart's parts. */
  fontSizes?: Partial<Record<ChartTextPart, number>>;
}

/** What Excel's worksheet.pageLayout holds, as AR Lens sets it (documents): stored so tests can read it back. */
export interface PageSetup {
  orientation: "Portrait" | "Landscape";
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  centerHorizontally: boolean;
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** "$5:$5" or null. */
  printTitleRows: string | null;
  /** "A1:H39,A41:M900" or null (the whole used range). */
  printArea?: string | null;
  header: { left: string; center: string; right: string };
  footer: { left: string; center: string; right: string };
}

export function defaultPageSetup(): PageSetup {
  return {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: { scale: 100 },
    centerHorizontally: false,
    margins: { left: 50.4, right: 50.4, top: 54, bottom: 54, header: 21.6, footer: 21.6 },
    printTitleRows: null,
    header: { left: "", center: "", right: "" },
    footer: { left: "", center: "", right: "" },
  };
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
  /** Cells written with wrap on, keyed "row,column". */
  readonly wrapped = new Set<string>();
  /** Links to places in the workbook, keyed "row,column" ("'Sheet'!A45"). */
  readonly hyperlinks = new Map<string, string>();
  pageSetup: PageSetup = defaultPageSetup();
  /** Writes so far (set, insertRows): what a kept usedArea was found after. */
  private writes = 0;
  private used: { writes: number; area: Area | null } | null = null;
  private bounds: { writes: number; area: Area | null } | null = null;

  constructor(
    readonly id: number,
    public name: string,
  ) {}

  get(row: number, column: number): CellValue {
    return this.rows[row]?.[column] ?? "";
  }

  set(row: number, column: number, value: CellValue): void {
    this.writes++;
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

  /**
   * Inserts `count` empty rows at `at`, as Excel's insert of entire rows: values, formats, formulas, bold cells, tables
   * and charts at or below move down; a table the rows cut through grows. (Formulas' references are not rewritten.)
   */
  insertRows(at: number, count: number): void {
    this.writes++;
    if (at < this.rows.length) this.rows.splice(at, 0, ...Array.from({ length: count }, () => [] as CellValue[]));
    const moved = (key: string) => {
      const [r, c] = key.split(",").map(Number);
      return r >= at ? `${r + count},${c}` : key;
    };
    const shiftMap = <V>(map: Map<string, V>) => {
      const entries = [...map];
      map.clear();
      for (const [k, v] of entries) map.set(moved(k), v);
    };
    shiftMap(this.cellFormats);
    shiftMap(this.formulas);
    shiftMap(this.errorMessages);
    shiftMap(this.spills);
    for (const a of this.spills.values()) if (a.row >= at) a.row += count;
    this.bold = new Set([...this.bold].map(moved));
    const shiftArea = (a: Area) => {
      if (a.row >= at) a.row += count;
      else if (a.row + a.rows > at) a.rows += count;
    };
    this.tables.forEach(shiftArea);
    for (const c of this.charts) [c.data, c.position, ...(c.categories ? [c.categories] : [])].forEach(shiftArea);
  }

  /**
   * The smallest area holding every non-empty cell, wherever it starts (Excel's used range of values). Each row is
   * read from its ends inward, so a full sheet costs a look at each row's first and last cells, not at every cell;
   * and kept until the next write (a range of the used area asks for it at each property read).
   */
  valueBounds(): Area | null {
    if (this.bounds?.writes !== this.writes) this.bounds = { writes: this.writes, area: this.findValueBounds() };
    return this.bounds.area && { ...this.bounds.area };
  }

  private findValueBounds(): Area | null {
    const filled = (v: CellValue | undefined) => v !== "" && v !== undefined;
    let top = -1;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    for (let i = 0; i < this.rows.length; i++) {
      const r = this.rows[i];
      if (!r) continue;
      let first = 0;
      while (first < r.length && !filled(r[first])) first++;
      if (first === r.length) continue;
      let last = r.length - 1;
      while (!filled(r[last])) last--;
      if (top < 0) top = i;
      bottom = i;
      left = Math.min(left, first);
      right = Math.max(right, last);
    }
    return top < 0 ? null : { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
  }

  /** Excel's used range: the values' bounds, widened to every cell given a number format unless `valuesOnly`. */
  usedBounds(valuesOnly: boolean): Area | null {
    const values = this.valueBounds();
    if (valuesOnly || this.cellFormats.size === 0) return values;
    let top = values ? values.row : Infinity;
    let left = values ? values.column : Infinity;
    let bottom = values ? values.row + values.rows - 1 : -1;
    let right = values ? values.column + values.columns - 1 : -1;
    for (const key of this.cellFormats.keys()) {
      const comma = key.indexOf(",");
      const r = +key.slice(0, comma);
      const c = +key.slice(comma + 1);
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
  }

  /**
   * The area from A1 to the last non-empty cell: what the preview's grid draws at every render (not Excel's used
   * range). Kept until the next write (set, insertRows): a million-row sheet is read once, not at every render.
   */
  usedArea(): Area | null {
    if (this.used?.writes !== this.writes) this.used = { writes: this.writes, area: this.findUsedArea() };
    return this.used.area && { ...this.used.area };
  }

  private findUsedArea(): Area | null {
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
  /** What is selected when it is not one block of cells (Excel's getSelectedRange fails on these). */
  kind?: "cells" | "areas" | "chart" | "shape";
}

const A1: Area = { row: 0, column: 0, rows: 1, columns: 1 };

export class MemoryWorkbook {
  readonly sheets: MemorySheet[] = [];
  activeSheetId = 0;
  /** Each sheet keeps its own selection, as in Excel (A1 until something else is selected). */
  private selections = new Map<number, Area & { stamp: number; kind?: Selection["kind"] }>();
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
    const kind = this.selections.get(this.activeSheetId)?.kind;
    return { sheetId: this.activeSheetId, ...this.selectionOf(this.activeSheetId), ...(kind ? { kind } : {}) };
  }

  /** Sets the selection of the sheet it names (which need not be the visible one: activate it separately). */
  set selection(s: Selection) {
    this.selections.set(s.sheetId, {
      row: s.row,
      column: s.column,
      rows: s.rows,
      columns: s.columns,
      stamp: ++this.stamps,
      ...(s.kind ? { kind: s.kind } : {}),
    });
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
