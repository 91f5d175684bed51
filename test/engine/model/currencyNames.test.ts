import { isoCurrency } from "../../../src/engine/model/currencyNames";

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
