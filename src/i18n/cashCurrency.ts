/**
 * The cash plan's strings for several currencies (EN and ZH): the currency scenario's name and its inputs in the
 * Cash tab, the reporting currency (本币) line, the items left out for want of a rate (汇率), and the Chinese for the
 * reasons of src/engine/cash/currencies.ts and currencyScenario.ts.
 */
import type { Scenario } from "../engine";
import { fillTemplate, tidyZh, type Language } from "./translate";

const en = {
  currencyTitle: "Currencies",
  reportingLine: "Every figure in {reporting} (reporting currency); other currencies converted at the rates.",
  reportingNoRates: "Every figure in {reporting}; no rates: items in other currencies are left out.",
  scenarioCurrency: "Currency scenario",
  scenarioCurrencyAuto: "Largest foreign currency",
  scenarioMove: "Move against {reporting} (%)",
  scenarioCurrencyName: "{currency} {move} against {reporting}",
  scenarioCurrencyRate: "{currency} at {stressed} instead of {rate}",
  leftOutTitle: "Left out: no rate",
  leftOutLine: "{amount}: {part} ({items})",
  partReceivables: "receivables",
  partPayables: "bills",
  partFlows: "other flows",
  useRates: "Use selection as rates",
  ratesRead: "{count} rates to {reporting} read from {address}; the analysis and the plan now both use them.",
  ratesInUse: "Rates to {reporting} in use (the analysis's, kept with the workbook):",
  flowCurrency: "Currency",
};
export type CashCurrencyText = typeof en;

const zh: CashCurrencyText = {
  currencyTitle: "多币种",
  reportingLine: "所有金额均为本币 {reporting}；原币金额按汇率折算。",
  reportingNoRates: "所有金额均为本币 {reporting}；未提供汇率，其他币种的款项未计入。",
  scenarioCurrency: "汇率情景",
  scenarioCurrencyAuto: "最大外币敞口",
  scenarioMove: "兑 {reporting} 涨跌幅（%）",
  scenarioCurrencyName: "{currency} 兑 {reporting} 汇率 {move}",
  scenarioCurrencyRate: "{currency} 汇率按 {stressed} 计（原为 {rate}）",
  leftOutTitle: "未计入：缺少汇率",
  leftOutLine: "{amount}：{part}（{items} 笔）",
  partReceivables: "应收账款",
  partPayables: "应付单据",
  partFlows: "其他现金流",
  useRates: "将所选区域用作汇率表",
  ratesRead: "已从 {address} 读取 {count} 个兑 {reporting} 的汇率，应收分析与现金计划均已按此重新计算。",
  ratesInUse: "当前使用的兑 {reporting} 汇率（与应收分析共用，保存在工作簿中）：",
  flowCurrency: "币种",
};

export const CASH_CURRENCY_TEXT: Record<Language, CashCurrencyText> = { en, "zh-CN": zh };

/** A move as a signed percentage: "−5 %" (EN), "−5%" (ZH). */
export function movePercent(move: number, language: Language): string {
  const pct = Math.round(move * 10_000) / 100;
  const sign = pct > 0 ? "+" : pct < 0 ? "−" : "";
  return `${sign}${Math.abs(pct)}${language === "zh-CN" ? "%" : " %"}`;
}

/** "USD −5 % against CNY" / "USD 兑 CNY 汇率 −5%"; null for a scenario that is not the currency one. */
export function currencyScenarioName(s: Scenario, language: Language): string | null {
  if (s.kind !== "currency" || !s.currency) return null;
  const { code, move, reporting } = s.currency;
  const text = fillTemplate(
    CASH_CURRENCY_TEXT[language].scenarioCurrencyName,
    { currency: code, move: movePercent(move, language), reporting },
    language,
  );
  return language === "zh-CN" ? tidyZh(text) : text;
}

/** Chinese for the reasons of the cash plan in several currencies, by code. */
export const cashCurrencyReasonsZh: Record<string, string> = {
  "cash.currency.rate": "{currency} 按汇率 {rate} 折算为本币 {reporting}（汇率表）",
  "cash.currency.ownRate": "{currency}：汇率表中没有其汇率，按单据自身的记账汇率折算为本币 {reporting}（如 {rate}）",
  "cash.currency.noRate.receivables":
    "{amount} 的应收账款（{items} 笔）未计入现金计划：缺少 {currency} 兑 {reporting} 的汇率",
  "cash.currency.noRate.payables":
    "{amount} 的应付单据（{items} 笔）未计入现金计划：缺少 {currency} 兑 {reporting} 的汇率",
  "cash.currency.noRate.flows":
    "{amount} 的其他现金流（{items} 笔）未计入现金计划：缺少 {currency} 兑 {reporting} 的汇率",
  "cash.currency.stressReporting": "汇率情景的币种 {currency} 就是本币：请选择一种外币",
  "cash.currency.stressNoRate": "汇率情景无法变动 {currency}：缺少 {currency} 兑 {reporting} 的汇率",
  "cash.flow.badCurrency": "币种“{value}”不是三位字母的币种代码（如 USD）",
};
