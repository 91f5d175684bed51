/**
 * The column mapping, header row and analysis settings a user settled on for a ledger, saved in the workbook
 * (WorkbookGateway.writeSetting, key "arlens.ledger.<sheet>") and restored when the same ledger is read again —
 * next month, by anyone who opens the file. A ledger is recognised by its sheet and its header signature (the header
 * row's texts, trimmed and lower-cased); one sheet keeps the records of its last MAX_RECORDS header layouts. The
 * as-of date and the one-currency filter are not saved (they belong to one reading).
 */
import type { ColumnMapping, LedgerInput } from "../../engine";
import type { WorkbookGateway } from "../../excel/gateway";
import type { SettingsForm } from "./settings";

export const MAX_RECORDS = 5;

export type SavedSettings = Omit<SettingsForm, "asOf" | "onlyCurrency">;

export interface LedgerRecord {
  signature: string;
  headerRow: number;
  overrides: Partial<ColumnMapping>;
  settings: Partial<SavedSettings>;
}

export const ledgerKey = (sheet: string) => `ledger.${sheet}`;

/** The header row's texts, trimmed and lower-cased, joined by "|" ("" for a range without a header row). */
export function headerSignature(values: readonly unknown[][], headerRow: number): string {
  if (headerRow < 0) return "";
  return (values[headerRow] ?? []).map((v) => (v === null || v === undefined ? "" : String(v).trim().toLowerCase())).join("|").replace(/\|+$/, "");
}

function isRecord(r: unknown): r is LedgerRecord {
  const x = r as LedgerRecord;
  return !!x && typeof x.signature === "string" && Number.isInteger(x.headerRow) && typeof x.overrides === "object" && typeof x.settings === "object";
}

/** The record saved for this ledger: one whose header row, read at its saved position, has its signature. */
export async function findRecord(gateway: WorkbookGateway, input: LedgerInput): Promise<LedgerRecord | null> {
  if (!input.sheet) return null;
  let records: unknown;
  try {
    records = await gateway.readSetting<LedgerRecord[]>(ledgerKey(input.sheet));
  } catch {
    return null; // the workbook could not be asked: detection is used
  }
  if (!Array.isArray(records)) return null;
  return records.filter(isRecord).find((r) => r.signature !== "" && headerSignature(input.values, r.headerRow) === r.signature) ?? null;
}

/** The settings worth saving from the form (what the user can change and keeps from month to month). */
export function savedSettings(form: SettingsForm): SavedSettings {
  const { asOf: _a, onlyCurrency: _o, ...rest } = form;
  return rest;
}

/** Saves (or replaces) this ledger's record, newest first; a failure to save is reported to `onError`, never thrown. */
export async function saveRecord(gateway: WorkbookGateway, input: LedgerInput, record: LedgerRecord, onError?: (e: unknown) => void): Promise<void> {
  if (!input.sheet || record.signature === "") return;
  try {
    const existing = await gateway.readSetting<LedgerRecord[]>(ledgerKey(input.sheet));
    const others = (Array.isArray(existing) ? existing.filter(isRecord) : []).filter((r) => r.signature !== record.signature);
    await gateway.writeSetting(ledgerKey(input.sheet), [record, ...others].slice(0, MAX_RECORDS));
  } catch (e) {
    onError?.(e);
  }
}

/**
 * After an analysis: saves the record when the user changed something (a column, the header row or a setting),
 * and forgets an earlier one when everything is back to detection and the defaults.
 */
export async function rememberLedger(
  gateway: WorkbookGateway,
  input: LedgerInput,
  record: LedgerRecord,
  defaults: SettingsForm,
  detectedHeaderRow: number,
  onError?: (e: unknown) => void,
): Promise<void> {
  const changedSettings = JSON.stringify(record.settings) !== JSON.stringify(savedSettings(defaults));
  const changed = Object.keys(record.overrides).length > 0 || record.headerRow !== detectedHeaderRow || changedSettings;
  if (changed) return saveRecord(gateway, input, record, onError);
  try {
    if (await findRecord(gateway, input)) await forgetRecord(gateway, input, record.signature);
  } catch (e) {
    onError?.(e);
  }
}

/** Forgets this ledger's record (the "reset" to detection). */
export async function forgetRecord(gateway: WorkbookGateway, input: LedgerInput, signature: string): Promise<void> {
  if (!input.sheet) return;
  const existing = await gateway.readSetting<LedgerRecord[]>(ledgerKey(input.sheet));
  const others = (Array.isArray(existing) ? existing.filter(isRecord) : []).filter((r) => r.signature !== signature);
  await gateway.writeSetting(ledgerKey(input.sheet), others.length > 0 ? others : undefined);
}
