/**
 * The currency arguments of the AR.* functions: a currencies range beside the amounts (ISO codes or names such as
 * 美元) and a rates range (currency, rate to one currency, optional date). Amounts in several currencies are never
 * added as they stand: each is converted to the cent at its currency's rate (docs/METRICS.md, "Several currencies"),
 * or the function says which currency has no rate.
 */
import { convertAmount, EngineError, isoCurrency, naError, rateTable, type Reason, valueError } from "../engine";
import { Flat, flatten, isMissing, position, requireSameSize } from "./args";

/** Each position's currency (ISO code), null where the cell is blank. */
export function currenciesOf(arg: unknown, name: string): { flat: Flat; codes: (string | null)[] } {
  const flat = flatten(arg, name);
  return { flat, codes: flat.values.map((v) => (isMissing(v) ? null : isoCurrency(String(v)))) };
}

/** The rates range read and validated (rateTable.ts); the first unusable row is #VALUE! naming its cell. */
export function ratesOf(arg: unknown, name: string, to: string | null): Map<string, number> | null {
  if (isMissing(arg)) return null;
  const flat = flatten(arg, name);
  if (flat.values.every(isMissing)) return null;
  if (flat.columns < 2)
    throw valueError(
      "rates.shape",
      { name, columns: flat.columns },
      `${name}: two columns were expected (currency, rate), got ${flat.columns}`,
    );
  const rows = Array.from({ length: flat.rows }, (_, r) => flat.values.slice(r * flat.columns, (r + 1) * flat.columns));
  const at = (r: number, c: number) => position(flat, r * flat.columns + c);
  const read = rateTable(rows, { reportingCurrency: to ?? "", at });
  // A currency given twice takes its latest date's rate (said in the pane); only a row set aside stops a formula.
  const problem = read.problems.find((p) => p.code !== "rates.repeated");
  if (problem) throw ratesArgError(name, problem);
  return new Map(read.rates.map((r) => [r.currency, r.rate]));
}

/** A row of the rates range set aside, as the function's error: the argument, the cell's position and why. */
function ratesArgError(name: string, problem: Reason): EngineError {
  const { cell, ...rest } = problem.params;
  const params = { name, position: cell, ...rest };
  const message = `${name}: ${problem.text}`;
  switch (problem.code) {
    case "rates.badCurrency":
      return new EngineError("value", message, { code: "ratesArg.badCurrency", params });
    case "rates.badRate":
      return new EngineError("value", message, { code: "ratesArg.badRate", params });
    case "rates.badDate":
      return new EngineError("value", message, { code: "ratesArg.badDate", params });
    default:
      return new EngineError("value", message, { code: "ratesArg.reportingNotOne", params });
  }
}

/** Rates given without the currencies they convert: an error naming the rates (nothing to convert by them). */
export function requireCurrencies(currencies: unknown, rates: unknown, name: string): void {
  if (!isMissing(currencies) || isMissing(rates)) return;
  if (Array.isArray(rates) && flatten(rates, name).values.every(isMissing)) return;
  throw valueError(
    "rates.noCurrencies",
    { name },
    `${name}: rates are given but no currencies: give the amounts' currencies beside them`,
  );
}

/** to_currency: a three-letter code or a currency name (美元); anything else is #VALUE! naming it. */
export function toCurrencyOf(arg: unknown, name: string): string | null {
  if (isMissing(arg)) return null;
  const code = isoCurrency(String(arg));
  if (/^[A-Z]{3}$/.test(code)) return code;
  throw valueError(
    "currency.badCode",
    { name, value: String(arg) },
    `${name}: "${String(arg)}" is not a currency code (three letters, or a name such as 美元)`,
  );
}

/**
 * The currency the rates are to: `to` when given, else the one currency the rates list at 1, else none when the
 * rates cover every currency of the range. A currency without a rate and nothing saying what the rates are to is
 * #VALUE!: it may be the rates' own currency or one whose rate is missing, and taking it as the target would add the
 * other amounts, converted, to it as it stands. `toName` names the function's to_currency argument, if it has one.
 */
export function targetCurrency(
  codes: (string | null)[],
  rates: Map<string, number>,
  to: string | null,
  names: { rates: string; to?: string },
): string | null {
  if (to) return to;
  const atOne = [...rates].filter(([, rate]) => rate === 1).map(([currency]) => currency);
  if (atOne.length === 1) return atOne[0];
  const unrated = [...new Set(codes.filter((c): c is string => c !== null && !rates.has(c)))].sort();
  if (unrated.length === 0) return null;
  const params = { currencies: unrated.join(", "), name: names.rates, to: names.to ?? "" };
  const which = `${params.name}: which currency are the rates to? ${params.currencies} has no rate there`;
  const atOneHow = `list the currency the rates are to in ${params.name} at 1 (for example CNY, 1)`;
  if (names.to) throw valueError("currency.targetUnknownTo", params, `${which}: give ${names.to}, or ${atOneHow}`);
  throw valueError("currency.targetUnknown", params, `${which}: ${atOneHow}`);
}

/** Each amount in the target currency, to the cent; a currency without a rate is #N/A naming it and its position. */
export function convertEach(
  amounts: { flat: Flat; numbers: Float64Array },
  currencies: { flat: Flat; codes: (string | null)[] },
  rates: Map<string, number>,
  target: string | null,
  names: { amounts: string; currencies: string; rates: string },
): Float64Array {
  const each = convertEachOrMissing(amounts, currencies, rates, target, names);
  const out = new Float64Array(each.length);
  for (let i = 0; i < each.length; i++) {
    const v = each[i];
    if (typeof v !== "number") throw v; // amounts about to be added: one without a rate stops the function
    out[i] = v;
  }
  return out;
}

/**
 * Each amount in the target currency, to the cent, or — for an amount whose currency has no rate — the #N/A naming
 * that currency and its position, in its place (AR.CONVERT spills the others). A blank currency beside an amount
 * other than 0 is #VALUE! for the whole range.
 */
export function convertEachOrMissing(
  amounts: { flat: Flat; numbers: Float64Array },
  currencies: { flat: Flat; codes: (string | null)[] },
  rates: Map<string, number>,
  target: string | null,
  names: { amounts: string; currencies: string; rates: string },
): (number | EngineError)[] {
  requireSameSize(amounts.flat, names.amounts, currencies.flat, names.currencies);
  const out = new Array<number | EngineError>(amounts.numbers.length);
  for (let i = 0; i < out.length; i++) {
    const amount = amounts.numbers[i];
    const code = currencies.codes[i];
    const at = position(currencies.flat, i);
    if (code === null) {
      out[i] = 0;
      if (amount === 0) continue;
      throw valueError(
        "currency.empty",
        { name: names.currencies, position: at, amount },
        `${names.currencies}: ${at} is empty but its amount is ${amount}: give the amount's currency`,
      );
    }
    const rate = code === target ? 1 : rates.get(code);
    out[i] =
      rate === undefined
        ? naError(
            "currency.noRate",
            { name: names.currencies, position: at, currency: code, rates: names.rates },
            `${names.currencies}: ${at}: no rate for ${code} in ${names.rates}`,
          )
        : convertAmount(amount, rate);
  }
  return out;
}

/** A range mixing currencies with no rates given: an error saying so (amounts are never added unconverted). */
export function requireOneCurrency(codes: (string | null)[], name: string): void {
  const distinct = [...new Set(codes.filter((c): c is string => c !== null))].sort();
  if (distinct.length < 2) return;
  const list = distinct.join(", ");
  throw valueError(
    "currency.mixed",
    { name, currencies: list },
    `${name}: the range mixes ${list} and no rates are given: give rates (currency, rate) to convert them to one ` +
      "currency, or take one currency at a time",
  );
}
