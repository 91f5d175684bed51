/**
 * Where each part of the report goes on its sheet (0-based rows and columns): the heading lines at the top, then the
 * first screen (the answer: summary and this week's actions), a contents block linking to every detail table, then
 * the detail tables one under another with their title row, each chart under the table it plots. Also the column
 * widths (points) that show every cell uncut, and the cells that wrap instead. Pure, so the Office gateway and the
 * preview's workbook place things identically.
 */
import { isoFromSerial } from "../engine";
import type { ReportCell, ReportCellFormat, ReportChart, ReportModel, ReportTable } from "./reportModel";

export const CHART_ROWS = 18;
export const CHART_COLUMNS = 8;
/** The first screen: what a laptop shows and one A4 page prints. */
export const FIRST_SCREEN_COLUMNS = 8;
const GAP = 2;
/** Widest a column grows (pixels); longer text wraps inside it. */
const MAX_COLUMN_PX = 250;
const MIN_COLUMN_PX = 64;
/** Detail text in a first-screen column widens it at most this far, then wraps. */
const DETAIL_TEXT_PX = 120;
const PADDING_PX = 14;

export interface PlacedTable {
  table: ReportTable;
  /** Excel table name: "ARLens_" + name + suffix (unique in the workbook). */
  excelName: string;
  titleRow: number;
  /** Header row; the body follows. */
  top: number;
  left: number;
  /** Header + body rows. */
  rowCount: number;
  columnCount: number;
}

export interface PlacedChart {
  chart: ReportChart;
  placed: PlacedTable;
  top: number;
  left: number;
  rowCount: number;
  columnCount: number;
}

/** A contents line: the section's name, linking to its title row. */
export interface ContentsLink {
  row: number;
  column: number;
  text: string;
  targetRow: number;
}

export interface ReportLayout {
  heading: { row: number; text: string }[];
  tables: PlacedTable[];
  charts: PlacedChart[];
  contents: { titleRow: number; title: string; links: ContentsLink[] };
  /** Rows of the first screen (heading, answer, actions, contents): the first printed page. */
  firstScreenRows: number;
  /** Column widths in pixels (Excel's points = pixels × 0.75), every column from A. */
  columnWidthsPx: number[];
  /** Cells whose text is wider than its column: written with wrap on. */
  wrapped: { row: number; column: number }[];
  rowCount: number;
  columnCount: number;
}

function place(table: ReportTable, row: number, nameSuffix: string): PlacedTable {
  return {
    table,
    excelName: `ARLens_${table.name}${nameSuffix}`,
    titleRow: row,
    top: row + 1,
    left: 0,
    rowCount: table.rows.length + 1,
    columnCount: table.columns.length,
  };
}

/** A section's name for the contents: its title up to the first dash or colon (the rest explains). */
export function contentsName(title: string): string {
  return title.split(/ — |：|: /)[0].trim();
}

export function layoutReport(model: ReportModel, nameSuffix = ""): ReportLayout {
  const heading = model.heading.map((text, row) => ({ row, text }));
  let row = heading.length + 1;
  const tables: PlacedTable[] = [];
  const charts: PlacedChart[] = [];
  const first = model.tables.slice(0, model.firstScreenTables);
  const details = model.tables.slice(model.firstScreenTables);
  for (const table of first) {
    tables.push(place(table, row, nameSuffix));
    row += table.rows.length + 2 + 1;
  }
  // Contents in two columns of links (A and E), so the first screen stays about 40 rows.
  const contentsTitleRow = row;
  const half = Math.ceil(details.length / 2);
  const firstScreenRows = contentsTitleRow + 1 + half;
  row = firstScreenRows + 1;
  const links: ContentsLink[] = [];
  details.forEach((table, i) => {
    const placed = place(table, row, nameSuffix);
    tables.push(placed);
    const left = i < half;
    links.push({
      row: contentsTitleRow + 1 + (left ? i : i - half),
      column: left ? 0 : FIRST_SCREEN_COLUMNS / 2,
      text: contentsName(table.title),
      targetRow: placed.titleRow,
    });
    row = placed.top + placed.rowCount + 1;
    for (const chart of model.charts.filter((c) => c.table === table.name)) {
      charts.push({ chart, placed, top: row, left: 0, rowCount: CHART_ROWS, columnCount: CHART_COLUMNS });
      row += CHART_ROWS + 1;
    }
    row += GAP - 1;
  });
  const columnCount = Math.max(FIRST_SCREEN_COLUMNS, ...model.tables.map((t) => t.columns.length));
  const { widths, wrapped } = columnWidths(model, tables, columnCount);
  return {
    heading,
    tables,
    charts,
    contents: { titleRow: contentsTitleRow, title: model.contentsTitle, links },
    firstScreenRows,
    columnWidthsPx: widths,
    wrapped,
    rowCount: row,
    columnCount,
  };
}

/** Estimated pixel width of a text in Excel's default 11-point font: CJK and full-width characters about twice as wide. */
export function textWidthPx(text: string, bold = false): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) width += text.charCodeAt(i) >= 0x2e80 ? 14.7 : 7.3;
  return Math.ceil(bold ? width * 1.08 : width);
}

const grouped = (x: number, decimals: number) =>
  x.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

/** The text Excel shows for a value in a report format (for widths; Excel itself formats the cells). */
export function displayText(model: ReportModel, value: ReportCell, format: ReportCellFormat): string {
  if (value === null || value === "") return "";
  if (typeof value === "string") return value;
  switch (format) {
    case "money":
      return excelFormat(model, "money")
        .replace(/#,##0\.00/, grouped(value, 2))
        .replace(/"/g, "");
    case "percent":
      return `${grouped(value * 100, 1)}${model.percentFormat.includes(" ") ? " " : ""}%`;
    case "date":
      return isoFromSerial(value);
    case "month":
      return model.monthFormat.includes("年")
        ? `${isoFromSerial(value).slice(0, 4)}年${Number(isoFromSerial(value).slice(5, 7))}月`
        : isoFromSerial(value).slice(0, 7);
    case "integer":
      return grouped(value, 0);
    case "days":
      return grouped(value, 1);
    case "number":
      return grouped(value, 3);
    case "amount":
      return grouped(value, 2);
    default:
      return String(value);
  }
}

/** The format of a body cell: its row's own (key figures) or its column's. */
export function cellFormat(table: ReportTable, bodyRow: number, column: number): ReportCellFormat {
  const own = table.rowFormats?.columns.includes(column) ? table.rowFormats.formats[bodyRow] : undefined;
  return own ?? table.columns[column].format;
}

/** Cells of the placed tables with their estimated widths; headers count as text (they may wrap). */
function measuredCells(model: ReportModel, tables: PlacedTable[]) {
  const cells: { row: number; column: number; px: number; text: boolean; first: boolean }[] = [];
  tables.forEach((p, k) => {
    const first = k < model.firstScreenTables;
    p.table.columns.forEach((c, j) =>
      cells.push({ row: p.top, column: j, px: textWidthPx(c.header, true) + PADDING_PX + 16, text: true, first }),
    );
    p.table.rows.forEach((r, i) =>
      r.forEach((v, j) => {
        const format = cellFormat(p.table, i, j);
        cells.push({
          row: p.top + 1 + i,
          column: j,
          px: textWidthPx(displayText(model, v, format)) + PADDING_PX,
          text: typeof v === "string",
          first,
        });
      }),
    );
  });
  return cells;
}

/**
 * Column widths: the first screen's columns fit its own tables (capped, longer text wraps); detail tables below
 * share those columns, so their numbers widen a column but their long text wraps within it. Further columns fit
 * their contents up to the cap.
 */
function columnWidths(model: ReportModel, tables: PlacedTable[], columnCount: number) {
  const widths = Array.from({ length: columnCount }, () => MIN_COLUMN_PX);
  const cells = measuredCells(model, tables);
  for (const c of cells) {
    const shared = c.column < FIRST_SCREEN_COLUMNS && !c.first && c.text;
    widths[c.column] = Math.max(widths[c.column], Math.min(shared ? DETAIL_TEXT_PX : MAX_COLUMN_PX, c.px));
  }
  const wrapped = cells.filter((c) => c.px > widths[c.column]).map(({ row, column }) => ({ row, column }));
  return { widths, wrapped };
}

/** Excel number format of a report column (or of one cell, for tables with per-row formats). */
export function excelFormat(model: ReportModel, format: ReportTable["columns"][number]["format"]): string {
  switch (format) {
    case "money":
      return model.moneyFormat;
    case "date":
      return model.dateFormat;
    case "month":
      return model.monthFormat;
    case "percent":
      return model.percentFormat;
    case "integer":
      return "#,##0"; // counts with thousands separators, as in the taskpane
    case "days":
      return "#,##0.0";
    case "number":
      return "0.000";
    case "amount":
      return "#,##0.00";
    default:
      return "@";
  }
}
