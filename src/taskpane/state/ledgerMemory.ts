/**
 * The column mapping, header row and analysis settings a user settled on for a ledger, saved in the workbook
 * (WorkbookGateway.writeSetting, key "arlens.ledger.<sheet>") and restored when the same ledger is read again —
 * next month, by anyone who opens the file. A ledger is recognised by its sheet and its header signature (the header
 * row's texts, trimmed and lower-cased); one sheet keeps the records of its last MAX_RECORDS header layouts. The
 * as-of date and the one-currency filter are not saved (they belong to one reading).
 */
import { type ColumnMapping, LEDGER_FIELDS, type LedgerField, type LedgerInput } from "../../engine";
import type { WorkbookGateway } from "../../excel/gateway";
import { parseEdges, type SettingsForm } from "./settings";

export const MAX_RECORDS = 5;

export type SavedSettings = Omit<SettingsForm, "asOf" | "onlyCurrency" | "rates">;

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
  return (values[headerRow] ?? [])
    .map((v) => (v === null || v === undefined ? "" : String(v).trim().toLowerCase()))
    .join("|")
    .replace(/\|+$/, "");
}

function isRecord(r: unknown): r is LedgerRecord {
  const x = r as LedgerRecord;
  return (
    !!x &&
    typeof x.signature === "string" &&
    Number.isInteger(x.headerRow) &&
    typeof x.overrides === "object" &&
    typeof x.settings === "object"
  );
}

/** What was found for this ledger: the record (checked), the parts of it set aside by name, or an unreadable value. */
export interface CheckedRecord {
  record: LedgerRecord | null;
  /** Saved columns and settings that could not be used (named by field: "amount", "riskAppetite"…): left out. */
  setAside: string[];
  /** The stored value is not a list of records at all (edited by hand): detection is used. */
  unreadable: boolean;
}

/** The record saved for this ledger: one whose header row, read at its saved position, has its signature. */
export async function findRecord(gateway: WorkbookGateway, input: LedgerInput): Promise<LedgerRecord | null> {
  return (await findRecordChecked(gateway, input)).record;
}

/**
 * As findRecord, with every saved value checked against this ledger (checkRecord): a column beyond its width, a
 * setting out of its choices… is set aside and named, and the rest of the record is used.
 */
export async function findRecordChecked(gateway: WorkbookGateway, input: LedgerInput): Promise<CheckedRecord> {
  const none = (unreadable: boolean): CheckedRecord => ({ record: null, setAside: [], unreadable });
  if (!input.sheet) return none(false);
  let records: unknown;
  try {
    records = await gateway.readSetting<LedgerRecord[]>(ledgerKey(input.sheet));
  } catch {
    return none(false); // the workbook could not be asked: detection is used
  }
  if (records === null || records === undefined) return none(false);
  if (!Array.isArray(records)) return none(true);
  const found = records
    .filter(isRecord)
    .find((r) => r.signature !== "" && headerSignature(input.values, r.headerRow) === r.signature);
  return found ? { ...checkRecord(found, input.values), unreadable: false } : none(false);
}

/** Every setting a record may hold (the compiler keeps this list complete). */
const SAVED_SETTING_KEYS: Record<keyof SavedSettings, true> = {
  agingBasis: true,
  agingEdges: true,
  dateOrder: true,
  riskAppetite: true,
  dsoWindowDays: true,
  defaultTermsDays: true,
  currency: true,
  trendMonths: true,
  lateDays: true,
  followUpMonths: true,
  limitHeadroomPct: true,
  alertThresholds: true,
  swapDateSerials: true,
  keptLimits: true,
};

const CHOICES: Partial<Record<keyof SavedSettings, readonly unknown[]>> = {
  agingBasis: ["due", "invoice"],
  dateOrder: ["auto", "mdy", "dmy"],
  riskAppetite: ["conservative", "balanced", "growth"],
  trendMonths: [12, 24],
};

const wholeDays = (v: unknown, min: number) => Number.isInteger(v) && (v as number) >= min && (v as number) <= 3660;
const finiteNotBelowZero = (v: unknown) => typeof v === "number" && Number.isFinite(v) && v >= 0;

/** A kept limit as saved: a customer's name, an amount of money, where it came from. */
function isKeptLimit(v: unknown): boolean {
  if (!v || typeof v !== "object") return false;
  const l = v as Record<string, unknown>;
  const sources = ["user", "insurer", "accepted"];
  return (
    typeof l.customer === "string" &&
    l.customer !== "" &&
    finiteNotBelowZero(l.amount) &&
    sources.includes(l.source as string)
  );
}

/** Whether a saved setting has a value the form can hold (the engine still checks ranges, naming the setting). */
function settingFits(key: string, value: unknown): boolean {
  const choices = CHOICES[key as keyof SavedSettings];
  if (choices) return choices.includes(value);
  switch (key) {
    case "agingEdges":
      try {
        return typeof value === "string" && (parseEdges(value), true);
      } catch {
        return false;
      }
    case "currency":
      return typeof value === "string";
    case "dsoWindowDays":
      return wholeDays(value, 1);
    case "defaultTermsDays":
      return wholeDays(value, 0);
    case "lateDays":
    case "followUpMonths":
    case "limitHeadroomPct":
      return finiteNotBelowZero(value);
    case "alertThresholds":
      return (
        !!value && typeof value === "object" && !Array.isArray(value) && Object.values(value).every(finiteNotBelowZero)
      );
    case "swapDateSerials":
      return typeof value === "boolean";
    case "keptLimits":
      return Array.isArray(value) && value.every(isKeptLimit);
    default:
      return false;
  }
}

/** The record with what cannot be used on this ledger left out, and the names of what was left out. */
export function checkRecord(
  record: LedgerRecord,
  values: readonly unknown[][],
): { record: LedgerRecord; setAside: string[] } {
  const width = values.reduce((w, row) => Math.max(w, row?.length ?? 0), 0);
  const setAside: string[] = [];
  const overrides: Partial<ColumnMapping> = {};
  for (const [field, column] of Object.entries(record.overrides ?? {})) {
    const fits =
      (LEDGER_FIELDS as readonly string[]).includes(field) &&
      (column === null || (Number.isInteger(column) && column >= 0 && column < width));
    if (fits) overrides[field as LedgerField] = column;
    else setAside.push(field);
  }
  const settings: Partial<SavedSettings> = {};
  for (const [key, value] of Object.entries(record.settings ?? {})) {
    if (settingFits(key, value)) (settings as Record<string, unknown>)[key] = value;
    else if (key in SAVED_SETTING_KEYS) setAside.push(key); // an unknown key (another version's) is dropped quietly
  }
  return { record: { ...record, overrides, settings }, setAside };
}

/** The settings worth saving from the form (what the user can change and keeps from month to month). */
export function savedSettings(form: SettingsForm): SavedSettings {
  const { asOf: _a, onlyCurrency: _o, rates: _r, ...rest } = form; // rates: the workbook's own (ratesMemory.ts)
  return rest;
}

/** Saves (or replaces) this ledger's record, newest first; a failure to save is reported to `onError`, never thrown. */
export async function saveRecord(
  gateway: WorkbookGateway,
  input: LedgerInput,
  record: LedgerRecord,
  onError?: (e: unknown) => void,
): Promise<void> {
  if (!input.sheet || record.signature === "") return;
  try {
    const existing = await gateway.readSetting<LedgerRecord[]>(ledgerKey(input.sheet));
    const others = (Array.isArray(existing) ? existing.filter(isRecord) : []).filter(
      (r) => r.signature !== record.signature,
    );
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
