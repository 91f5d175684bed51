/* AR.FORECAST over a ledger in several currencies: never added unconverted. */
import { forecast } from "../../src/functions/ledger";
import { col, outcome } from "./helpers";

const AS_OF = 45700;
const customers = col("Acme", "Bolt", "Acme");
const amounts = col(1000, 100, 200);
const due = col(45705, 45710, 45712);
const none = null as never;
const sum = (weeks: unknown[][]) => weeks.reduce((s, w) => s + Math.round((w[0] as number) * 100), 0) / 100;

describe("AR.FORECAST with currencies", () => {
  it("a range mixing currencies without rates is an error that says so", () => {
    const mixed = col("CNY", "USD", "CNY");
    expect(outcome(() => forecast(customers, amounts, due, none, none, none, none, AS_OF, none, mixed))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/currencies: the range mixes CNY, USD and no rates are given/),
    });
  });

  it("with rates: the forecast is in the one currency, each invoice converted to the cent", () => {
    const mixed = col("CNY", "USD", "CNY");
    const rates = [
      ["USD", 7.19],
      ["CNY", 1],
    ] as never;
    const inCny = forecast(customers, amounts, due, none, none, none, none, AS_OF, none, mixed, rates);
    const allCny = forecast(customers, col(1000, 719, 200), due, none, none, none, none, AS_OF);
    expect(sum(inCny)).toBe(sum(allCny));
    expect(sum(inCny)).toBe(1919);
  });

  it("rates that do not say which currency they are to, beside a currency without a rate: an error, not a guess", () => {
    const rates = [["USD", 7.19]] as never;
    expect(
      outcome(() =>
        forecast(customers, amounts, due, none, none, none, none, AS_OF, none, col("GBP", "USD", "GBP"), rates),
      ),
    ).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/rates: which currency are the rates to\? GBP has no rate there: list/),
    });
  });

  it("one currency throughout needs no rates", () => {
    const usd = col("USD", "USD", "usd");
    expect(sum(forecast(customers, amounts, due, none, none, none, none, AS_OF, none, usd))).toBe(1300);
  });
});
