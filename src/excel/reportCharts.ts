/**
 * The report's aging and forecast charts, and what every report chart shares: axis titles with their units, and the
 * money axis counted as a reader of the language counts (K/M in English; 万 in Chinese).
 */
import type { Language } from "../i18n/translate";
import { CHART_TEXT, moneyAxisTitle } from "../i18n/charts";

export { moneyAxisTitle };
import { REPORT_TEXT } from "../i18n/report";
import type { ReportChart } from "./reportModel";

/** The value axis of money: whole amounts with separators in English, tens of thousands (万) in Chinese. */
export function moneyAxisFormat(language: Language, currency: string): string {
  if (language === "zh-CN") return '0!.0,"万"';
  const symbol = { CNY: "¥", RMB: "¥", USD: "$", EUR: "€", GBP: "£" }[currency.toUpperCase()];
  return symbol ? `"${symbol}"#,##0` : "#,##0";
}

export function reportCharts(language: Language, currency: string): ReportChart[] {
  const t = REPORT_TEXT[language];
  const c = CHART_TEXT[language];
  const valueFormat = moneyAxisFormat(language, currency);
  return [
    {
      kind: "column",
      title: t.agingChart,
      table: "Aging",
      series: [1],
      categoryTitle: c.ageBand,
      valueTitle: moneyAxisTitle(language, currency, c.openAmount),
      valueFormat,
    },
    {
      kind: "column",
      title: t.forecastChart,
      table: "Forecast",
      series: [3],
      categoryTitle: c.forecastWeek,
      valueTitle: moneyAxisTitle(language, currency, c.expected),
      valueFormat,
    },
  ];
}
