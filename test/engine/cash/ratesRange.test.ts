import { readRatesRange, readStoredRates } from "../../../src/engine/cash/ratesRange";
import { cashReasonsZh } from "../../../src/i18n/cash";

describe("a rates table (汇率表) read from a selected range for the cash plan", () => {
  it("reads currency, rate to the reporting currency (named in the header) and date", () => {
    const r = readRatesRange(
      [
        ["Currency", "Rate to CNY", "Date"],
        ["usd", 7.1234, 46000],
        ["EUR", "7.85", "2025-12-01"],
      ],
      "Rates",
      "A1",
      "USD",
    );
    expect(r.table).toEqual({
      reportingCurrency: "CNY",
      rates: [
        { currency: "USD", rate: 7.1234, date: 46000 },
        { currency: "EUR", rate: 7.85, date: 45992 },
      ],
    });
    expect(r.issues).toEqual([]);
  });

  it("Chinese headers; 人民币 names the reporting currency; a bad row is an issue with its cell, never guessed", () => {
    const r = readRatesRange(
      [
        ["币种", "兑人民币汇率", "日期"],
        ["USD", 7.19, ""],
        ["EUR", -1, ""],
        ["", "", ""],
        ["美元", 7.2, ""],
        ["USD", 7.3, ""],
      ],
      "汇率",
      "B2",
      "EUR",
    );
    expect(r.table).toEqual({ reportingCurrency: "CNY", rates: [{ currency: "USD", rate: 7.19, date: null }] });
    expect(r.issues.map((i) => [i.address, i.reason.code])).toEqual([
      ["'汇率'!C4", "cash.rates.badRate"],
      ["'汇率'!B6", "cash.rates.badCurrency"],
      ["'汇率'!B7", "cash.rates.duplicate"],
    ]);
    for (const i of r.issues) expect(cashReasonsZh[i.reason.code]).toMatch(/汇率|币种/);
  });

  it("without a currency or rate column: an error naming the header row and what was expected", () => {
    expect(() => readRatesRange([["Name", "Value"]], "Rates", "A1", "CNY")).toThrow(/Rates!A1.*currency.*rate/);
  });

  it("the reporting currency from the fallback when the header names none", () => {
    expect(
      readRatesRange(
        [
          ["Currency", "Rate"],
          ["USD", 7],
        ],
        "R",
        "A1",
        "cny",
      ).table.reportingCurrency,
    ).toBe("CNY");
  });
});

describe("a rates table kept in the workbook, read back", () => {
  it("is used when it is one, and set aside (null) when edited into something else", () => {
    const table = { reportingCurrency: "CNY", rates: [{ currency: "USD", rate: 7.19, date: null }] };
    expect(readStoredRates(table)).toEqual(table);
    expect(readStoredRates({ ...table, rates: [{ currency: "USD", rate: "lots", date: null }] })).toBeNull();
    expect(readStoredRates("CNY")).toBeNull();
  });
});
