/**
 * What makes the written report readable (Office.js, used by officeGateway's writeReport): the contents block's
 * links, the charts with axis titles, units and a marked low point, column widths that cut nothing (long text
 * wraps), and the page setup — A4, one page wide, the first screen printed as its own page.
 */
import { type ReportLayout, FIRST_SCREEN_COLUMNS } from "./reportLayout";

const columnName = (c: number): string =>
  c < 26 ? String.fromCharCode(65 + c) : columnName(Math.floor(c / 26) - 1) + String.fromCharCode(65 + (c % 26));
const A1 = (row: number, column: number) => `${columnName(column)}${row + 1}`;

/** The contents block: each detail section's name, linking to its title row on the report's final sheet name. */
export function writeContents(sheet: Excel.Worksheet, layout: ReportLayout, finalSheetName: string): void {
  const { contents } = layout;
  const title = sheet.getRangeByIndexes(contents.titleRow, 0, 1, 1);
  title.numberFormat = [["@"]];
  title.values = [[contents.title]];
  title.format.font.bold = true;
  const quoted = `'${finalSheetName.replace(/'/g, "''")}'`;
  for (const link of contents.links) {
    const cell = sheet.getRangeByIndexes(link.row, link.column, 1, 1);
    cell.numberFormat = [["@"]];
    cell.hyperlink = {
      documentReference: `${quoted}!${A1(link.targetRow, 0)}`,
      textToDisplay: link.text,
      screenTip: link.text,
    };
  }
}

/** The charts' text sizes in points: labels 10 pt (about 13 px, over the 11 px floor), the title 12 pt. */
export const CHART_LABEL_PT = 10;
export const CHART_TITLE_PT = 12;

/** Titles, tick labels, axis titles and legend in sizes set here, not left to the Excel version's default. */
function sizeChartTexts(chart: Excel.Chart): void {
  chart.title.format.font.size = CHART_TITLE_PT;
  chart.legend.format.font.size = CHART_LABEL_PT;
  for (const axis of [chart.axes.categoryAxis, chart.axes.valueAxis]) {
    axis.format.font.size = CHART_LABEL_PT;
    axis.title.format.font.size = CHART_LABEL_PT;
  }
}

/** Native charts: axis titles with units, the legend below, the second line dashed, the low point labelled. */
export function writeReportCharts(sheet: Excel.Worksheet, layout: ReportLayout): void {
  for (const c of layout.charts) {
    // The series are adjacent columns (with their headers, which name them in the legend).
    const seriesColumn = c.placed.left + c.chart.series[0];
    const data = sheet.getRangeByIndexes(c.placed.top, seriesColumn, c.placed.rowCount, c.chart.series.length);
    const chart = sheet.charts.add(c.chart.kind === "column" ? "ColumnClustered" : "Line", data, "Columns");
    chart.title.text = c.chart.title;
    chart.legend.visible = true;
    chart.legend.position = "Bottom";
    chart.axes.categoryAxis.title.text = c.chart.categoryTitle;
    chart.axes.valueAxis.title.text = c.chart.valueTitle;
    chart.axes.valueAxis.numberFormat = c.chart.valueFormat;
    sizeChartTexts(chart);
    for (let i = 0; i < c.chart.series.length; i++) {
      const series = chart.series.getItemAt(i);
      series.setXAxisValues(sheet.getRangeByIndexes(c.placed.top + 1, c.placed.left, c.placed.rowCount - 1, 1));
      if (c.chart.kind === "line") {
        // Told apart by more than colour: a marker on each line, dashes from the second line on.
        series.markerStyle = (["Circle", "Square", "Triangle"] as const)[i % 3];
        if (i > 0) series.format.line.lineStyle = i === 1 ? "Dash" : "RoundDot";
      }
    }
    if (c.chart.lowPoint !== undefined) {
      const low = chart.series.getItemAt(0).points.getItemAt(c.chart.lowPoint);
      low.hasDataLabel = true;
      low.dataLabel.format.font.size = CHART_LABEL_PT;
    }
    chart.setPosition(A1(c.top, c.left), A1(c.top + c.rowCount - 1, c.left + c.columnCount - 1));
  }
}

/** Column widths (points) and wrap where a text is wider than its column; A4 page setup with the first screen alone. */
export function formatReportSheet(sheet: Excel.Worksheet, layout: ReportLayout): void {
  layout.columnWidthsPx.forEach(
    (px, c) => (sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = Math.round(px * 0.75 * 10) / 10),
  );
  for (const w of layout.wrapped) sheet.getRangeByIndexes(w.row, w.column, 1, 1).format.wrapText = true;
  const page = sheet.pageLayout;
  page.orientation = "Portrait";
  page.paperSize = "A4";
  page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  const last = columnName(Math.max(FIRST_SCREEN_COLUMNS, layout.columnCount) - 1);
  // Two print areas: Excel prints each on its own page(s), so the first screen is the first page.
  page.setPrintArea(
    `A1:${columnName(FIRST_SCREEN_COLUMNS - 1)}${layout.firstScreenRows}` +
      `,A${layout.firstScreenRows + 2}:${last}${Math.max(layout.rowCount, layout.firstScreenRows + 2)}`,
  );
  page.setPrintTitleRows("$1:$1");
}
