/**
 * Exchange rates: the vocabulary every layer shares when a ledger bills in several currencies. A rate is the number
 * of reporting-currency units one unit of the currency buys (USD → CNY 7.19). Rates come from the ledger itself
 * (a local-currency amount or a booked-rate column), else from the rates table the user keeps in the workbook;
 * nothing is fetched from outside. Conversion is per invoice, to the cent, then added (docs/METRICS.md,
 * "Several currencies"), so converted buckets still add up to the converted total exactly.
 */
import { toCents, fromCents } from "./money";

/** Where a rate came from: the invoice's own booked rate or local amount, or the user's rates table. */
export type RateSource = "ledger" | "table";

export interface RateEntry {
  /** ISO 4217 code, upper case. */
  currency: string;
  /** Reporting-currency units per unit of `currency`; finite and > 0. */
  rate: number;
  /** Excel serial of the date the rate is for; null when the table gives none. */
  date: number | null;
}

export interface RateTable {
  /** ISO code every converted figure is in. */
  reportingCurrency: string;
  rates: RateEntry[];
}

/** What an invoice billed in another currency was before conversion (its Invoice amounts are then converted). */
export interface OriginalAmounts {
  currency: string;
  amount: number;
  paidAmount: number;
  openAmount: number;
  /** The rate the converted amounts used. */
  rate: number;
  rateSource: RateSource;
  /** The rate booked on the invoice (from the ledger), when it carries one; null otherwise. */
  bookedRate: number | null;
}

/** The rate of `currency` in `table`: 1 for the reporting currency itself, null when the table has none. */
export function rateFor(table: RateTable, currency: string): number | null {
  const code = currency.trim().toUpperCase();
  if (code === table.reportingCurrency.toUpperCase()) return 1;
  const entry = table.rates.find((r) => r.currency.toUpperCase() === code);
  return entry ? entry.rate : null;
}

/** `amount` in the reporting currency at `rate`, rounded to the cent half away from zero. */
export function convertAmount(amount: number, rate: number): number {
  return fromCents(toCents(amount * rate));
}
