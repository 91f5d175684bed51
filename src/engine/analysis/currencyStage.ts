/**
 * The currency stage, right after the rows are read: a ledger holding another currency than the reporting one (本币)
 * is converted to it (ledger/convertCurrencies.ts) — rates from the ledger, else the user's rates table — and the
 * currencies without a rate are left out and named. A ledger in one currency with no rate for it, or one currency
 * chosen in the settings (onlyCurrency), is analysed in its own terms as it stands. docs/METRICS.md,
 * "Several currencies".
 */
import { convertCurrencies } from "../ledger/convertCurrencies";
import { ledgerRates } from "../ledger/ledgerRates";
import { addressMaker } from "../ledger/addresses";
import type { ParsedLedger } from "../ledger/parseLedger";
import { isoCurrency } from "../model/currencyNames";
import type { CurrencyConversion } from "../model/conversion";
import type { RateEntry } from "../model/rates";
import type { AnalysisSettings, LedgerInput, MappingResult, Reason } from "../model/types";

export interface CurrencyStage {
  parsed: ParsedLedger;
  /** The reporting currency when the ledger was converted; null when analysed as it stands. */
  currency: string | null;
  conversion: CurrencyConversion | null;
  notes: Reason[];
}

/** The reporting currency: the setting, else the currency setting, else CNY (the taskpane passes Office's region's). */
export function reportingCurrencyOf(settings: AnalysisSettings, fallback: string): string {
  return isoCurrency(settings.reportingCurrency || settings.currency || fallback);
}

/**
 * The rates the analysis's figures are in terms of, for the cash plan to convert with the same: the rates table
 * when the analysis is in the reporting currency they are to; none when it is analysed in another currency.
 */
export function ratesInUse(settings: AnalysisSettings, currency: string, fallback: string): RateEntry[] {
  const rates = settings.rates ?? [];
  return !settings.onlyCurrency && currency === reportingCurrencyOf(settings, fallback) ? rates : [];
}

export function convertLedger(
  input: LedgerInput,
  mapping: MappingResult,
  parsed: ParsedLedger,
  settings: AnalysisSettings,
  fallback: string,
): CurrencyStage {
  const none = { parsed, currency: null, conversion: null, notes: [] };
  if (settings.onlyCurrency) return none;
  const reporting = reportingCurrencyOf(settings, fallback);
  const rates = settings.rates ?? [];
  // An invoice with no currency (a blank cell, an unmarked amount) is in the ledger's main currency.
  const blankCurrency = isoCurrency(parsed.currency ?? reporting);
  const codes = ledgerCodes(parsed, blankCurrency);
  const mixed = codes.size > 1;
  codes.delete(reporting);
  if (codes.size === 0) return none;
  const ledgerHasRates = mapping.columns.localAmount !== null || mapping.columns.bookedRate !== null;
  const tableHasRate = rates.some((r) => codes.has(isoCurrency(r.currency)));
  if (!mixed && !ledgerHasRates && !tableHasRate) return none;
  const booked = ledgerRates(input, mapping, parsed.layout.rows);
  const address = addressMaker(input.sheet, input.topLeft);
  const column = mapping.columns.currency ?? mapping.columns.amount ?? mapping.columns.openAmount ?? 0;
  const field =
    mapping.columns.currency !== null ? "currency" : mapping.columns.amount !== null ? "amount" : "openAmount";
  const result = convertCurrencies(parsed.invoices, {
    reportingCurrency: reporting,
    rates,
    bookedRate: booked.bookedRate,
    addressOf: (inv) => address(inv.row, column),
    field,
    blankCurrency,
  });
  const leftOut = parsed.invoices.length - result.invoices.length;
  const counts = { ...parsed.counts, invoices: result.invoices.length, excluded: parsed.counts.excluded + leftOut };
  const issues = [...parsed.issues, ...booked.issues, ...result.issues];
  return {
    parsed: { ...parsed, invoices: result.invoices, issues, counts },
    currency: reporting,
    conversion: result.conversion,
    notes: result.notes,
  };
}

/** The ledger's currencies as ISO codes, from the parser's count per currency (no pass over a million invoices). */
function ledgerCodes(parsed: ParsedLedger, blankCurrency: string): Set<string> {
  const codes = new Set([...parsed.currencies.keys()].map(isoCurrency));
  let counted = 0;
  for (const n of parsed.currencies.values()) counted += n;
  if (counted < parsed.invoices.length) codes.add(blankCurrency);
  return codes;
}
