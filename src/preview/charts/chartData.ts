/**
 * What a chart on a preview sheet plots, read from the workbook as Excel reads it: the chart is data (its kind,
 * the range of its series, the range of its categories), so the picture always follows the cells. Series by
 * columns, as the report writes them: each column of the data range is a series, its first cell the series name
 * when it is text (Excel's rule for a header row); the categories come from the chart's category range, or 1, 2, 3…
 */
import { displayValue } from "../grid/display";
import type { MemorySheet, SheetChart } from "../workbook/memoryWorkbook";

export interface ChartSeries {
  name: string;
  /** One value per category; null where the cell is not a number (Excel leaves a gap). */
  values: (number | null)[];
}

export interface ChartData {
  kind: SheetChart["kind"];
  title: string;
  categories: string[];
  series: ChartSeries[];
  /** Number format of the first value cell, for the axis and the values shown on hover. */
  format: string;
}

/** `seriesName(n)` names a series whose range has no header cell (Excel: "Series1", 系列1). */
export function chartData(sheet: MemorySheet, chart: SheetChart, seriesName = (n: number) => `Series ${n}`): ChartData {
  const { data } = chart;
  const hasNames = Array.from({ length: data.columns }, (_, c) => sheet.get(data.row, data.column + c)).some(
    (v) => typeof v === "string" && v !== "",
  );
  const firstRow = data.row + (hasNames ? 1 : 0);
  const count = data.row + data.rows - firstRow;
  const series: ChartSeries[] = [];
  for (let c = 0; c < data.columns; c++) {
    const column = data.column + c;
    const values: (number | null)[] = [];
    for (let r = 0; r < count; r++) {
      const v = sheet.get(firstRow + r, column);
      values.push(typeof v === "number" && Number.isFinite(v) ? v : null);
    }
    series.push({ name: hasNames ? String(sheet.get(data.row, column)) : seriesName(c + 1), values });
  }
  const cats = chart.categories;
  const categories = Array.from({ length: count }, (_, i) => {
    if (!cats || i >= cats.rows) return String(i + 1);
    const v = sheet.get(cats.row + i, cats.column);
    return displayValue(v, sheet.format(cats.row + i, cats.column));
  });
  return { kind: chart.kind, title: chart.title, categories, series, format: sheet.format(firstRow, data.column) };
}

/** A value axis from min(0, lowest) to max(0, highest) in 1-2-5 steps, about `target` ticks (Excel's look). */
export function valueAxis(
  values: readonly (number | null)[],
  target = 5,
): { min: number; max: number; ticks: number[] } {
  const nums = values.filter((v): v is number => v !== null);
  let lo = Math.min(0, ...nums);
  let hi = Math.max(0, ...nums);
  if (lo === hi) hi = lo + 1;
  const raw = (hi - lo) / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let v = lo; v <= hi + step / 1e6; v += step) ticks.push(Math.round(v / step) * step);
  return { min: lo, max: hi, ticks };
}

/** A tick label short enough for an axis: 1,200,000 → 1.2M (en) / 120万 (zh-CN). */
export function axisLabel(value: number, language: "en" | "zh-CN"): string {
  return new Intl.NumberFormat(language === "zh-CN" ? "zh-CN" : "en-US", {
    notation: "compact",
    maximumFractionDigits: 1,
  }).format(value);
}
