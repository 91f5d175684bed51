import { convert } from "../../src/functions/convert";
import { setFunctionLanguage } from "../../src/functions/language";
import { col, outcome } from "./helpers";

const rates = [
  ["USD", 7.19],
  ["EUR", 7.8123],
];

describe("AR.CONVERT", () => {
  it("converts each amount to the cent at its currency's rate, spilling in the amounts' shape", () => {
    expect(convert(col(100.01, 333.33, 1000, ""), col("USD", "美元", "CNY", ""), rates)).toEqual([
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
    // Without to_currency the rates are to the one currency without a rate; two without one: #N/A naming them.
    expect(outcome(() => convert(col(1, 2, 3), col("GBP", "JPY", "USD"), rates))).toEqual({
      code: "#N/A",
      message: expect.stringMatching(/GBP, JPY have no rate in rates/),
    });
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
