/**
 * The report's aging and forecast charts, and what every report chart shares: axis titles with their units, and the
 * money axis counted as a reader of the language counts (whole amounts in English; 万 or 亿 in Chinese).
 */
import type { Language } from "../i18n/translate";
import { CHART_TEXT, moneyAxisTitle } from "../i18n/charts";

export { moneyAxisTitle };
import { REPORT_TEXT } from "../i18n/report";
import type { ReportChart } from "./reportModel";

/**
 * The value axis of money: whole amounts with separators in English; in Chinese tens of thousands (万), or hundreds
 * of millions (亿) when the chart's largest figure (in absolute value) reaches one 亿 — one unit for the whole axis.
 * `0!.0,` shows thousands with a point before the last digit (12,345,678 → 1234.6), i.e. 万 with one decimal.
 */
export function moneyAxisFormat(language: Language, currency: string, largest = 0): string {
  if (language === "zh-CN") return Math.abs(largest) >= 1e8 ? '0!.00,,"亿"' : '0!.0,"万"';
  const symbol = { CNY: "¥", RMB: "¥", USD: "$", EUR: "€", GBP: "£" }[currency.toUpperCase()];
  return symbol ? `"${symbol}"#,##0` : "#,##0";
}

/** The largest figure (in absolute value) each report chart plots, for its axis unit. */
export interface ChartScale {
  aging: number;
  forecast: number;
}

/** The largest absolute value of a list of amounts (0 for none). */
export function largestOf(values: readonly number[]): number {
  return values.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
}

export function reportCharts(language: Language, currency: string, scale: ChartScale): ReportChart[] {
  const t = REPORT_TEXT[language];
  const c = CHART_TEXT[language];
  return [
    {
      kind: "column",
      title: t.agingChart,
      table: "Aging",
      series: [1],
      categoryTitle: c.ageBand,
      valueTitle: moneyAxisTitle(language, currency, c.openAmount),
      valueFormat: moneyAxisFormat(language, currency, scale.aging),
    },
    {
      kind: "column",
      title: t.forecastChart,
      table: "Forecast",
      series: [3],
      categoryTitle: c.forecastWeek,
      valueTitle: moneyAxisTitle(language, currency, c.expected),
      valueFormat: moneyAxisFormat(language, currency, scale.forecast),
    },
  ];
}
