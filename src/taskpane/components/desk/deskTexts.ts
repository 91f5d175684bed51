/** The Collections tab's strings in the UI language (src/i18n/desk.ts): `d(key, params)` through useStrings. */
import { DESK_TEXT } from "../../../i18n/desk";
import { useStrings } from "../../i18n";

export function useDeskTexts() {
  const strings = useStrings(DESK_TEXT);
  return { ...strings, d: strings.s };
}
