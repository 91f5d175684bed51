/** Axis titles and units of the charts (pane and report), English and Chinese. */
import type { Language } from "./translate";

const ZH_CURRENCY_UNITS: Record<string, string> = { CNY: "人民币元", RMB: "人民币元", USD: "美元", EUR: "欧元", GBP: "英镑", JPY: "日元", HKD: "港元" };

export const CHART_TEXT = {
  en: {
    ageBand: "Age band (days past due)",
    forecastWeek: "Week (week 1 starts the day after the as-of date)",
    weekStarting: "Week starting",
    monthEnd: "Month-end",
    openAmount: "Open amount",
    expected: "Expected collections",
    cash: "Cash at week end",
    days: "Days",
    share: "Share of open amount (%)",
    buffer: "Buffer",
    lowPoint: "Low point",
    currencyUnit: (currency: string) => currency,
  },
  "zh-CN": {
    ageBand: "账龄区间（逾期天数）",
    forecastWeek: "周次（第 1 周从基准日次日开始）",
    weekStarting: "周起始日",
    monthEnd: "月末",
    openAmount: "未结金额",
    expected: "预计回款",
    cash: "周末现金",
    days: "天数",
    share: "占未结金额比例（%）",
    buffer: "最低现金储备",
    lowPoint: "最低点",
    currencyUnit: (currency: string) => ZH_CURRENCY_UNITS[currency.toUpperCase()] ?? currency,
  },
} satisfies Record<Language, Record<string, string | ((c: string) => string)>>;
