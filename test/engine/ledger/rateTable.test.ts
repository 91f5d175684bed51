import { rateTable, storedRates } from "../../../src/engine/ledger/rateTable";

const at = (row: number, column: number) => `Rates!${"ABC"[column]}${row + 1}`;

describe("the user's rates table: currency, rate to the reporting currency, date", () => {
  test("a header row is passed over; Chinese names and text dates are read", () => {
    const r = rateTable(
      [
        ["币种", "汇率", "日期"],
        ["USD", 7.19, 46357],
        ["欧元", "7.8123", "2026-12-01"],
        ["", "", ""],
      ],
      { reportingCurrency: "CNY", at },
    );
    expect(r.rates).toEqual([
      { currency: "USD", rate: 7.19, date: 46357 },
      { currency: "EUR", rate: 7.8123, date: 46357 },
    ]);
    expect(r.problems).toEqual([]);
  });

  test("bad rows are set aside, each named with its cell and what was expected", () => {
    const r = rateTable(
      [
        ["USD", 7.19, ""],
        ["US Dollar", 7.2, ""],
        ["EUR", 0, ""],
        ["GBP", "abc", ""],
        ["JPY", 0.048, "yesterday"],
        ["CNY", 2, ""],
      ],
      { reportingCurrency: "CNY", at },
    );
    expect(r.rates).toEqual([{ currency: "USD", rate: 7.19, date: null }]);
    expect(r.problems.map((p) => [p.code, p.params.cell])).toEqual([
      ["rates.badCurrency", "Rates!A2"],
      ["rates.badRate", "Rates!B3"],
      ["rates.badRate", "Rates!B4"],
      ["rates.badDate", "Rates!C5"],
      ["rates.reportingNotOne", "Rates!B6"],
    ]);
    expect(r.problems[0].text).toMatch(/Rates!A2: "US Dollar" is not a currency code/);
  });

  test("a currency given twice: the rate of the latest date is used, and said", () => {
    const r = rateTable(
      [
        ["USD", 7.1, 46300],
        ["USD", 7.19, 46357],
        ["USD", 7.0, 46200],
      ],
      { reportingCurrency: "CNY", at },
    );
    expect(r.rates).toEqual([{ currency: "USD", rate: 7.19, date: 46357 }]);
    expect(r.problems.map((p) => [p.code, p.params.currency])).toEqual([["rates.repeated", "USD"]]);
  });

  test("rates saved in the workbook's settings are validated on reading, bad entries named", () => {
    const r = storedRates(
      [{ currency: "USD", rate: 7.19, date: 46357 }, { currency: "EUR", rate: -1, date: null }, "junk", null],
      "CNY",
    );
    expect(r.rates).toEqual([{ currency: "USD", rate: 7.19, date: 46357 }]);
    expect(r.problems.map((p) => [p.code, p.params.cell])).toEqual([
      ["rates.badRate", "rate 2"],
      ["rates.badEntry", "rate 3"],
      ["rates.badEntry", "rate 4"],
    ]);
    expect(storedRates(undefined, "CNY")).toEqual({ rates: [], problems: [] });
    expect(storedRates("nonsense", "CNY").problems.map((p) => p.code)).toEqual(["rates.notList"]);
  });
});
