import fc from "fast-check";
import { money } from "../../../src/engine/analysis/reasons";

const intl = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

describe("money in English reasons", () => {
  test("separators and two decimals", () => {
    expect(money(0)).toBe("0.00");
    expect(money(5)).toBe("5.00");
    expect(money(999.9)).toBe("999.90");
    expect(money(1000)).toBe("1,000.00");
    expect(money(44526.76)).toBe("44,526.76");
    expect(money(-1234567.05)).toBe("-1,234,567.05");
    expect(money(1.005)).toBe("1.01"); // rounded to the cent as the engine rounds, half up
    expect(money(-0.001)).toBe("0.00");
  });

  test("equals Intl's en-US format for every amount in cents", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (cents) => {
        expect(money(cents / 100)).toBe(intl.format(cents / 100));
      }),
      { numRuns: 2000 },
    );
  });
});
