/** Texts of the KPI trend (taskpane section, settings and report sheet), English and Simplified Chinese. */
import { fillTemplate, type Language } from "./translate";

const EN = {
  trendTitle: "Trend: last {months} month-ends",
  trendMetric: "Figure",
  trendChartLabel: "{metric} at each month-end, {from} to {to}",
  trendPoint: "{month}: {value}",
  trendNoData: "Nothing was open at these month-ends: no trend to show.",
  trendHint: "Each month-end is the analysis as it stood that day (DSO over {window} days; CEI of the month).",
  trendColMonth: "Month end",
  trendColChange: "Change",
  trendColValue: "Value",
  trendMonths: "KPI trend covers",
  trendMonthsOption: "{months} months",
  metricDso: "DSO",
  metricBestDso: "Best possible DSO",
  metricAdd: "Average days delinquent",
  metricOverdue: "Overdue share",
  metricOver90: "Over 90 days past due",
  metricOpen: "Open AR",
  metricCei: "CEI (monthly)",
  metricPaidLate: "Days late of the month's payments",
  reportTrendTitle: "KPI trend (last {months} month-ends)",
  reportDsoHeader: "DSO ({days} days)",
  reportTrendChart: "DSO, best possible DSO and ADD at each month-end",
};

export type TrendText = typeof EN;

const ZH: TrendText = {
  trendTitle: "趋势：最近 {months} 个月末",
  trendMetric: "指标",
  trendChartLabel: "{from} 至 {to} 各月末的{metric}",
  trendPoint: "{month}：{value}",
  trendNoData: "这些月末均无未结应收：暂无趋势。",
  trendHint: "每个月末的数字都是以当天为基准日的分析结果（DSO 统计期间 {window} 天；CEI 按当月计算）。",
  trendColMonth: "月末",
  trendColChange: "变动",
  trendColValue: "数值",
  trendMonths: "指标趋势期间",
  trendMonthsOption: "{months} 个月",
  metricDso: "DSO（应收账款周转天数）",
  metricBestDso: "最佳周转天数",
  metricAdd: "平均逾期天数（ADD）",
  metricOverdue: "逾期占比",
  metricOver90: "逾期 90 天以上占比",
  metricOpen: "应收余额",
  metricCei: "回款有效性指数（当月）",
  metricPaidLate: "当月回款的平均逾期天数",
  reportTrendTitle: "关键指标趋势（最近 {months} 个月末）",
  reportDsoHeader: "DSO（应收账款周转天数，{days} 天）",
  reportTrendChart: "各月末的应收账款周转天数、最佳周转天数与平均逾期天数",
};

export const TREND_TEXT: Record<Language, TrendText> = { en: EN, "zh-CN": ZH };

export function trendText(language: Language, key: keyof TrendText, params?: Record<string, string | number>): string {
  const template = TREND_TEXT[language][key];
  return params ? fillTemplate(template, params, language) : template;
}

/** A month-end as an axis label no reader takes for a day: "2025-06" or "2025年6月". */
export function shortMonth(year: number, month: number, language: Language): string {
  if (language === "zh-CN") return `${year}年${month}月`;
  return `${year}-${String(month).padStart(2, "0")}`;
}
