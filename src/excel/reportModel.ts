/**
 * What the report sheet holds, independent of Office.js: titled tables with typed columns and the charts drawn
 * from them. Built from an Analysis in the UI language (src/excel/buildReport.ts); written by the Office gateway
 * as native Excel tables and charts, and by the preview's in-memory workbook as a new grid tab.
 */
/** "days": a count of days with one decimal; "number": a ratio such as AUC (three decimals); "month": a month-end. */
/** "amount": money in a currency other than the report's (原币), with two decimals and no symbol. */
export type ReportCellFormat =
  "text" | "money" | "amount" | "date" | "month" | "percent" | "integer" | "days" | "number";

export type ReportCell = string | number | null;

export interface ReportColumn {
  header: string;
  format: ReportCellFormat;
}

export interface ReportTable {
  /** Excel table name, unique in the workbook once prefixed: letters, digits and underscores only. */
  name: string;
  /** Heading written in the row above the table. */
  title: string;
  columns: ReportColumn[];
  rows: ReportCell[][];
  /** Per-row formats for some columns, where rows mix kinds (the key-figures table: money, days, shares). */
  rowFormats?: { columns: number[]; formats: ReportCellFormat[] };
}

export interface ReportChart {
  kind: "column" | "line";
  title: string;
  /** Axis titles with their units ("Week starting", "Amount (CNY)"). */
  categoryTitle: string;
  valueTitle: string;
  /** Number format of the value axis (Chinese money counts in 万: src/excel/reportCharts.ts). */
  valueFormat: string;
  /** 0-based row of the first series to label (the cash plan's low point). */
  lowPoint?: number;
  /** Name of the table whose first column gives the categories. */
  table: string;
  /** 0-based indexes of the table's columns plotted as series: adjacent columns, in order. */
  series: number[];
}

export interface ReportModel {
  /** Preferred sheet name ("AR Lens Report" / "应收账款分析"). */
  sheetName: string;
  /** Heading lines written at the top (title, source range, as-of date, grade-scale note). */
  heading: string[];
  /** Excel number format for money in the ledger's currency, e.g. "[$¥-804]#,##0.00". */
  moneyFormat: string;
  dateFormat: string;
  /** Month-ends as months a reader cannot take for a day: "2026-11", "2026年11月". */
  monthFormat: string;
  percentFormat: string;
  tables: ReportTable[];
  charts: ReportChart[];
  /**
   * How many of the first tables make the first screen (the answer: summary and this week's actions); a contents
   * block with links to the other tables follows them (src/excel/reportLayout.ts).
   */
  firstScreenTables: number;
  contentsTitle: string;
}

/** Name of the workbook-scoped custom XML / setting key that marks a sheet as written by AR Lens. */
export const REPORT_MARKER_KEY = "ARLens.reportSheet";
