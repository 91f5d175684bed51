import { chineseCurrencyName, isoCurrency } from "../../../src/engine/model/currencyNames";

describe("currency names as ledgers write them", () => {
  test.each([
    ["人民币", "CNY"],
    ["美元", "USD"],
    ["欧元", "EUR"],
    ["英镑", "GBP"],
    ["日元", "JPY"],
    ["港币", "HKD"],
    ["港元", "HKD"],
    ["RMB", "CNY"],
    [" usd ", "USD"],
    ["EUR", "EUR"],
  ])("%s is %s", (name, code) => expect(isoCurrency(name)).toBe(code));

  test("a name it does not know is kept as written, upper-cased", () => {
    expect(isoCurrency("Zorkmid")).toBe("ZORKMID");
  });
});

describe("chineseCurrencyName", () => {
  it("names each code as a Chinese document writes it, null for a code it does not know", () => {
    expect(chineseCurrencyName("CNY")).toBe("人民币");
    expect(chineseCurrencyName(" usd ")).toBe("美元");
    expect(chineseCurrencyName("HKD")).toBe("港元");
    expect(chineseCurrencyName("EUR")).toBe("欧元");
    expect(chineseCurrencyName("XYZ")).toBeNull();
  });
});
