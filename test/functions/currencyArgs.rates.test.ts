import {
  currenciesOf,
  ratesOf,
  requireCurrencies,
  requireOneCurrency,
  toCurrencyOf,
} from "../../src/functions/currencyArgs";

describe("the AR.* functions' currency arguments", () => {
  it("reads each position's currency as an ISO code, a name such as 美元 included; blank is none", () => {
    expect(currenciesOf([["USD"], ["美元"], [""], ["eur"]], "currencies").codes).toEqual(["USD", "USD", null, "EUR"]);
  });

  it("reads the rates range, naming the argument when it is not two columns", () => {
    expect(ratesOf(null, "rates", "CNY")).toBeNull();
    expect(ratesOf([[""], [""]], "rates", "CNY")).toBeNull();
    expect(
      ratesOf(
        [
          ["USD", 7.1],
          ["EUR", 7.8],
        ],
        "rates",
        "CNY",
      ),
    ).toEqual(
      new Map([
        ["USD", 7.1],
        ["EUR", 7.8],
      ]),
    );
    expect(() => ratesOf([["USD"], ["EUR"]], "rates", "CNY")).toThrow(/^rates: two columns were expected/);
    expect(() => ratesOf([["USD", "x"]], "rates", "CNY")).toThrow(/^rates: /);
  });

  it("to_currency: a code or a name; anything else is #VALUE! naming it", () => {
    expect([toCurrencyOf(null, "to"), toCurrencyOf("usd", "to"), toCurrencyOf("人民币", "to")]).toEqual([
      null,
      "USD",
      "CNY",
    ]);
    expect(() => toCurrencyOf("dollars", "to")).toThrow(/to: "dollars" is not a currency code/);
  });

  it("rates without currencies, or currencies mixed without rates, are #VALUE!", () => {
    expect(() => requireCurrencies(null, [["USD", 7]], "rates")).toThrow(/rates are given but no currencies/);
    expect(() => requireCurrencies(null, null, "rates")).not.toThrow();
    expect(() => requireOneCurrency(["USD", "USD", null], "currencies")).not.toThrow();
    expect(() => requireOneCurrency(["USD", "EUR"], "currencies")).toThrow(/currencies: the range mixes EUR, USD/);
  });
});
