/** The cash plan's strings in the pane's language (src/i18n/cash.ts), with the same template filler as the rest. */
import { CASH_TEXT, type CashText } from "../../i18n/cash";
import { fillTemplate } from "../../i18n/translate";
import { useTexts } from "../i18n";

export function useCashTexts() {
  const texts = useTexts();
  const table = CASH_TEXT[texts.language];
  const c = (key: keyof CashText, params?: Record<string, string | number>) =>
    params ? fillTemplate(table[key], params, texts.language) : table[key];
  return { ...texts, c };
}
