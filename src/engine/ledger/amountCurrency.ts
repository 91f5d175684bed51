/**
 * The currency a money cell shows: the mark of an amount typed as text ("$1,000.00", "€5", "CNY 100") or, for a
 * number, its Excel number format ("[$$-409]#,##0.00", "\"¥\"#,##0.00"): currencyFormat.ts reads both. Without a
 * currency column these marks are the ledger's currency column in all but name (parseLedger.ts), so a ledger mixing
 * "$" and "€" amounts is a ledger mixing currencies, never one total in one currency.
 */
import { currencyFromNumberFormat, currencyOfAmountText } from "./currencyFormat";

/** A reader of cells' currencies over a ledger's number formats (one look-up per distinct format: cached). */
export function amountCurrencies(formats: readonly (readonly string[] | undefined)[] | undefined) {
  const byFormat = new Map<string, string | null>();
  return (value: unknown, row: number, column: number): string | null => {
    if (typeof value === "string") return currencyOfAmountText(value);
    if (typeof value !== "number" || !formats || column < 0) return null;
    const format = formats[row]?.[column];
    if (!format) return null;
    let code = byFormat.get(format);
    if (code === undefined) byFormat.set(format, (code = currencyFromNumberFormat(format)));
    return code;
  };
}
