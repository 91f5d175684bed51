/** What the taskpane needs to know about its Office host: display language and theme (Office.js, read-only). */
import type { Language } from "../i18n/translate";

export function languageFromOffice(): Language {
  const lang =
    typeof Office !== "undefined"
      ? (Office.context?.displayLanguage ?? "")
      : typeof navigator !== "undefined"
        ? navigator.language
        : "";
  return /^zh/i.test(lang) ? "zh-CN" : "en";
}

/** Office's display language as a full tag ("en-US", "zh-CN"): its region gives the default currency. */
export function localeFromOffice(): string {
  if (typeof Office !== "undefined" && Office.context?.displayLanguage) return Office.context.displayLanguage;
  return typeof navigator !== "undefined" ? (navigator.language ?? "") : "";
}

export function themeFromOffice(): "light" | "dark" {
  const background = typeof Office !== "undefined" ? Office.context?.officeTheme?.bodyBackgroundColor : undefined;
  if (!background || !/^#?[0-9a-f]{6}$/i.test(background)) return "light";
  const hex = background.replace("#", "");
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? "dark" : "light";
}

/** Excel.run, for the Office gateway in Excel. */
export const excelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => Excel.run(batch);

/** Runs `start` once Office is ready; `outside` when the page is not inside an Office host (office.js absent). */
export function whenOfficeReady(start: () => void, outside: () => void): void {
  if (typeof Office !== "undefined") Office.onReady(() => start());
  else outside();
}
