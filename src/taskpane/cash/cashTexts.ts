/**
 * The cash plan's strings in the pane's language (src/i18n/cash.ts): `c(key, params)` through useStrings. Filled
 * Chinese is tidied as the report tidies it (tidyZh: no space left between a Chinese name and the words around it).
 */
import { CASH_TEXT } from "../../i18n/cash";
import { tidyZh } from "../../i18n/translate";
import { useStrings } from "../i18n";

export function useCashTexts() {
  const strings = useStrings(CASH_TEXT);
  const c: typeof strings.s = (key, params) =>
    strings.language === "zh-CN" && params ? tidyZh(strings.s(key, params)) : strings.s(key, params);
  return { ...strings, c };
}
