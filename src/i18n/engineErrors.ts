/**
 * The text of an error the engine raised on purpose (an EngineError with a reason code: an invalid as-of date, a
 * column that is not in the range, a setting out of range…) in the UI's language; any other error keeps its message.
 */
import { EngineError } from "../engine/core/errors";
import { engineErrorMessage } from "./functionErrors";
import type { Language } from "./translate";

export function engineErrorText(error: unknown, language: Language): string {
  const message = error instanceof Error ? error.message : String(error);
  if (language === "en" || !(error instanceof EngineError)) return message;
  return engineErrorMessage(error, language);
}
