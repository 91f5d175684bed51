import { convert } from "../../src/functions/convert";
import { setFunctionLanguage } from "../../src/functions/language";
import { col, outcome } from "./helpers";

const rates = [
  ["USD", 7.19],
  ["EUR", 7.8123],
];

describe("AR.CONVERT", () => {
  it("converts each amount to the cent at its currency's rate, spilling in the amounts' shape", () => {
    expect(convert(col(100.01, 333.33, 1000, ""), col("USD", "美元", "CNY", ""), rates, "CNY")).toEqual([
      [719.07],
      [2396.64],
      [1000],
      [""],
    ]);
    expect(convert(col(250.5), col("eur"), rates, "CNY")).toEqual([[1956.98]]);
  });

  it("a currency without a rate is #N/A in its own cell, naming it; the other amounts still spill converted", () => {
    const spill = convert(col(1, 2, 3), col("USD", "GBP", "CNY"), rates, "CNY");
    expect([spill[0], spill[2]]).toEqual([[7.19], [3]]);
    expect(spill[1][0]).toBeInstanceOf(CustomFunctions.Error);
    expect(spill[1][0]).toMatchObject({
      code: "#N/A",
      message: expect.stringMatching(/currencies: row 2: no rate for GBP in rates/),
    });
    // Never summed: an Excel SUM over the spill is #N/A while a cell in it is.
    expect(spill.flat().filter((v) => typeof v === "number")).toEqual([7.19, 3]);
    setFunctionLanguage("zh-CN");
    try {
      const zh = convert(col(1, 2), col("USD", "英镑"), rates, "CNY");
      expect(zh[1][0]).toMatchObject({ code: "#N/A", message: "currencies：第 2 行：rates 中没有“GBP”的汇率" });
    } finally {
      setFunctionLanguage("en");
    }
  });

  it("without to_currency, the rates are to the currency they list at 1; nothing else is guessed", () => {
    const withCny = [...rates, ["CNY", 1]];
    expect(convert(col(100.01, 1000), col("USD", "CNY"), withCny)).toEqual([[719.07], [1000]]);
    expect(convert(col(1, 2), col("GBP", "USD"), withCny)[0][0]).toMatchObject({ code: "#N/A" });
    // GBP beside USD with a USD rate: GBP might be what the rates are to, or a currency without its rate. Taking it
    // as the target would add USD in CNY to GBP as it stands; the function asks instead.
    for (const currencies of [col("GBP", "USD"), col("CNY", "USD"), col("GBP", "JPY", "USD")]) {
      expect(outcome(() => convert(col(1, 2, 3).slice(0, currencies.length), currencies, rates))).toEqual({
        code: "#VALUE!",
        message: expect.stringMatching(
          /rates: which currency are the rates to\? .* has no rate there: give to_currency/,
        ),
      });
    }
    // Every currency with its rate: the amounts are all converted, whatever the rates are to.
    expect(convert(col(1, 2), col("USD", "EUR"), rates)).toEqual([[7.19], [15.62]]);
  });

  it("bad input names the argument and the cell", () => {
    expect(outcome(() => convert(col(1), col(""), rates))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/currencies: row 1 is empty but its amount is 1/),
    });
    expect(outcome(() => convert(col(1), col("USD"), [["USD", "abc"]]))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/rates: column 2: the rate of USD is "abc": a number above 0 was expected/),
    });
    expect(outcome(() => convert(col(1), col("USD"), col("USD")))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/rates: two columns were expected \(currency, rate\)/),
    });
    expect(outcome(() => convert(col(1, 2), col("USD"), rates))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/currencies has 1 cell\(s\) but amounts has 2/),
    });
  });
});
