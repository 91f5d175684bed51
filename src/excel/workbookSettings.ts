/**
 * Rules for AR Lens's settings stored in the workbook (Excel.SettingCollection, `context.workbook.settings`), shared
 * by the Office gateway and its tests:
 * - keys are namespaced: a caller's key "cashPlan" is stored as "arlens.cashPlan" (a key that already starts with
 *   "arlens." is used as is, so both spellings reach the same setting);
 * - values are stored as JSON strings; a stored value that is not valid JSON (edited outside AR Lens) reads as null,
 *   so the caller falls back to its defaults instead of failing;
 * - writing `undefined` removes the setting (a "reset");
 * - one value may take at most SETTING_LIMIT_BYTES of UTF-8 JSON: above it the write is refused with
 *   SettingTooLargeError and nothing is stored (the previous value stays). 1 MB keeps a write well under Excel on
 *   the web's 5 MB request limit and keeps the file small; a larger store belongs in a sheet AR Lens marks as its own.
 */
import { gatewayEnglish } from "../i18n/excel";
import { utf8Bytes } from "./chunks";
import { GatewayError } from "./gatewayErrors";

export const SETTING_PREFIX = "arlens.";
export const SETTING_LIMIT_BYTES = 1024 * 1024;
export const SETTING_KEY_MAX = 255;

/** A setting refused before anything reached the workbook (too large, bad key, not JSON). */
export class SettingError extends GatewayError {
  constructor(
    code: "settingTooLarge" | "settingKeyInvalid" | "settingNotJson",
    params: Record<string, string | number>,
  ) {
    super(code, params, gatewayEnglish(code, params));
    this.name = "SettingError";
  }
}

/** The stored key for a caller's key: "arlens." + key. */
export function settingKey(key: string): string {
  const k = key.startsWith(SETTING_PREFIX) ? key : SETTING_PREFIX + key;
  if (key.length === 0 || key === SETTING_PREFIX || k.length > SETTING_KEY_MAX) {
    throw new SettingError("settingKeyInvalid", { key, max: SETTING_KEY_MAX - SETTING_PREFIX.length });
  }
  return k;
}

/** The JSON text to store, or null to remove the setting; throws SettingError when it is too large or not JSON. */
export function encodeSetting(key: string, value: unknown): string | null {
  if (value === undefined) return null;
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined;
  }
  if (text === undefined) throw new SettingError("settingNotJson", { key });
  const bytes = utf8Bytes(text);
  if (bytes > SETTING_LIMIT_BYTES) {
    throw new SettingError("settingTooLarge", { key, bytes, limit: SETTING_LIMIT_BYTES });
  }
  return text;
}

/** The value a stored JSON text stands for; null when absent or not valid JSON. */
export function decodeSetting<T>(stored: unknown): T | null {
  if (typeof stored !== "string") return stored === undefined || stored === null ? null : (stored as T);
  try {
    return JSON.parse(stored) as T;
  } catch {
    return null;
  }
}
