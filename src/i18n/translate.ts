/**
 * Tiny message formatting shared by the taskpane and the report: templates with {name} placeholders filled from
 * params, numbers formatted for the language. Engine Reasons carry a code + params; a translation table maps codes
 * to templates, and the Reason's English text is the fallback.
 */
import type { Reason } from "../engine/analysis/types";
import { formatMoney, MONEY_PARAMS } from "./format";
import type { Language } from "./language";
import { reasonParamsZh } from "./reasonParams.zh-CN";

export type { Language };

export type Templates = Record<string, string>;

const formatters = new Map<string, Intl.NumberFormat>();

export function formatParam(value: number | string, language: Language): string {
  if (typeof value === "string") return value;
  // Whole numbers as they are; money and days to two decimals; small indexes (0.024) to three.
  const digits = Number.isInteger(value) ? 0 : Math.abs(value) < 1 ? 3 : 2;
  const key = `${language}|${digits}`;
  let f = formatters.get(key);
  if (!f)
    formatters.set(
      key,
      (f = new Intl.NumberFormat(language === "zh-CN" ? "zh-CN" : "en-US", {
        maximumFractionDigits: digits,
        minimumFractionDigits: 0,
      })),
    );
  return f.format(value);
}

/** Fills "{name}" placeholders; an unknown placeholder is left as it is so a missing param is visible, not hidden. */
export function fillTemplate(template: string, params: Record<string, number | string>, language: Language): string {
  const filled = template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? formatParam(params[name], language) : whole,
  );
  return language === "en" ? singularOne(filled) : filled;
}

/** A whole "1" before a plural unit ("1 days", "1 invoices"): the English templates are written for many. */
const ADJECTIVES = "blank|paid|open|late|unpaid|unusable";
const UNITS = "day|week|month|year|invoice|customer|row|reminder|installment|payment|bill|flow|supplier";
const ONE_PLURAL = new RegExp(`(?<![\\d.,])1 ((?:${ADJECTIVES}) )?(${UNITS})s\\b`, "g");

/** A count, an optional word, then a noun written "(s)" for either number: "1 overdue invoice(s)", "3 customer(s)". */
const COUNTED_EITHER = /(?<![\d.,])(\d[\d,]*(?:\.\d+)?) ((?:[a-z]+ )?)([a-z]+)\(s\)/g;

/**
 * "1 days" → "1 day", "1 invoices" → "1 invoice"; "11 days" and "1.0 days" stay. A noun written "(s)" after a count
 * takes the count's number: "1 invoice(s)" → "1 invoice", "3 customer(s)" → "3 customers".
 */
export function singularOne(text: string): string {
  return text
    .replace(COUNTED_EITHER, (_, n: string, word: string, noun: string) => `${n} ${word}${noun}${n === "1" ? "" : "s"}`)
    .replace(ONE_PLURAL, "1 $1$2");
}

const CJK = "\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef";
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])[ \\u00a0]+(?=[${CJK}])`, "g");
const HALF_WIDTH_AFTER_CJK = new RegExp(`(?<=[\\u4e00-\\u9fff])\\s*([:;,])\\s*`, "g");

/**
 * Chinese text as a Chinese finance team types it: no space between two Chinese characters (a filled-in Chinese
 * name sat between spaces meant for Latin names: "对 上海…公司 仅凭"), full-width colon, semicolon and comma after
 * a Chinese character. Spaces between Chinese and Latin letters or digits stay.
 */
export function tidyZh(text: string): string {
  return text
    .replace(SPACE_BETWEEN_CJK, "")
    .replace(HALF_WIDTH_AFTER_CJK, (_m, p: string) => ({ ":": "：", ";": "；", ",": "，" })[p] ?? p);
}

/** The engine's bare English amount ("2,400.00", "-5.00"), as src/engine/analysis/reasons.ts writes it. */
const ENGINE_MONEY = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const engineMoney = (v: number) => (v < 0 ? "-" : "") + ENGINE_MONEY.format(Math.abs(v));
/** A bare amount in an English reason: not part of a longer number, not already behind a symbol. */
const BARE_AMOUNT = /(?<![\d,.\p{Sc}])-?\d{1,3}(?:,\d{3})*\.\d{2}(?![\d])/gu;

/**
 * The text of a Reason in `language`: its template from `templates` if there is one, else its English text. With a
 * `currency`, the reason's amounts of money (MONEY_PARAMS) are shown with it ("¥2,400.00").
 */
export function reasonText(reason: Reason, language: Language, templates: Templates, currency?: string): string {
  const moneyKeys = currency === undefined ? undefined : MONEY_PARAMS[reason.code];
  if (language === "en") {
    if (!moneyKeys) return singularOne(reason.text);
    const amounts = new Map<string, string>();
    for (const key of moneyKeys) {
      const v = reason.params[key];
      if (typeof v === "number") amounts.set(engineMoney(v), formatMoney(v, currency!, language));
    }
    return singularOne(reason.text.replace(BARE_AMOUNT, (m) => amounts.get(m) ?? m));
  }
  const template = templates[reason.code];
  if (!template) return reason.text;
  let params = reasonParamsZh(reason.params);
  if (moneyKeys) {
    params = { ...params };
    for (const key of moneyKeys)
      if (typeof params[key] === "number") params[key] = formatMoney(params[key] as number, currency!, language);
  }
  return tidyZh(fillTemplate(template, params, language));
}
