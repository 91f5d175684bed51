/**
 * Tiny message formatting shared by the taskpane and the report: templates with {name} placeholders filled from
 * params, numbers formatted for the language. Engine Reasons carry a code + params; a translation table maps codes
 * to templates, and the Reason's English text is the fallback.
 */
import type { Reason } from "../engine/analysis/types";
import { problemZh } from "./problems.zh-CN";

export type Language = "en" | "zh-CN";

export type Templates = Record<string, string>;

const formatters = new Map<string, Intl.NumberFormat>();

export function formatParam(value: number | string, language: Language): string {
  if (typeof value === "string") return value;
  // Whole numbers as they are; money and days to two decimals; small indexes (0.024) to three.
  const digits = Number.isInteger(value) ? 0 : Math.abs(value) < 1 ? 3 : 2;
  const key = `${language}|${digits}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(language === "zh-CN" ? "zh-CN" : "en-US", { maximumFractionDigits: digits, minimumFractionDigits: 0 })));
  return f.format(value);
}

/** Fills "{name}" placeholders; an unknown placeholder is left as it is so a missing param is visible, not hidden. */
export function fillTemplate(template: string, params: Record<string, number | string>, language: Language): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? formatParam(params[name], language) : whole));
}

/** The text of a Reason in `language`: its template from `templates` if there is one, else its English text. */
export function reasonText(reason: Reason, language: Language, templates: Templates): string {
  if (language === "en") return reason.text;
  const template = templates[reason.code];
  if (!template) return reason.text;
  const params = typeof reason.params.problem === "string" ? { ...reason.params, problem: problemZh(reason.params.problem) } : reason.params;
  return fillTemplate(template, params, language);
}
