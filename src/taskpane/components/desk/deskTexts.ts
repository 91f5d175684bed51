/** The Collections tab's strings in the UI language (src/i18n/desk.ts), with {name} placeholders filled. */
import { DESK_TEXT, DeskText } from "../../../i18n/desk";
import { fillTemplate } from "../../../i18n/translate";
import { useTexts } from "../../i18n";

export function useDeskTexts() {
  const texts = useTexts();
  const table = DESK_TEXT[texts.language];
  const d = (key: keyof DeskText, params?: Record<string, string | number>) =>
    params ? fillTemplate(table[key], params, texts.language) : table[key];
  return { ...texts, d };
}
