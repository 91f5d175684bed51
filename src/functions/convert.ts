/* AR.CONVERT: amounts in several currencies to one, each to the cent. JSDoc here becomes functions.json. */
import { amountsOf, guard, isMissing, reshape, toExcelError } from "./args";
import { convertEachOrMissing, currenciesOf, ratesOf, targetCurrency, toCurrencyOf } from "./currencyArgs";

/**
 * Converts each amount to one currency at its currency's rate, rounded to the cent. Convert each, then add: the converted amounts add up exactly. An amount whose currency has no rate is #N/A in its own cell, naming the currency (the others still spill converted, and a SUM over them is #N/A: never added unconverted). Spills in the shape of the amounts; a blank amount with a blank currency gives a blank.
 * @customfunction CONVERT
 * @param amounts Amounts, each in the currency beside it.
 * @param currencies The amounts' currencies (USD, EUR or 美元, 人民币), same size as amounts.
 * @param rates A rates range of two columns: currency and its rate to to_currency (7.19 for USD to CNY). A third column with the rate's date may be included.
 * @param [to_currency] The currency the rates are to. Default: the currency the rates list at 1.
 * @returns The amounts in to_currency.
 */
export function convert(amounts: any[][], currencies: any[][], rates: any[][], to_currency?: string): any[][] {
  return guard(() => {
    const to = toCurrencyOf(to_currency, "to_currency");
    const values = amountsOf(amounts, "amounts");
    const codes = currenciesOf(currencies, "currencies");
    const table = ratesOf(rates, "rates", to) ?? new Map<string, number>();
    const target = targetCurrency(codes.codes, table, to, { rates: "rates", to: "to_currency" });
    const names = { amounts: "amounts", currencies: "currencies", rates: "rates" };
    const converted = convertEachOrMissing(values, codes, table, target, names);
    const blank = (i: number) => isMissing(values.flat.values[i]) && codes.codes[i] === null;
    const cell = (v: number | Error, i: number) => (blank(i) ? "" : typeof v === "number" ? v : toExcelError(v));
    return reshape(converted.map(cell), values.flat);
  });
}
