/**
 * The columns mapped and the rows read, kept for the cells they were read from, when the caller says the cells never
 * change (the taskpane and its worker: a ledger read from the workbook is a snapshot, analysed again as it is when a
 * setting changes). Analysed again with only a display setting changed — the risk appetite, limits kept, the aging
 * basis, thresholds, headroom — the ledger is not mapped and read again: at a million rows about 0.9 s. Kept per
 * array of cells (a WeakMap: gone with the cells), one reading each, and used only while all that the mapping and
 * the parse read besides the cells is the same: the formats, the sheet and its top-left cell (the addresses the
 * issues name) and the settings they take. Nothing downstream changes a reading: the analysis makes new objects where
 * it converts amounts or adds issues.
 */
import type { CustomerHistory } from "../history/customerHistory";
import type { ParsedLedger } from "../ledger/parseLedger";
import type { AnalysisSettings, Invoice, LedgerInput, MappingResult } from "../model/types";

export interface Reading {
  mapping: MappingResult;
  parsed: ParsedLedger;
  /** What the analysis made from the invoices alone, kept with them (madeFrom). */
  made?: MadeFromInvoices;
}

/** The invoices grouped by customer and the customers' histories: they depend on nothing else. */
export interface MadeFromInvoices {
  groups: Map<string, Invoice[]>;
  histories: CustomerHistory[];
}

interface Kept extends Reading {
  key: string;
  numberFormats: LedgerInput["numberFormats"];
}

const kept = new WeakMap<readonly unknown[], Kept>();

/** What the mapping and the parse read besides the cells and their formats (`resolved`: the settings as checked). */
export function readingKey(
  input: LedgerInput,
  settings: AnalysisSettings,
  resolved: { asOf: number; defaultTermsDays: number; onlyCurrency: string | null },
): string {
  const { mapping, headerRow, dateOrder, swapDateSerials } = settings;
  const { asOf, defaultTermsDays, onlyCurrency } = resolved;
  const read = [input.sheet, input.topLeft, input.values.length, mapping ?? null, headerRow ?? null, dateOrder];
  return JSON.stringify([...read, swapDateSerials ?? false, asOf, defaultTermsDays, onlyCurrency]);
}

/** The reading kept for these cells under `key`, or null. */
export function keptReading(input: LedgerInput, key: string): Reading | null {
  const known = kept.get(input.values);
  return known && known.key === key && known.numberFormats === input.numberFormats ? known : null;
}

/** Keeps the reading of these cells under `key` (replacing one kept under another key), and gives it back. */
export function keepReading(input: LedgerInput, key: string, reading: Reading): Reading {
  const entry = { ...reading, key, numberFormats: input.numberFormats };
  kept.set(input.values, entry);
  return entry;
}

/**
 * The groups and histories of `invoices`: those kept with `reading` when they are its own invoices (not converted to
 * another currency since: a new list), made and kept with it the first time; made afresh without a reading.
 */
export function madeFrom(
  reading: Reading | null,
  invoices: readonly Invoice[],
  make: () => MadeFromInvoices,
): MadeFromInvoices {
  if (!reading || reading.parsed.invoices !== invoices) return make();
  return (reading.made ??= make());
}
