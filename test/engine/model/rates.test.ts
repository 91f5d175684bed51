import { convertAmount, rateFor, type RateTable } from "../../../src/engine/model/rates";

const table: RateTable = {
  reportingCurrency: "CNY",
  rates: [
    { currency: "USD", rate: 7.19, date: 46357 },
    { currency: "EUR", rate: 7.8125, date: null },
  ],
};

describe("rateFor", () => {
  it("is 1 for the reporting currency, the table's rate for others, null for a currency it lacks", () => {
    expect(rateFor(table, "cny")).toBe(1);
    expect(rateFor(table, " usd ")).toBe(7.19);
    expect(rateFor(table, "JPY")).toBeNull();
  });
});

describe("convertAmount", () => {
  it("rounds to the cent half away from zero", () => {
    expect(convertAmount(120000, 7.19)).toBe(862800);
    expect(convertAmount(0.01, 7.8125)).toBe(0.08);
    expect(convertAmount(-0.01, 7.8125)).toBe(-0.08);
    expect(convertAmount(1.5, 0.333)).toBe(0.5);
  });
});
