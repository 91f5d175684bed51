import { collectionProbability, weekOf } from "../../../src/engine/analysis/forecast";

describe("collection forecast", () => {
  test("probability by days past due and week numbers", () => {
    expect([0, 90, 91, 180, 181, 365, 366].map(collectionProbability)).toEqual([1, 1, 0.75, 0.75, 0.5, 0.5, 0.25]);
    expect([100, 101, 107, 108, 191, 192].map((x) => weekOf(x, 100))).toEqual([1, 1, 1, 2, 13, 14]);
  });
});
