/**
 * The language of the AR.* functions' error messages: Office's display language, read once where the functions are
 * registered (functions.ts, through src/excel/host.ts — no Office.js here); in the browser preview, the preview's
 * language switch. English until it is set.
 *
 * Kept on the global object, like the preview's function registry (src/preview/customFunctionsShim.ts): the preview
 * page and the functions bundle are separate webpack entries, each with its own copy of this module, and both must
 * see the one setting.
 */
import type { Language } from "../i18n/translate";

declare global {
  var __arLensFunctionLanguage: Language | undefined;
}

export function setFunctionLanguage(language: Language): void {
  globalThis.__arLensFunctionLanguage = language;
}

export function functionLanguage(): Language {
  return globalThis.__arLensFunctionLanguage ?? "en";
}
