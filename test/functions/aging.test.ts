import { aging, agingBucket, daysLate } from "../../src/functions/aging";
import { col, outcome, row } from "./helpers";

const amounts = col(100, 200, 300, 400, 500);
const due = col(45710, 45690, 45640, 45620, 45500);

describe("AR.AGING", () => {
  it("reproduces docs/METRICS.md: Current 100, 1–30 200, 31–60 300, 61–90 400, 91+ 500", () => {
    expect(aging(amounts, due, 45700)).toEqual([[100, 200, 300, 400, 500]]);
    expect(aging(amounts, due, 45700, null as never, null as never, null as never, true)).toEqual([
      ["Current", "1-30", "31-60", "61-90", "91+"],
      [100, 200, 300, 400, 500],
    ]);
  });
  it("accepts a row, a single cell and text amounts/dates", () => {
    expect(aging(row(100, 200), row(45710, 45690), 45700)).toEqual([[100, 200, 0, 0, 0]]);
    expect(aging(100 as never, 45710 as never, 45700)).toEqual([[100, 0, 0, 0, 0]]);
    expect(aging(col("¥1,000.50", "(50)"), col("2025-02-09", "2025/01/01"), "2025-02-08")).toEqual([
      [1000.5, 0, -50, 0, 0],
    ]);
  });
  it("subtracts paid amounts, and ages by invoice date with custom edges", () => {
    expect(aging(amounts, due, 45700, null as never, col(100, 0, 0, 0, 250))).toEqual([[0, 200, 300, 400, 250]]);
    expect(aging(col(10, 20), col(45690, 45600), 45700, row(15, 60) as never, null as never, "invoice", true)).toEqual([
      ["0-15", "16-60", "61+"],
      [10, 0, 20],
    ]);
  });
  it("treats blank lines (0 / empty in a range) as nothing, but an amount needs a date", () => {
    expect(aging(col(100, 0, ""), col(45690, 0, ""), 45700)).toEqual([[0, 100, 0, 0, 0]]);
    expect(outcome(() => aging(col(100, 5), col(45690, 0), 45700))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/due_dates: row 2 is empty/),
    });
  });
  it("names the argument and position of bad input", () => {
    expect(outcome(() => aging(col(100, "abc"), col(45690, 45690), 45700))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/open_amounts: row 2: an amount was expected, found "abc"/),
    });
    expect(outcome(() => aging(col(100, 2), col(45690), 45700))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/same size/),
    });
    expect(outcome(() => aging(col(100), col("31/31/2025"), 45700))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/due_dates: row 1/),
    });
    expect(outcome(() => aging(col(100), col(45690), 45700, row(30, 0) as never))).toEqual({
      code: "#NUM!",
      message: expect.stringMatching(/edges: edge 2/),
    });
    expect(outcome(() => aging(col(100), col(45690), 45700, null as never, null as never, "weekly"))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/basis/),
    });
  });
});

describe("AR.AGINGBUCKET and AR.DAYSLATE", () => {
  it("labels each invoice in the input's shape", () => {
    expect(agingBucket(due, 45700)).toEqual([["Current"], ["1-30"], ["31-60"], ["61-90"], ["91+"]]);
    expect(agingBucket(row(45710, "", 45500), 45700)).toEqual([["Current", "", "91+"]]);
  });
  it("gives days late for paid and open invoices", () => {
    expect(daysLate(col(45690, 45690, 45710, ""), col(45695, "", 45700, ""), 45700)).toEqual([[5], [10], [0], [""]]);
  });
});

describe("AR.AGING with currencies", () => {
  const none = null as never;
  it("a range mixing currencies without rates is an error that says so", () => {
    expect(
      outcome(() => aging(col(100, 200), col(45690, 45690), 45700, none, none, none, none, col("USD", "CNY"))),
    ).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/currencies: the range mixes CNY, USD and no rates are given/),
    });
  });
  it("with rates (the currency they are to at 1): each open amount converted to the cent, then aged", () => {
    const currencies = col("USD", "CNY", "USD");
    const toCny = [
      ["USD", 7.19],
      ["CNY", 1],
    ] as never;
    expect(
      aging(col(100.01, 200, 50), col(45710, 45690, 45600), 45700, none, none, none, none, currencies, toCny),
    ).toEqual([[719.07, 200, 0, 0, 359.5]]);
  });
  it("rates that do not say which currency they are to, beside a currency without a rate: an error, not a guess", () => {
    // GBP and USD with a USD rate: GBP may be the rates' currency or one without its rate; never added as it stands.
    const rates = [["USD", 7.19]] as never;
    expect(
      outcome(() => aging(col(100, 50), col(45710, 45600), 45700, none, none, none, none, col("GBP", "USD"), rates)),
    ).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/rates: which currency are the rates to\? GBP has no rate there: list/),
    });
  });
  it("one currency throughout needs no rates", () => {
    expect(aging(col(100, 200), col(45710, 45690), 45700, none, none, none, none, col("USD", "usd"))).toEqual([
      [100, 200, 0, 0, 0],
    ]);
  });
});
