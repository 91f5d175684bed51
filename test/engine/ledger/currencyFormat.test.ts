import {
  currencyFromFormats,
  currencyFromNumberFormat,
  currencyOfLocale,
} from "../../../src/engine/ledger/currencyFormat";

describe("the currency an amount's number format shows", () => {
  test.each([
    ["[$$-409]#,##0.00", "USD"],
    ["[$$-1009]#,##0.00", "CAD"],
    ['"¥"#,##0.00', "CNY"],
    ["[$¥-804]#,##0.00", "CNY"],
    ["[$¥-411]#,##0", "JPY"],
    ["[$€-407] #,##0.00", "EUR"],
    ["#,##0.00 €", "EUR"],
    ['_("$"* #,##0.00_);_("$"* (#,##0.00);_("$"* "-"??_);_(@_)', "USD"],
    ["\\$#,##0.00;[Red]\\-\\$#,##0.00", "USD"],
    ["£#,##0.00", "GBP"],
    ['"HK$"#,##0.00', "HKD"],
    ["[$USD] #,##0.00", "USD"],
    ['#,##0.00"元"', "CNY"],
    ["￥#,##0.00;[Red]￥-#,##0.00", "CNY"],
  ])("%s → %s", (format, code) => expect(currencyFromNumberFormat(format)).toBe(code));

  test.each(["General", "0.00", "#,##0.00", "yyyy-mm-dd", "[$-409]d-mmm-yy", "[Red]0.00", "@", ""])(
    "%j shows no currency",
    (format) => {
      expect(currencyFromNumberFormat(format)).toBeNull();
    },
  );

  test("the most common currency of the amount column, below the header", () => {
    const formats = [
      ["@", "@"],
      ["@", '"¥"#,##0.00'],
      ["@", "[$$-409]#,##0.00"],
      ["@", "[$$-409]#,##0.00"],
      ["@", "General"],
    ];
    expect(currencyFromFormats(formats, 1, 0)).toBe("USD");
    expect(currencyFromFormats(formats, 0, 0)).toBeNull();
    expect(currencyFromFormats(formats, null, 0)).toBeNull();
    expect(currencyFromFormats(undefined, 1, 0)).toBeNull();
  });
});

test.each([
  ["en-US", "USD"],
  ["zh-CN", "CNY"],
  ["zh-HK", "HKD"],
  ["zh-Hant-TW", "TWD"],
  ["en-GB", "GBP"],
  ["de-DE", "EUR"],
  ["ja-JP", "JPY"],
  ["zh", "CNY"],
  ["en", null],
  ["", null],
])("the region of %j uses %s", (tag, code) => expect(currencyOfLocale(tag)).toBe(code));

test("amounts typed as text carry their currency mark", () => {
  const { currencyFromAmountTexts } = jest.requireActual("../../../src/engine/ledger/currencyFormat");
  expect(currencyFromAmountTexts([["Amount"], ["¥5,000.00"], [12], ["abc"]], 0, 0)).toBe("CNY");
  expect(currencyFromAmountTexts([["Amount"], ["USD 12.00"], ["US$3"]], 0, 0)).toBe("USD");
  expect(currencyFromAmountTexts([["Amount"], [12]], 0, 0)).toBeNull();
});
