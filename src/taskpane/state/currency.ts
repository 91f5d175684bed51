/**
 * The currency amounts are shown in (a label: nothing is converted). A ledger with a currency column shows its own
 * (the engine decides). Without one: the user's choice, else the amount cells' number format (or the marks in
 * amounts typed as text), else the region of
 * Office's display language, else CNY (the engine's default).
 */
import {
  currencyFromAmountTexts,
  currencyFromFormats,
  currencyOfLocale,
  type LedgerInput,
  type MappingResult,
} from "../../engine";

export interface CurrencyGuess {
  /** What amounts are shown in when the user has not chosen. */
  detected: string;
  /** Where `detected` comes from. */
  from: "format" | "locale" | "default";
}

export const DEFAULT_DISPLAY_CURRENCY = "CNY";

/** Null when the ledger has a currency column (its own currency is used). */
export function guessCurrency(
  input: Pick<LedgerInput, "numberFormats" | "values"> | null,
  mapping: MappingResult | null,
  locale: string,
): CurrencyGuess | null {
  if (mapping && mapping.columns.currency !== null) return null;
  const amount = mapping?.columns.amount ?? null;
  const headerRow = mapping?.headerRow ?? -1;
  const fromFormat = input
    ? (currencyFromFormats(input.numberFormats, amount, headerRow) ??
      currencyFromAmountTexts(input.values, amount, headerRow))
    : null;
  if (fromFormat) return { detected: fromFormat, from: "format" };
  const fromLocale = currencyOfLocale(locale);
  if (fromLocale) return { detected: fromLocale, from: "locale" };
  return { detected: DEFAULT_DISPLAY_CURRENCY, from: "default" };
}

/** The `currency` analysis setting: the choice or the guess when the ledger has no currency column, else none. */
export function displayCurrency(chosen: string, guess: CurrencyGuess | null): string | undefined {
  if (!guess) return undefined;
  return chosen || guess.detected;
}

/** Currencies offered in the settings (the guess and the choice are added when not in the list). */
export const CURRENCY_CHOICES = [
  "CNY",
  "USD",
  "EUR",
  "GBP",
  "JPY",
  "HKD",
  "TWD",
  "SGD",
  "AUD",
  "CAD",
  "CHF",
  "KRW",
  "INR",
];

/**
 * The reporting currency (本币) a ledger in several currencies is converted to: the user's choice, else the currency
 * of Office's region, else CNY (docs/METRICS.md, "Several currencies").
 */
export function reportingCurrency(chosen: string, locale: string): string {
  return chosen || currencyOfLocale(locale) || DEFAULT_DISPLAY_CURRENCY;
}
