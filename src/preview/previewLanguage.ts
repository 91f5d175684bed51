/**
 * The preview's language, picked once when the page opens: `?lang=zh-CN` (or `zh`) or `?lang=en` in the address,
 * else the browser's language (as Excel gives the add-in Office's display language). The preview's own words, the
 * pane's starting language and the sample company's own entries (its cash flows: 工资, 房租 …) follow it; switching
 * the pane's language later changes the pane, not what the sample workbook holds (the user's data).
 */
import type { Language } from "../i18n/translate";

export function previewLanguage(search: string, browser: Language): Language {
  const wanted = new URLSearchParams(search).get("lang")?.toLowerCase() ?? "";
  if (/^zh/.test(wanted)) return "zh-CN";
  if (/^en/.test(wanted)) return "en";
  return browser;
}
