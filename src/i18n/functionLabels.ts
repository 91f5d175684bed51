/**
 * The header rows the AR.* functions spill above their figures (with_headers / with_labels), in the functions'
 * language (Office's display language: src/functions/language.ts). Only headers follow the language: values a
 * formula may compare or count — the terms ("Net 30"), a dunning stage, an invoice's aging bucket — stay the same in
 * every language, so a workbook passed between an English and a Chinese Office computes the same.
 */
import { bucketLabel } from "./labels";
import type { Language } from "./translate";

export type LabelRow = "paymentPlan" | "cashPlan" | "kpiTrend";

const ROWS: Record<LabelRow, Record<Language, readonly string[]>> = {
  paymentPlan: {
    en: ["No.", "Due date", "Payment", "Interest", "Principal", "Remaining"],
    "zh-CN": ["期数", "到期日", "应付金额", "利息", "本金", "剩余本金"],
  },
  cashPlan: {
    en: ["Week start", "Inflows", "Outflows", "Closing cash", "Below minimum"],
    "zh-CN": ["周起始日", "流入", "流出", "期末现金", "低于最低现金"],
  },
  kpiTrend: {
    en: ["Month end", "Open AR", "Overdue share", "DSO", "Best possible DSO", "ADD"],
    "zh-CN": ["月末", "应收余额", "逾期占比", "应收账款周转天数", "最佳周转天数", "平均逾期天数"],
  },
};

/** A function's header row in the language (a fresh copy: the caller spills it). */
export function labelRow(row: LabelRow, language: Language): string[] {
  return [...ROWS[row][language]];
}

/** AR.AGING's bucket labels row: the engine's labels ("Current", "1-30", "91+") in English, "未到期", "1-30 天"… in Chinese. */
export function agingLabelRow(labels: readonly string[], language: Language): string[] {
  return language === "en" ? [...labels] : labels.map((l) => bucketLabel(l, language));
}
