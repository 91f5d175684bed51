import { paydexBand, paydexFromDays } from "../../../src/engine/analysis/paydex";

describe("paydex", () => {
  test("paydex anchors", () => {
    expect([-40, -30, 0, 15, 30, 120, 150].map(paydexFromDays)).toEqual([100, 100, 80, 70, 50, 20, 10]);
    expect([paydexBand(80), paydexBand(50), paydexBand(49.9)]).toEqual(["low", "medium", "high"]);
  });
});
