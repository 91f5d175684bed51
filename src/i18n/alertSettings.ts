/**
 * Texts of the alert thresholds in the Settings panel (one field per alert kind's threshold, engine defaults in
 * DEFAULT_ALERT_THRESHOLDS). EN and ZH have the same keys and placeholders (test/i18n/alertSettings.test.ts).
 */
import type { AlertThresholds } from "../engine/analysis/types";
import type { Language } from "./translate";

type ThresholdTexts = Record<keyof AlertThresholds, string>;

const en: ThresholdTexts & {
  title: string;
  hint: string;
  anyAmount: string;
  daysOption: string;
  percentOption: string;
} = {
  title: "Alerts fire when",
  hint: "Raise a threshold to see fewer alerts of that kind.",
  deteriorationDays: "Paying later: days later than before",
  deteriorationRecentDays: "Paying later: days late recently, at least",
  overLimitShare: "Over limit: above the limit by more than",
  over90Share: "Over 90 days: share of the balance, at least",
  oldDisputeDays: "Old dispute: days past due, more than",
  singleShare: "Concentration: one customer's share of AR over",
  topFiveShare: "Concentration: the five largest customers' share over",
  anyAmount: "Any amount",
  daysOption: "{days} days",
  percentOption: "{percent} %",
};

const zh: typeof en = {
  title: "预警触发条件",
  hint: "调高阈值，该类预警就会减少。",
  deteriorationDays: "付款变慢：比以往多逾期的天数",
  deteriorationRecentDays: "付款变慢：近期逾期天数至少",
  overLimitShare: "超出额度：超出信用额度的比例大于",
  over90Share: "逾期超 90 天：占该客户余额的比例至少",
  oldDisputeDays: "长期争议：逾期天数超过",
  singleShare: "集中度：单一客户占应收账款比例超过",
  topFiveShare: "集中度：前五大客户合计占比超过",
  anyAmount: "任何金额",
  daysOption: "{days} 天",
  percentOption: "{percent}%",
};

export const ALERT_SETTINGS_TEXT: Record<Language, typeof en> = { en, "zh-CN": zh };
