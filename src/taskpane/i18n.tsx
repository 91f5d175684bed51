/** The UI language for components: the string table, a template filler and reason/label translation. */
import { createContext, useContext } from "react";
import type { Reason } from "../engine/analysis/types";
import { formatDate, formatMoney, formatNumber, formatPercent } from "../i18n/format";
import { reasonTemplatesZh } from "../i18n/reasons.zh-CN";
import { cashReasonsZh } from "../i18n/cash";
import { Language, fillTemplate, reasonText } from "../i18n/translate";
import { UI_TEXT, UiText } from "../i18n/ui";

export interface Texts {
  language: Language;
  text: UiText;
  t: (key: keyof UiText, params?: Record<string, string | number>) => string;
  reason: (r: Reason) => string;
  money: (value: number) => string;
  number: (value: number | null, digits?: number) => string;
  percent: (share: number) => string;
  date: (serial: number) => string;
}

export function makeTexts(language: Language, currency = "CNY"): Texts {
  const text = UI_TEXT[language];
  return {
    language,
    text,
    t: (key, params) => (params ? fillTemplate(text[key], params, language) : text[key]),
    reason: (r) => reasonText(r, language, r.code.startsWith("cash.") ? cashReasonsZh : reasonTemplatesZh),
    money: (v) => formatMoney(v, currency, language),
    number: (v, digits = 1) => formatNumber(v, language, digits),
    percent: (s) => formatPercent(s, language),
    date: (s) => formatDate(s, language),
  };
}

export const TextsContext = createContext<Texts>(makeTexts("en"));

export function useTexts(): Texts {
  return useContext(TextsContext);
}
