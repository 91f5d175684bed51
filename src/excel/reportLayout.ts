/**
 * Where each part of the report goes on its sheet (0-based rows and columns): the heading lines at the top, then
 * the tables one under another with their title row, a chart to the right of the table it plots, and the next table
 * starting below both. Pure, so the Office gateway and the preview's workbook place things identically.
 */
import type { ReportChart, ReportModel, ReportTable } from "./reportModel";

export const CHART_ROWS = 16;
export const CHART_COLUMNS = 8;
const GAP = 2;

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

export interface ReportLayout {
  heading: { row: number; text: string }[];
  tables: PlacedTable[];
  charts: PlacedChart[];
  rowCount: number;
  columnCount: number;
}

export function layoutReport(model: ReportModel, nameSuffix = ""): ReportLayout {
  const heading = model.heading.map((text, row) => ({ row, text }));
  let row = heading.length + 1;
  const tables: PlacedTable[] = [];
  const charts: PlacedChart[] = [];
  let width = 1;
  for (const table of model.tables) {
    const placed: PlacedTable = {
      table,
      excelName: `ARLens_${table.name}${nameSuffix}`,
      titleRow: row,
      top: row + 1,
      left: 0,
      rowCount: table.rows.length + 1,
      columnCount: table.columns.length,
    };
    tables.push(placed);
    let bottom = placed.top + placed.rowCount;
    width = Math.max(width, placed.columnCount);
    for (const chart of model.charts.filter((c) => c.table === table.name)) {
      const c: PlacedChart = { chart, placed, top: placed.titleRow, left: placed.columnCount + 1, rowCount: CHART_ROWS, columnCount: CHART_COLUMNS };
      charts.push(c);
      bottom = Math.max(bottom, c.top + c.rowCount);
      width = Math.max(width, c.left + c.columnCount);
    }
    row = bottom + GAP;
  }
  return { heading, tables, charts, rowCount: row, columnCount: width };
}

/** Excel number format of a report column (or of one cell, for tables with per-row formats). */
export function excelFormat(model: ReportModel, format: ReportTable["columns"][number]["format"]): string {
  switch (format) {
    case "money":
      return model.moneyFormat;
    case "date":
      return model.dateFormat;
    case "percent":
      return model.percentFormat;
    case "integer":
      return "#,##0"; // counts with thousands separators, as in the taskpane
    case "number":
      return "#,##0.0";
    default:
      return "@";
  }
}
