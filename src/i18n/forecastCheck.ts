/**
 * Texts of the forecast check (the collection forecast's backtest, history/forecastCheck.ts) in the taskpane's
 * Forecast tab and on the report sheet. EN and ZH have the same keys and placeholders (test/i18n/forecastCheck.test.ts).
 */
import type { Language } from "./translate";

const en = {
  title: "Forecast check",
  checking: "Checking the forecast against this ledger's own history…",
  failed: "The forecast check could not be run on these results (the message above says why).",
  intro:
    "At {points} past month-ends we forecast the next 13 weeks from the ledger as it stood, then compared with what was actually collected from the invoices open that day.",
  errorHelp: "Error: how far the weekly forecast was from what came in, as a share of what came in (lower is better).",
  weeks: "Weeks {from}–{to}",
  ours: "Our forecast",
  dueDate: "On the due date",
  daysToPay: "Average days to pay",
  oursBest: "Our forecast was closer than both simple methods in weeks 1–4 and 5–13.",
  oursNotBest:
    "Our forecast was not closer than both simple methods in every horizon on this ledger: read the weeks with care.",
  tooShort:
    "Too short to judge: the check needs at least 3 month-ends with 13 weeks of known payments after them; this ledger gives {points}.",
  noCollections: "nothing collected",
  leadLine:
    "Weeks 1–13: error {lead} points lower than {versus} (95 % interval {low} to {high}, bootstrap over month-ends)",
  verdictBetter: "Better than the simple methods on this ledger.",
  verdictNoBetter: "No better than the simple methods on this ledger — either will do.",
  verdictWorse: "Worse than the simple methods on this ledger: use {versus}.",
  reportTitle: "Forecast check: error of the 13-week collection forecast on this ledger's history",
  reportHorizon: "Weeks",
};

export type ForecastCheckText = typeof en;

const zh: ForecastCheckText = {
  title: "预测检验",
  checking: "正在用本台账自身的历史检验回款预测…",
  failed: "本次结果的预测检验未能完成（原因见上方消息）。",
  intro: "在过去 {points} 个月末，用当时的台账预测此后 13 周的回款，再与当天未结发票此后实际收回的金额比较。",
  errorHelp: "误差：每周预测与实际回款之差占实际回款的比例（越低越好）。",
  weeks: "第 {from}–{to} 周",
  ours: "本模型预测",
  dueDate: "按到期日",
  daysToPay: "按平均回款天数",
  oursBest: "在第 1–4 周和第 5–13 周，本模型的预测都比两种简单方法更接近实际。",
  oursNotBest: "在本台账上，本模型并非在每个区间都优于两种简单方法：请审慎参考各周数字。",
  tooShort: "历史太短，无法判断：检验至少需要 3 个其后有 13 周已知回款的月末；本台账只有 {points} 个。",
  noCollections: "无回款",
  leadLine: "第 1–13 周：误差比{versus}低 {lead} 个百分点（95% 区间 {low} 至 {high}，按月末自助抽样）",
  verdictBetter: "在本台账上优于简单方法。",
  verdictNoBetter: "在本台账上与简单方法相比没有更好——两者均可使用。",
  verdictWorse: "在本台账上不如简单方法：请使用{versus}。",
  reportTitle: "预测检验：13 周回款预测在本台账历史上的误差",
  reportHorizon: "周",
};

export const FORECAST_CHECK_TEXT: Record<Language, ForecastCheckText> = { en, "zh-CN": zh };
