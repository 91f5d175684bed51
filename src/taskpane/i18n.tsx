/** The UI language for components: the string table, a template filler and reason/label translation. */
import { createContext, useContext } from "react";
import type { Reason } from "../engine";
import {
  formatCount,
  formatDate,
  formatDays,
  formatIndex,
  formatMoney,
  formatMoneyShort,
  formatNumber,
  formatPercent,
  formatPercentPoints,
  formatRatio,
} from "../i18n/format";
import { reasonTemplatesZh } from "../i18n/reasons.zh-CN";
import { cashReasonsZh } from "../i18n/cash";
import { Language, fillTemplate, reasonText } from "../i18n/translate";
import { PANE_TEXT, PaneText } from "../i18n/pane";
import { UI_TEXT, UiText } from "../i18n/ui";

/** Every figure goes through src/i18n/format.ts: one rule per kind of figure (money, percent, days, ratio, count). */
export interface Texts {
  language: Language;
  currency: string;
  text: UiText;
  t: (key: keyof UiText, params?: Record<string, string | number>) => string;
  /** The narrow-pane layout's strings (src/i18n/pane.ts). */
  p: (key: keyof PaneText, params?: Record<string, string | number>) => string;
  /** An engine Reason in the language, its amounts with the currency. */
  reason: (r: Reason) => string;
  money: (value: number) => string;
  /** Compact amount for chart axes ("¥1.2M"). */
  moneyShort: (value: number) => string;
  number: (value: number | null, digits?: number) => string;
  /** A share 0–1 → "47.0 %". */
  percent: (share: number) => string;
  /** Percentage points (CEI 86.5) → "86.5 %". */
  percentPoints: (points: number) => string;
  /** Days, one decimal, with the unit: "12.3 days" / "12.3 天"; null → "n/a". */
  days: (days: number | null) => string;
  ratio: (value: number | null) => string;
  index: (value: number | null) => string;
  count: (value: number) => string;
  date: (serial: number) => string;
}

/** A figure and its unit on one line in a narrow pane: "100.0 %", "12.3 days" with a no-break space. */
const keepUnit = (text: string) => text.replace(/(?<=\d) (?=%|days?\b|天)/g, "\u00a0");

export function makeTexts(language: Language, currency = "CNY"): Texts {
  const text = UI_TEXT[language];
  const t: Texts["t"] = (key, params) => (params ? fillTemplate(text[key], params, language) : text[key]);
  return {
    language,
    currency,
    text,
    t,
    p: (key, params) => (params ? fillTemplate(PANE_TEXT[language][key], params, language) : PANE_TEXT[language][key]),
    reason: (r) => reasonText(r, language, r.code.startsWith("cash.") ? cashReasonsZh : reasonTemplatesZh, currency),
    money: (v) => formatMoney(v, currency, language),
    moneyShort: (v) => formatMoneyShort(v, currency, language),
    number: (v, digits = 1) => formatNumber(v, language, digits),
    percent: (s) => keepUnit(formatPercent(s, language)),
    percentPoints: (p) => keepUnit(formatPercentPoints(p, language)),
    days: (d) =>
      d === null || !Number.isFinite(d) ? text.notAvailable : keepUnit(t("kpiDays", { days: formatDays(d, language) })),
    ratio: (v) => formatRatio(v, language),
    index: (v) => formatIndex(v, language),
    count: (v) => formatCount(v, language),
    date: (s) => formatDate(s, language),
  };
}

export const TextsContext = createContext<Texts>(makeTexts("en"));

export function useTexts(): Texts {
  return useContext(TextsContext);
}

type Params = Record<string, string | number>;

/**
 * One hook for every string table of the pane (src/i18n/*.ts, one object per language): `s(key, params)` fills the
 * key's template in the pane's language, `table` is the language's table, `fill` fills any template; the figures
 * and reasons of useTexts come with it.
 */
export function useStrings<T extends { [K in keyof T]: string }>(tables: Record<Language, T>) {
  const texts = useTexts();
  const table = tables[texts.language];
  const fill = (template: string, params: Params) => fillTemplate(template, params, texts.language);
  const s = (key: keyof T, params?: Params): string => (params ? fill(table[key], params) : table[key]);
  return { ...texts, s, table, fill };
}
