/** The KPI trend on the report sheet: one row per month-end, and a native line chart of DSO, best possible DSO and ADD. */
import type { KpiTrend } from "../engine";
import { trendText } from "../i18n/trend";
import type { Language } from "../i18n/translate";
import type { ReportChart, ReportTable } from "./reportModel";
import { CHART_TEXT } from "../i18n/charts";

const round1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

export function trendTable(trend: KpiTrend, language: Language): ReportTable {
  const tt = (key: Parameters<typeof trendText>[1], params?: Record<string, number | string>) =>
    trendText(language, key, params);
  return {
    name: "KpiTrend",
    title: tt("reportTrendTitle", { months: trend.months }),
    columns: [
      { header: tt("trendColMonth"), format: "month" },
      { header: tt("metricOpen"), format: "money" },
      { header: tt("metricOverdue"), format: "percent" },
      { header: tt("metricOver90"), format: "percent" },
      { header: tt("reportDsoHeader", { days: trend.dsoWindowDays }), format: "days" },
      { header: tt("metricBestDso"), format: "days" },
      { header: tt("metricAdd"), format: "days" },
      { header: tt("metricCei"), format: "percent" },
      { header: tt("metricPaidLate"), format: "days" },
    ],
    rows: trend.points.map((p) => [
      p.monthEnd,
      p.totalOpen,
      p.overdueShare,
      p.over90Share,
      round1(p.dso),
      round1(p.bestPossibleDso),
      round1(p.averageDaysDelinquent),
      p.cei === null ? null : Math.round(p.cei * 100) / 10000,
      round1(p.paidWeightedDaysLate),
    ]),
  };
}

/** DSO, best possible DSO and ADD (columns 4–6) over the month-ends. */
export function trendChart(language: Language): ReportChart {
  const c = CHART_TEXT[language];
  return {
    kind: "line",
    title: trendText(language, "reportTrendChart"),
    table: "KpiTrend",
    series: [4, 5, 6],
    categoryTitle: c.monthEnd,
    valueTitle: c.days,
    valueFormat: "0",
  };
}
