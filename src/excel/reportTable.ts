/**
 * Report tables declared column by column — each column its header, its format and how a row gives its value — so a
 * header can never drift from its values the way parallel arrays do.
 */
import type { ReportCell, ReportCellFormat, ReportTable } from "./reportModel";

export interface ColumnSpec<T> {
  header: string;
  format: ReportCellFormat;
  value: (row: T, index: number) => ReportCell;
}

export function declareTable<T>(
  name: string,
  title: string,
  items: readonly T[],
  columns: ColumnSpec<T>[],
): ReportTable {
  return {
    name,
    title,
    columns: columns.map(({ header, format }) => ({ header, format })),
    rows: items.map((item, i) => columns.map((c) => c.value(item, i))),
  };
}
