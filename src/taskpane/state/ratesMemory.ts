/**
 * The rates table kept with the workbook (key arlens.rates): currency, rate to the reporting currency and date, typed
 * in the pane or read from a range the user selects. Nothing is fetched from outside the workbook. Every stored value
 * is validated when read (engine rateTable.ts): a bad entry is set aside with a message naming it, the rest are used.
 */
import { columnLetters, isoCurrency, parseCell, rateTable, sheetPrefix, storedRates } from "../../engine";
import type { RateEntry, RateTableRead } from "../../engine";
import type { WorkbookGateway } from "../../excel/gateway";

export const RATES_KEY = "arlens.rates";

/** The rates saved in this workbook, validated; none (and no message) when there are none or it cannot be asked. */
export async function loadRates(gateway: WorkbookGateway, reporting: string): Promise<RateTableRead> {
  let stored: unknown;
  try {
    stored = await gateway.readSetting<unknown>(RATES_KEY);
  } catch {
    return { rates: [], problems: [] };
  }
  return storedRates(stored, reporting);
}

/** Saves the rates with the workbook; an empty table removes the setting. */
export async function saveRates(gateway: WorkbookGateway, rates: readonly RateEntry[]): Promise<void> {
  await gateway.writeSetting(RATES_KEY, rates.length > 0 ? rates : undefined);
}

/** The rates of the selected range (currency, rate, date; a header row is passed over), each bad row named by cell. */
export async function ratesFromSelection(
  gateway: WorkbookGateway,
  reporting: string,
): Promise<RateTableRead & { address: string }> {
  const input = await gateway.readSelection();
  const origin = parseCell(input.topLeft);
  const prefix = sheetPrefix(input.sheet);
  const at = (row: number, column: number) =>
    `${prefix}${columnLetters(origin.column + column)}${origin.row + row + 1}`;
  return { ...rateTable(input.values, { reportingCurrency: reporting, at }), address: input.address };
}

/** The table with `entry` in place of any earlier rate of its currency. */
export function withRate(rates: readonly RateEntry[], entry: RateEntry): RateEntry[] {
  const currency = isoCurrency(entry.currency);
  return [...rates.filter((r) => r.currency !== currency), { ...entry, currency }];
}

export function withoutRate(rates: readonly RateEntry[], currency: string): RateEntry[] {
  return rates.filter((r) => r.currency !== currency);
}
