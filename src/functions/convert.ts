/* AR.CONVERT: amounts in several currencies to one, each to the cent. JSDoc here becomes functions.json. */
import { amountsOf, guard, isMissing, reshape } from "./args";
import { convertEach, currenciesOf, ratesOf, targetCurrency, toCurrencyOf } from "./currencyArgs";

/**
 * Converts each amount to one currency at its currency's rate, rounded to the cent. Convert each, then add: the converted amounts add up exactly. A currency without a rate is #N/A naming it. Spills in the shape of the amounts; a blank amount with a blank currency gives a blank.
 * @customfunction CONVERT
 * @param amounts Amounts, each in the currency beside it.
 * @param currencies The amounts' currencies (USD, EUR or 美元, 人民币), same size as amounts.
 * @param rates A rates range of two columns: currency and its rate to to_currency (7.19 for USD to CNY). A third column with the rate's date may be included.
 * @param [to_currency] The currency the rates are to. Default: the one currency of currencies without a rate.
 * @returns The amounts in to_currency.
 */
export function convert(amounts: any[][], currencies: any[][], rates: any[][], to_currency?: string): any[][] {
  return guard(() => {
    const to = toCurrencyOf(to_currency, "to_currency");
    const values = amountsOf(amounts, "amounts");
    const codes = currenciesOf(currencies, "currencies");
    const table = ratesOf(rates, "rates", to) ?? new Map<string, number>();
    const target = targetCurrency(codes.codes, table, to, "rates");
    const names = { amounts: "amounts", currencies: "currencies", rates: "rates" };
    const converted = convertEach(values, codes, table, target, names);
    const blank = (i: number) => isMissing(values.flat.values[i]) && codes.codes[i] === null;
    return reshape(
      Array.from(converted, (v, i) => (blank(i) ? "" : v)),
      values.flat,
    );
  });
}
