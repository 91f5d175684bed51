import { applyPromisesToForecast } from "../../../src/engine/collections/promiseForecast";
import type { PromiseRecord, PromiseToPay } from "../../../src/engine/collections/promises";
import type { CollectionForecast } from "../../../src/engine/model/types";

const AS_OF = 45_700;
const forecastOf = (expected: number[], beyond = 0, doubtful = 0): CollectionForecast => ({
  asOf: AS_OF,
  weeks: expected.map((e, i) => ({ week: i + 1, start: AS_OF + 1 + 7 * i, end: AS_OF + 7 * (i + 1), expected: e })),
  beyond,
  doubtful,
  total: expected.reduce((s, e) => s + e, 0) + beyond + doubtful,
  reasons: [],
});
const promise = (over: Partial<PromiseToPay>) =>
  ({
    customer: "Beta",
    madeOn: AS_OF - 2,
    promisedDate: AS_OF + 3,
    amount: 300,
    status: "pending",
    ...over,
  }) as PromiseToPay;

describe("promises in the collection forecast", () => {
  const portfolio = forecastOf([100, 0, 500, 50], 20, 5);
  const beta = forecastOf([0, 0, 500, 0]);

  it("moves a pending promise to its week, discounted by the record, taken from where the money was expected", () => {
    // Kept 1, broken 0: (1 + 1) / (1 + 0 + 2) = 2/3 of 300 = 200 moves from week 3 to week 1.
    const records = new Map<string, PromiseRecord>([["Beta", { kept: 1, broken: 0, pending: 1 }]]);
    const { forecast, moves } = applyPromisesToForecast(portfolio, [promise({})], records, () => beta);
    expect(moves).toEqual([
      {
        customer: "Beta",
        promisedDate: AS_OF + 3,
        promised: 300,
        keepRate: 2 / 3,
        moved: 200,
        fromWeeks: [3],
        toWeek: 1,
      },
    ]);
    expect(forecast.weeks.map((w) => w.expected)).toEqual([300, 0, 300, 50]);
    expect([forecast.beyond, forecast.doubtful, forecast.total]).toEqual([20, 5, portfolio.total]);
    expect(forecast.reasons.at(-1)?.code).toBe("desk.forecast.promises");
  });

  it("moves no more than the customer was expected to pay; kept or broken promises move nothing", () => {
    const records = new Map<string, PromiseRecord>([["Beta", { kept: 9, broken: 0, pending: 1 }]]);
    const big = applyPromisesToForecast(portfolio, [promise({ amount: 5000 })], records, () => beta);
    expect(big.moves[0].moved).toBe(500);
    const done = applyPromisesToForecast(portfolio, [promise({ status: "kept" })], records, () => beta);
    expect(done.moves).toEqual([]);
    expect(done.forecast.weeks).toEqual(portfolio.weeks);
  });
});
