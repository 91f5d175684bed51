/** The cash plan's strings in the pane's language (src/i18n/cash.ts): `c(key, params)` through useStrings. */
import { CASH_TEXT } from "../../i18n/cash";
import { useStrings } from "../i18n";

export function useCashTexts() {
  const strings = useStrings(CASH_TEXT);
  return { ...strings, c: strings.s };
}
