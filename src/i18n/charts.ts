/** Axis titles and units of the charts (pane and report), English and Chinese. */
import type { Language } from "./translate";

const ZH_CURRENCY_UNITS: Record<string, string> = {
  CNY: "人民币元",
  RMB: "人民币元",
  USD: "美元",
  EUR: "欧元",
  GBP: "英镑",
  JPY: "日元",
  HKD: "港元",
};

/**
 * The marks that join a label to its values and the items of a list in running text (a chart point's readout
 * "Week 3: Plan ¥1.00, Late ¥2.00; Buffer ¥3.00", a verdict's reasons): full-width in Chinese.
 */
export function listMarks(language: Language): { colon: string; comma: string; semicolon: string } {
  return language === "zh-CN"
    ? { colon: "：", comma: "，", semicolon: "；" }
    : { colon: ": ", comma: ", ", semicolon: "; " };
}

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
    forecastWeekShort: "Week (1 = next week)",
    weekFrom: "Week (week 1 starts {date})",
    weekOf: "Week {week} ({date})",
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
    buffer: "安全垫",
    lowPoint: "最低点",
    forecastWeekShort: "周次（1 = 下周）",
    weekFrom: "周次（第 1 周自{date}起）",
    weekOf: "第 {week} 周（{date}）",
    currencyUnit: (currency: string) => ZH_CURRENCY_UNITS[currency.toUpperCase()] ?? currency,
  },
} satisfies Record<Language, Record<string, string | ((c: string) => string)>>;

/** "Open amount (CNY)", "未结金额（人民币元）": a money axis's title with its unit. */
export function moneyAxisTitle(language: Language, currency: string, what: string): string {
  return language === "zh-CN" ? `${what}（${CHART_TEXT["zh-CN"].currencyUnit(currency)}）` : `${what} (${currency})`;
}

/** An axis title with its unit: "DSO (days)", "逾期占比（%）", "Open amount (CNY)"; a title that names it already stays. */
export function unitTitle(
  language: Language,
  what: string,
  unit: "money" | "days" | "percent",
  currency: string,
): string {
  if (unit === "money") return moneyAxisTitle(language, currency, what);
  if (/[(（]/.test(what)) return what;
  const u = unit === "days" ? (language === "zh-CN" ? "天" : "days") : "%";
  return language === "zh-CN" ? `${what}（${u}）` : `${what} (${u})`;
}
