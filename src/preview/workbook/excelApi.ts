/**
 * A stand-in for the part of the Excel JavaScript API that src/excel/officeGateway.ts uses, over a MemoryWorkbook:
 * `run(batch)` like the Excel API's run, proxies with load()/sync() semantics (a loaded property read before sync throws
 * PropertyNotLoaded), and Excel's limits enforced at every sync: 5 MB per request and per response, 5,000,000
 * cells per read. As in Excel, a batch's loads and cell writes (values, number formats, row inserts, AutoFit) run at
 * sync in the order they were queued, and what is still queued when the batch returns is sent then; so two writers'
 * syncs can be interleaved (`beforeSync`) as two panes or co-authors would. Structural changes (sheets added, renamed,
 * deleted; tables, charts, custom properties, settings) apply when made. The preview uses it so the real gateway runs in the browser; the tests use it to prove chunking,
 * that source data is never written, and the clean-up after a failed write.
 */
import { columnLetters, parseCell } from "../../engine/ledger/addresses";
import { utf8Bytes as utf8 } from "../../excel/chunks";
import { autofitColumns } from "./autofit";
import type { Area, ChartTextPart, MemorySheet, MemoryWorkbook, PageSetup, SheetChart } from "./memoryWorkbook";

/** Excel.PaperType values (the ones a finance office prints on, and the rest of the enum Excel accepts). */
const PAPER_TYPES = [
  "Letter",
  "LetterSmall",
  "Tabloid",
  "Ledger",
  "Legal",
  "Statement",
  "Executive",
  "A3",
  "A4",
  "A4Small",
  "A5",
  "B4",
  "B5",
  "Folio",
  "Quatro",
  "Paper10x14",
  "Paper11x17",
  "Note",
  "Envelope9",
  "Envelope10",
  "Envelope11",
  "Envelope12",
  "Envelope14",
  "Csheet",
  "Dsheet",
  "Esheet",
  "EnvelopeDL",
  "EnvelopeC5",
  "EnvelopeC3",
  "EnvelopeC4",
  "EnvelopeC6",
  "EnvelopeC65",
  "EnvelopeB4",
  "EnvelopeB5",
  "EnvelopeB6",
  "EnvelopeItaly",
  "EnvelopeMonarch",
  "EnvelopePersonal",
  "FanfoldUS",
  "FanfoldStdGerman",
  "FanfoldLegalGerman",
];

export interface ExcelLimits {
  payloadBytes: number;
  cellsPerRead: number;
}

export const EXCEL_LIMITS: ExcelLimits = { payloadBytes: 5 * 1024 * 1024, cellsPerRead: 5_000_000 };

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  cellsRead: number;
}

export interface ExcelApiOptions {
  limits?: ExcelLimits;
  /** Called after every successful sync with what it carried (tests check the payloads). */
  onSync?: (record: SyncRecord) => void;
  /** Lets a test make a sync fail (e.g. the 3rd one) to simulate a failure midway. */
  failSync?: (index: number) => Error | null;
  /** Awaited before a sync is carried out: a test holds one writer's sync while another writer runs. */
  beforeSync?: (index: number) => Promise<void> | void;
  /** Called after every successful sync, before the batch goes on: a test edits the workbook between two syncs. */
  afterSync?: (index: number, book: MemoryWorkbook) => void;
}

export class ExcelApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- stands in for Excel's run(), whose context the fake builds
type Run = <T>(batch: (context: any) => Promise<T>) => Promise<T>;

/** Excel's last column is XFD: 16,384 columns. */
const MAX_COLUMNS = 16_384;

/** Request bytes of one range load besides the properties named: the object path, the action and their ids. */
const LOAD_REQUEST_BYTES = 64;

/** UTF-8 bytes of a JSON payload: Excel on the web's 5 MB limit is on the UTF-8 request and response. */
const json = (v: unknown) => utf8(JSON.stringify(v));

/** One value a cell of the area (by its sheet row and column), row by row. */
function areaGrid<T>(area: Area, cell: (row: number, column: number) => T): T[][] {
  const out: T[][] = new Array(area.rows);
  for (let r = 0; r < area.rows; r++) {
    const row = new Array<T>(area.columns);
    for (let c = 0; c < area.columns; c++) row[c] = cell(area.row + r, area.column + c);
    out[r] = row;
  }
  return out;
}

class Context {
  /** Loads and cell writes queued since the last sync, run in order at the next one. */
  loads: (() => { bytes: number; cells: number })[] = [];
  requestBytes = 0;
  error: Error | null = null;
  syncs = 0;
  readonly workbook: WorkbookProxy;
  readonly application = { suspendApiCalculationUntilNextSync: () => undefined };

  constructor(
    readonly book: MemoryWorkbook,
    readonly options: ExcelApiOptions,
  ) {
    this.workbook = new WorkbookProxy(this);
  }

  fail(error: Error): void {
    this.error ??= error;
  }

  /** Queues a cell write: it reaches the workbook at the next sync, after what was queued before it. */
  queue(write: () => void): void {
    this.loads.push(() => {
      write();
      return { bytes: 0, cells: 0 };
    });
  }

  async sync(): Promise<void> {
    const index = this.syncs++;
    const limits = this.options.limits ?? EXCEL_LIMITS;
    await this.options.beforeSync?.(index);
    try {
      const injected = this.options.failSync?.(index);
      if (injected) throw injected;
      if (this.error) throw this.error;
      if (this.requestBytes > limits.payloadBytes) {
        throw new ExcelApiError(
          "RequestPayloadSizeLimitExceeded",
          `The request payload size (${this.requestBytes} bytes) has exceeded the limit (${limits.payloadBytes})`,
        );
      }
      let responseBytes = 0;
      let cells = 0;
      for (const load of this.loads) {
        const r = load();
        responseBytes += r.bytes;
        cells += r.cells;
        if (r.cells > limits.cellsPerRead)
          throw new ExcelApiError(
            "ResponsePayloadSizeLimitExceeded",
            `A read of ${r.cells} cells exceeds ${limits.cellsPerRead} cells`,
          );
      }
      if (responseBytes > limits.payloadBytes) {
        throw new ExcelApiError(
          "ResponsePayloadSizeLimitExceeded",
          `The response payload size (${responseBytes} bytes) has exceeded the limit (${limits.payloadBytes})`,
        );
      }
      this.options.onSync?.({ requestBytes: this.requestBytes, responseBytes, cellsRead: cells });
      this.options.afterSync?.(index, this.book);
    } finally {
      this.loads = [];
      this.requestBytes = 0;
      this.error = null;
      this.book.changed();
    }
  }
}

/**
 * Whether Excel would take a string written to a cell as a formula. Excel parses `range.values` like typed input:
 * "=…" in a cell not formatted as text ("@") becomes a formula. Decision for the stand-in (stricter than the
 * documented minimum, so a report that passes here is safe in any Excel): a leading "+", "-" or "@" is treated as a
 * formula starter too, as when typed ("+1" → "=+1", "@SUM(1)" → "=SUM(1)"), unless the rest is a plain number
 * ("-5" stays the text "-5" here; Excel would store the number -5, which is not a formula risk).
 */
export function formulaOf(text: string, numberFormat: string): string | null {
  if (numberFormat === "@" || text.length < 2) return null;
  const first = text[0];
  if (first === "=") return text;
  if (first !== "+" && first !== "-" && first !== "@") return null;
  if (/^[+-]\s*(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(text)) return null;
  return first === "@" ? `=${text.slice(1)}` : `=${text}`;
}

/** Writes one value the way Excel does: a formula-like string in a non-text cell becomes a formula (result unknown here). */
function writeValue(sheet: MemorySheet, r: number, c: number, x: unknown): void {
  const k = `${r},${c}`;
  const formula = typeof x === "string" ? formulaOf(x, sheet.format(r, c)) : null;
  if (formula) {
    sheet.formulas.set(k, formula);
    sheet.set(r, c, "#NAME?"); // the stand-in does not evaluate what the API writes; the cell no longer holds the text
    return;
  }
  sheet.formulas.delete(k);
  sheet.set(r, c, x as string | number | boolean);
}

/** Why Excel refuses a worksheet name, or null: 1–31 characters, none of \ / ? * [ ] :, no apostrophe first or last, not "History". */
export function sheetNameProblem(name: string): string | null {
  if (typeof name !== "string" || name.length === 0 || name.length > 31) return "a sheet name has 1 to 31 characters";
  if (/[\\/?*[\]:]/.test(name)) return "a sheet name cannot contain \\ / ? * [ ] :";
  if (name.startsWith("'") || name.endsWith("'")) return "a sheet name cannot begin or end with an apostrophe";
  if (name.toLowerCase() === "history") return '"History" is reserved by Excel';
  return null;
}

/** Why Excel refuses a table name, or null: a letter, _ or \ first, then letters, digits, _ and .; no cell reference; at most 255. */
export function tableNameProblem(name: string): string | null {
  if (typeof name !== "string" || name.length === 0 || name.length > 255) return "a table name has 1 to 255 characters";
  if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name))
    return "a table name starts with a letter or _ and holds only letters, digits, _ and .";
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name) || /^[RrCc]$/.test(name))
    return "a table name cannot look like a cell reference";
  return null;
}

function notLoaded(what: string): never {
  throw new ExcelApiError(
    "PropertyNotLoaded",
    `The property '${what}' is not available. Load it and call context.sync() first.`,
  );
}

class Loaded<T extends object> {
  protected data: Partial<T> | null = null;
  protected read<K extends keyof T>(key: K): T[K] {
    if (!this.data || !(key in this.data)) notLoaded(String(key));
    return this.data[key] as T[K];
  }
}

interface RangeData {
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: string[][];
  address: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  cellCount: number;
  isNullObject: boolean;
}

class RangeProxy extends Loaded<RangeData> {
  readonly format: { font: { bold: boolean }; autofitColumns: () => void; columnWidth: number; wrapText: boolean };

  constructor(
    private ctx: Context,
    private sheetOf: () => MemorySheet,
    private areaOf: () => Area | null,
  ) {
    super();
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the format object's accessors have their own this
    const self = this;
    this.format = {
      font: {
        set bold(on: boolean) {
          const area = self.area();
          for (let r = 0; r < area.rows; r++)
            for (let c = 0; c < area.columns; c++)
              self.sheetOf().bold[on ? "add" : "delete"](`${area.row + r},${area.column + c}`);
        },
        get bold() {
          return notLoaded("format/font/bold");
        },
      },
      autofitColumns: () => {
        const area = self.area();
        self.ctx.queue(() => autofitColumns(self.sheetOf(), area));
      },
      // Excel's columnWidth is in points; the grid keeps pixels (96 dpi: 4/3 pixel a point).
      set columnWidth(points: number) {
        if (typeof points !== "number" || !Number.isFinite(points) || points < 0 || points > 255 * 7.5) {
          self.ctx.fail(
            new ExcelApiError(
              "InvalidArgument",
              `The argument is invalid or missing or has an incorrect format (columnWidth ${points}).`,
            ),
          );
          return;
        }
        const area = self.area();
        for (let c = 0; c < area.columns; c++)
          self.sheetOf().columnWidths[area.column + c] = Math.round((points * 4) / 3);
      },
      get columnWidth(): number {
        return notLoaded("format/columnWidth");
      },
      set wrapText(on: boolean) {
        const area = self.area();
        for (let r = 0; r < area.rows; r++)
          for (let c = 0; c < area.columns; c++)
            self.sheetOf().wrapped[on ? "add" : "delete"](`${area.row + r},${area.column + c}`);
      },
      get wrapText(): boolean {
        return notLoaded("format/wrapText");
      },
    };
  }

  /** Excel's range.hyperlink (ExcelApi 1.7): only links to a place in the workbook are kept. */
  set hyperlink(link: { documentReference?: string; textToDisplay?: string }) {
    const area = this.area();
    if (!link || typeof link.documentReference !== "string" || !/^'?[^']+'?![A-Z]+\d+$/.test(link.documentReference)) {
      this.ctx.fail(
        new ExcelApiError(
          "InvalidArgument",
          `The argument is invalid or missing or has an incorrect format (hyperlink ${JSON.stringify(link)}).`,
        ),
      );
      return;
    }
    this.sheetOf().hyperlinks.set(`${area.row},${area.column}`, link.documentReference);
    if (typeof link.textToDisplay === "string") this.sheetOf().set(area.row, area.column, link.textToDisplay);
  }

  private area(): Area {
    const a = this.areaOf();
    if (!a) throw new ExcelApiError("InvalidReference", "This reference is not valid (a null range)");
    return a;
  }

  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, this.sheetOf);
  }

  load(props?: string): this {
    const wanted = new Set((props ?? "values,numberFormat").split(",").map((p) => p.trim()));
    // The request names the range and what to load (Excel's request JSON carries an action per load).
    this.ctx.requestBytes += LOAD_REQUEST_BYTES + utf8(props ?? "");
    this.ctx.loads.push(() => {
      const area = this.areaOf();
      if (!area) {
        this.data = { isNullObject: true };
        return { bytes: 0, cells: 0 };
      }
      const sheet = this.sheetOf();
      const data: Partial<RangeData> = {
        isNullObject: false,
        rowIndex: area.row,
        columnIndex: area.column,
        rowCount: area.rows,
        columnCount: area.columns,
        cellCount: area.rows * area.columns,
        address: `${sheet.name.includes(" ") ? `'${sheet.name}'` : sheet.name}!${columnLetters(area.column)}${area.row + 1}:${columnLetters(area.column + area.columns - 1)}${area.row + area.rows}`,
      };
      let bytes = 64;
      let cells = 0;
      if (wanted.has("values")) {
        const values = areaGrid<unknown>(area, (r, c) => sheet.get(r, c));
        data.values = values;
        bytes += json(values);
        cells = area.rows * area.columns;
      }
      if (wanted.has("formulas")) {
        // Excel's range.formulas: a cell's formula, or its constant where it has none.
        const formulas = areaGrid<unknown>(area, (r, c) => sheet.formulas.get(`${r},${c}`) ?? sheet.get(r, c));
        data.formulas = formulas;
        bytes += json(formulas);
        cells = area.rows * area.columns;
      }
      if (wanted.has("numberFormat")) {
        const formats = areaGrid<string>(area, (r, c) => sheet.format(r, c));
        data.numberFormat = formats;
        bytes += json(formats);
        cells = area.rows * area.columns;
      }
      // Like Excel, only what was asked for is readable (isNullObject always is), with what an earlier load brought.
      if (props)
        for (const k of Object.keys(data) as (keyof RangeData)[])
          if (k !== "isNullObject" && !wanted.has(k)) delete data[k];
      this.data = { ...(this.data ?? {}), ...data };
      return { bytes, cells };
    });
    return this;
  }

  get values(): unknown[][] {
    return this.read("values");
  }
  set values(v: unknown[][]) {
    this.write(v, "values", (sheet, r, c, x) => writeValue(sheet, r, c, x));
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set numberFormat(v: string[][]) {
    this.write(v, "numberFormat", (sheet, r, c, x) => sheet.setFormat(r, c, String(x)));
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }

  private write(
    v: unknown[][],
    what: string,
    put: (sheet: MemorySheet, r: number, c: number, x: unknown) => void,
  ): void {
    this.ctx.requestBytes += json(v);
    const area = this.area();
    if (
      !Array.isArray(v) ||
      v.length !== area.rows ||
      v.some((row) => !Array.isArray(row) || row.length !== area.columns)
    ) {
      this.ctx.fail(
        new ExcelApiError(
          "InvalidArgument",
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`,
        ),
      );
      return;
    }
    this.ctx.queue(() => {
      const sheet = this.sheetOf();
      for (let r = 0; r < area.rows; r++)
        for (let c = 0; c < area.columns; c++) put(sheet, area.row + r, area.column + c, v[r][c]);
    });
  }

  /** The whole rows of this range (Excel's getEntireRow). */
  getEntireRow(): RangeProxy {
    return new RangeProxy(this.ctx, this.sheetOf, () => {
      const a = this.areaOf();
      return a ? { row: a.row, column: 0, rows: a.rows, columns: MAX_COLUMNS } : null;
    });
  }

  /**
   * Inserts empty cells here, shifting what was here down (Excel's Range.insert("Down")) and returns the new cells.
   * The stand-in inserts entire rows only (what AR Lens does): a partial range fails at sync.
   */
  insert(shift: string): RangeProxy {
    const area = this.area();
    if (shift !== "Down" || area.column !== 0 || area.columns !== MAX_COLUMNS) {
      this.ctx.fail(
        new ExcelApiError("NotImplemented", 'The stand-in inserts entire rows only (getEntireRow().insert("Down"))'),
      );
      return this;
    }
    this.ctx.queue(() => this.sheetOf().insertRows(area.row, area.rows));
    return new RangeProxy(this.ctx, this.sheetOf, () => area);
  }

  getIntersectionOrNullObject(other: RangeProxy): RangeProxy {
    return new RangeProxy(this.ctx, this.sheetOf, () => {
      const a = this.areaOf();
      const b = other.areaOf();
      if (!a || !b) return null;
      const row = Math.max(a.row, b.row);
      const column = Math.max(a.column, b.column);
      const bottom = Math.min(a.row + a.rows, b.row + b.rows);
      const right = Math.min(a.column + a.columns, b.column + b.columns);
      return bottom > row && right > column ? { row, column, rows: bottom - row, columns: right - column } : null;
    });
  }

  /** The tables that overlap this range (all of them inside it when `fullyContained`). */
  getTables(fullyContained = false) {
    const ctx = this.ctx;
    const sheetOf = this.sheetOf;
    const area = () => this.area();
    const collection = {
      loaded: null as { name: string; getRange: () => RangeProxy }[] | null,
      get items() {
        return collection.loaded ?? notLoaded("items");
      },
      load(_props?: string) {
        ctx.loads.push(() => {
          const a = area();
          const overlaps = (t: Area) =>
            t.row < a.row + a.rows &&
            a.row < t.row + t.rows &&
            t.column < a.column + a.columns &&
            a.column < t.column + t.columns;
          const inside = (t: Area) =>
            t.row >= a.row &&
            t.column >= a.column &&
            t.row + t.rows <= a.row + a.rows &&
            t.column + t.columns <= a.column + a.columns;
          collection.loaded = sheetOf()
            .tables.filter((t) => (fullyContained ? inside(t) : overlaps(t)))
            .map((t) => ({
              name: t.name,
              getRange: () =>
                new RangeProxy(ctx, sheetOf, () => ({
                  row: t.row,
                  column: t.column,
                  rows: t.rows,
                  columns: t.columns,
                })),
            }));
          return { bytes: 16 * collection.loaded.length, cells: 0 };
        });
        return collection;
      },
    };
    return collection;
  }

  select(): void {
    const a = this.area();
    this.ctx.book.selection = { sheetId: this.sheetOf().id, ...a };
    this.ctx.book.activeSheetId = this.sheetOf().id;
  }

  untrack(): this {
    return this;
  }

  /** For other proxies in this file. */
  resolve(): { sheet: MemorySheet; area: Area } {
    return { sheet: this.sheetOf(), area: this.area() };
  }
}

class WorksheetProxy extends Loaded<{ name: string }> {
  constructor(
    private ctx: Context,
    private sheetOf: () => MemorySheet,
  ) {
    super();
  }

  load(_props?: string): this {
    this.ctx.loads.push(() => {
      this.data = { name: this.sheetOf().name };
      return { bytes: 32, cells: 0 };
    });
    return this;
  }

  /** Filled when the collection it came from was loaded with items/name. */
  preload(name: string): void {
    this.data = { name };
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    const problem = sheetNameProblem(name);
    if (problem) {
      this.ctx.fail(new ExcelApiError("InvalidArgument", `The sheet name "${name}" is not valid: ${problem}`));
      return;
    }
    const existing = this.ctx.book.sheet(name);
    if (existing && existing !== this.sheetOf()) {
      this.ctx.fail(new ExcelApiError("InvalidArgument", `A sheet named "${name}" already exists`));
      return;
    }
    this.sheetOf().name = name;
    this.data = { name };
  }

  getRange(a1: string): RangeProxy {
    return new RangeProxy(this.ctx, this.sheetOf, () => areaOfA1(a1));
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): RangeProxy {
    return new RangeProxy(this.ctx, this.sheetOf, () => ({ row, column, rows, columns }));
  }

  /**
   * The smallest area holding every value (and, unless `valuesOnly`, every cell given a number format), wherever it
   * starts; A1 alone on an empty sheet, as in Excel.
   */
  getUsedRange(valuesOnly = false): RangeProxy {
    return new RangeProxy(
      this.ctx,
      this.sheetOf,
      () => this.sheetOf().usedBounds(valuesOnly) ?? { row: 0, column: 0, rows: 1, columns: 1 },
    );
  }

  /** As getUsedRange, but a null object on a sheet without values (or formats). */
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.ctx, this.sheetOf, () => this.sheetOf().usedBounds(valuesOnly));
  }

  activate(): void {
    this.ctx.book.activeSheetId = this.sheetOf().id;
  }

  delete(): void {
    this.ctx.book.removeSheet(this.sheetOf().id);
  }

  /** Excel's worksheet.pageLayout (ExcelApi 1.9), as strict as Excel on the values AR Lens sets. */
  get pageLayout() {
    const ctx = this.ctx;
    const bad: BadArgument = (what, value) =>
      ctx.fail(
        new ExcelApiError(
          "InvalidArgument",
          `The argument is invalid or missing or has an incorrect format (${what}: ${JSON.stringify(value)}).`,
        ),
      );
    return pageLayoutProxy(() => this.sheetOf().pageSetup, bad);
  }

  get customProperties() {
    const sheetOf = this.sheetOf;
    const ctx = this.ctx;
    return {
      add(key: string, value: string) {
        ctx.requestBytes += key.length + value.length;
        sheetOf().properties.set(key, value);
      },
      getItemOrNullObject(key: string) {
        let loaded: { isNullObject: boolean; value: string } | null = null;
        const item = {
          get isNullObject() {
            return loaded ? loaded.isNullObject : notLoaded("isNullObject");
          },
          get value() {
            return loaded ? loaded.value : notLoaded("value");
          },
          load(_p?: string) {
            ctx.loads.push(() => {
              const v = sheetOf().properties.get(key);
              loaded = { isNullObject: v === undefined, value: v ?? "" };
              return { bytes: 16, cells: 0 };
            });
            return item;
          },
        };
        return item;
      },
    };
  }

  get tables() {
    const sheetOf = this.sheetOf;
    const ctx = this.ctx;
    return {
      add(range: RangeProxy, _hasHeaders: boolean) {
        const table = { name: "", row: 0, column: 0, rows: 0, columns: 0 };
        const { area } = range.resolve();
        Object.assign(table, area, { name: `Table${ctx.book.sheets.reduce((n, s) => n + s.tables.length, 0) + 1}` });
        sheetOf().tables.push(table);
        return {
          set name(name: string) {
            const problem = tableNameProblem(name);
            if (problem) {
              ctx.fail(new ExcelApiError("InvalidArgument", `The table name "${name}" is not valid: ${problem}`));
              return;
            }
            const taken = ctx.book.sheets.some((s) =>
              s.tables.some((t) => t !== table && t.name.toLowerCase() === name.toLowerCase()),
            );
            if (taken) ctx.fail(new ExcelApiError("InvalidArgument", `A table named "${name}" already exists`));
            else table.name = name;
          },
        };
      },
    };
  }

  get charts() {
    const sheetOf = this.sheetOf;
    return {
      add(type: string, data: RangeProxy, _seriesBy: string) {
        const chart = {
          kind: type === "Line" ? "line" : "column",
          title: "",
          data: data.resolve().area,
          categories: null as Area | null,
          position: { row: 0, column: 0, rows: 15, columns: 8 },
        } as SheetChart;
        sheetOf().charts.push(chart);
        return chartProxy(chart);
      },
    };
  }
}

/** A part's `format.font`, recording the size set on it (points). */
function fontOf(chart: SheetChart, part: ChartTextPart) {
  return {
    font: {
      set size(pt: number) {
        chart.fontSizes = { ...chart.fontSizes, [part]: pt };
      },
    },
  };
}

/** Excel.Chart's setters AR Lens uses: title, legend, axis titles and formats, series styles, labels, position. */
function chartProxy(chart: SheetChart) {
  const axis = (key: "categoryTitle" | "valueTitle", labels: ChartTextPart, formatKey?: "valueFormat") => ({
    title: {
      set text(t: string) {
        chart.axes = { ...chart.axes, [key]: t };
      },
      format: fontOf(chart, key),
    },
    format: fontOf(chart, labels),
    set numberFormat(f: string) {
      if (formatKey) chart.axes = { ...chart.axes, [formatKey]: f };
    },
  });
  return {
    title: {
      set text(t: string) {
        chart.title = t;
      },
      format: fontOf(chart, "title"),
    },
    legend: {
      visible: true,
      set position(p: string) {
        chart.legendPosition = p;
      },
      format: fontOf(chart, "legend"),
    },
    axes: {
      categoryAxis: axis("categoryTitle", "categoryLabels"),
      valueAxis: axis("valueTitle", "valueLabels", "valueFormat"),
    },
    series: { getItemAt: (i: number) => seriesProxy(chart, i) },
    setPosition(from: string, to: string) {
      const a = parseCell(from);
      const b = parseCell(to);
      chart.position = {
        row: a.row,
        column: a.column,
        rows: b.row - a.row + 1,
        columns: b.column - a.column + 1,
      };
    },
  };
}

/** Excel.ChartSeries: its category range, line style, marker and data labels. */
function seriesProxy(chart: SheetChart, i: number) {
  const style = () => ((chart.seriesStyles ??= [])[i] ??= {});
  return {
    setXAxisValues: (r: RangeProxy) => (chart.categories = r.resolve().area),
    format: {
      line: {
        set lineStyle(v: string) {
          style().lineStyle = v;
        },
      },
    },
    set markerStyle(v: string) {
      style().marker = v;
    },
    points: {
      getItemAt: (point: number) => ({
        set hasDataLabel(on: boolean) {
          if (on) (chart.labelledPoints ??= []).push({ series: i, point });
        },
        dataLabel: { format: fontOf(chart, "dataLabel") },
      }),
    },
  };
}

type BadArgument = (what: string, value: unknown) => void;

/** Excel.PageLayout as strict as Excel: print area, title rows, orientation, paper, zoom, margins, headers. */
function pageLayoutProxy(setup: () => PageSetup, bad: BadArgument): Record<string, unknown> {
  const page: Record<string, unknown> = {
    setPrintArea(areas: string) {
      const ok =
        typeof areas === "string" && areas.split(",").every((a) => /^\$?[A-Z]+\$?\d+:\$?[A-Z]+\$?\d+$/.test(a));
      if (!ok) bad("setPrintArea", areas);
      else setup().printArea = areas;
    },
    setPrintTitleRows(rows: string) {
      const m = /^\$?(\d+):\$?(\d+)$/.exec(String(rows));
      if (!m || Number(m[1]) < 1 || Number(m[2]) < Number(m[1]) || Number(m[2]) > 1048576)
        bad("setPrintTitleRows", rows);
      else setup().printTitleRows = `$${m[1]}:$${m[2]}`;
    },
    headersFooters: { defaultForAllPages: {} },
  };
  Object.defineProperties(page, pageProperties(setup, bad));
  const hf = (page.headersFooters as { defaultForAllPages: object }).defaultForAllPages;
  const part = (which: "header" | "footer", side: "left" | "center" | "right") => ({
    set(v: string) {
      // Excel limits a header or footer section to 255 characters.
      if (typeof v !== "string" || v.length > 255) bad(`${side}${which === "header" ? "Header" : "Footer"}`, v);
      else setup()[which][side] = v;
    },
    get(): string {
      return notLoaded(`${side}${which}`);
    },
  });
  Object.defineProperties(hf, {
    leftHeader: part("header", "left"),
    centerHeader: part("header", "center"),
    rightHeader: part("header", "right"),
    leftFooter: part("footer", "left"),
    centerFooter: part("footer", "center"),
    rightFooter: part("footer", "right"),
  });
  return page;
}

/** The page's checked setters: orientation, paper size, zoom, centring and the six margins. */
function pageProperties(setup: () => PageSetup, bad: BadArgument): PropertyDescriptorMap {
  const margin = (key: keyof PageSetup["margins"]) => ({
    set(v: number) {
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0 || v > 1584) bad(`${key}Margin`, v);
      else setup().margins[key] = v;
    },
    get(): number {
      return notLoaded(`pageLayout/${key}Margin`);
    },
  });
  return {
    orientation: {
      set(v: string) {
        if (v !== "Portrait" && v !== "Landscape") bad("orientation", v);
        else setup().orientation = v;
      },
    },
    paperSize: {
      set(v: string) {
        if (!PAPER_TYPES.includes(v)) bad("paperSize", v);
        else setup().paperSize = v;
      },
    },
    zoom: {
      set(v: PageSetup["zoom"]) {
        const fit = (n: unknown) =>
          n === undefined || (Number.isInteger(n) && (n as number) >= 0 && (n as number) <= 32767);
        const ok =
          v &&
          typeof v === "object" &&
          fit(v.horizontalFitToPages) &&
          fit(v.verticalFitToPages) &&
          (v.scale === undefined || (typeof v.scale === "number" && v.scale >= 10 && v.scale <= 400));
        const both =
          v && v.scale !== undefined && (v.horizontalFitToPages !== undefined || v.verticalFitToPages !== undefined);
        if (!ok || both) bad("zoom", v);
        else setup().zoom = { ...v };
      },
    },
    centerHorizontally: {
      set(v: boolean) {
        if (typeof v !== "boolean") bad("centerHorizontally", v);
        else setup().centerHorizontally = v;
      },
    },
    leftMargin: margin("left"),
    rightMargin: margin("right"),
    topMargin: margin("top"),
    bottomMargin: margin("bottom"),
    headerMargin: margin("header"),
    footerMargin: margin("footer"),
  };
}

function areaOfA1(a1: string): Area {
  const [from, to] = a1.split(":");
  const a = parseCell(from);
  const b = to ? parseCell(to) : a;
  return {
    row: Math.min(a.row, b.row),
    column: Math.min(a.column, b.column),
    rows: Math.abs(b.row - a.row) + 1,
    columns: Math.abs(b.column - a.column) + 1,
  };
}

/** One Excel.Setting: key and value readable only after load + sync; a null object when the key is absent. */
class SettingProxy extends Loaded<{ key: string; value: unknown; isNullObject: boolean }> {
  constructor(
    private ctx: Context,
    private readonly name: string,
  ) {
    super();
  }

  load(_props?: string): this {
    this.ctx.loads.push(() => {
      const present = this.ctx.book.settings.has(this.name);
      const value = this.ctx.book.settings.get(this.name);
      this.data = { isNullObject: !present, key: this.name, value };
      return { bytes: 32 + (present ? utf8(JSON.stringify(value)) : 0), cells: 0 };
    });
    return this;
  }

  get key(): string {
    return this.read("key");
  }
  get value(): unknown {
    return this.read("value");
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }

  delete(): void {
    this.ctx.book.settings.delete(this.name);
  }
}

class WorkbookProxy {
  constructor(private ctx: Context) {}

  get settings() {
    const ctx = this.ctx;
    return {
      getItemOrNullObject: (key: string) => new SettingProxy(ctx, key),
      getItem: (key: string) => {
        if (!ctx.book.settings.has(key))
          ctx.fail(new ExcelApiError("ItemNotFound", `There is no setting named "${key}"`));
        return new SettingProxy(ctx, key);
      },
      add: (key: string, value: unknown) => {
        ctx.requestBytes += utf8(key) + utf8(JSON.stringify(value) ?? "");
        ctx.book.settings.set(key, value);
        return new SettingProxy(ctx, key);
      },
    };
  }

  getSelectedRange(): RangeProxy {
    const book = this.ctx.book;
    const sheetOf = () => book.byId(book.selection.sheetId) ?? book.activeSheet;
    const sel = book.selection;
    if (sel.kind && sel.kind !== "cells") {
      // Excel: "The current selection is invalid for this operation." at the next sync.
      this.ctx.fail(new ExcelApiError("InvalidSelection", "The current selection is invalid for this operation."));
    }
    return new RangeProxy(this.ctx, sheetOf, () => ({
      row: sel.row,
      column: sel.column,
      rows: sel.rows,
      columns: sel.columns,
    }));
  }

  get worksheets() {
    const ctx = this.ctx;
    const book = ctx.book;
    const proxyFor = (id: number) =>
      new WorksheetProxy(ctx, () => {
        const s = book.byId(id);
        if (!s) throw new ExcelApiError("ItemNotFound", "The sheet was deleted");
        return s;
      });
    const collection = {
      loaded: null as WorksheetProxy[] | null,
      get items() {
        return collection.loaded ?? notLoaded("items");
      },
      load(_props?: string) {
        ctx.loads.push(() => {
          collection.loaded = book.sheets.map((s) => {
            const p = proxyFor(s.id);
            p.preload(s.name);
            return p;
          });
          return { bytes: 32 * book.sheets.length, cells: 0 };
        });
        return collection;
      },
      add(name: string) {
        const problem = sheetNameProblem(name);
        if (problem) {
          ctx.fail(new ExcelApiError("InvalidArgument", `The sheet name "${name}" is not valid: ${problem}`));
          return proxyFor(-1);
        }
        if (book.sheet(name)) {
          ctx.fail(new ExcelApiError("ItemAlreadyExists", `A sheet named "${name}" already exists`));
          return proxyFor(-1);
        }
        const s = book.addSheet(name);
        const p = proxyFor(s.id);
        p.preload(name);
        return p;
      },
      getItem(name: string) {
        return new WorksheetProxy(ctx, () => {
          const s = book.sheet(name);
          if (!s) throw new ExcelApiError("ItemNotFound", `There is no sheet named "${name}"`);
          return s;
        });
      },
      getActiveWorksheet() {
        return proxyFor(book.activeSheetId);
      },
    };
    return collection;
  }

  get tables() {
    const book = this.ctx.book;
    const ctx = this.ctx;
    const collection = {
      loaded: null as { name: string }[] | null,
      get items() {
        return collection.loaded ?? notLoaded("items");
      },
      load(_props?: string) {
        ctx.loads.push(() => {
          collection.loaded = book.sheets.flatMap((s) => s.tables.map((t) => ({ name: t.name })));
          return { bytes: 16, cells: 0 };
        });
        return collection;
      },
    };
    return collection;
  }
}

/** The Excel API's run(), over a MemoryWorkbook. */
export function memoryExcelRun(book: MemoryWorkbook, options: ExcelApiOptions = {}): Run {
  return async (batch) => {
    const ctx = new Context(book, options);
    try {
      const result = await batch(ctx);
      // Excel's run() sends what the batch queued after its last sync.
      if (ctx.loads.length > 0 || ctx.error) await ctx.sync();
      return result;
    } finally {
      book.changed();
    }
  };
}
