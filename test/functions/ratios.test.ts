import {
  add,
  bpdso,
  ccc,
  cashRatio,
  cei,
  discountCost,
  dso,
  dsoCountback,
  lateInterest,
  turnover,
  wadl,
  wadp,
} from "../../src/functions/ratios";
import { col, outcome, row } from "./helpers";

describe("ratio functions (docs/METRICS.md examples through the formula face)", () => {
  it("DSO, countback, BPDSO, ADD", () => {
    expect(dso(1_200_000, 3_000_000, 90)).toBe(36);
    expect(dso("1,200,000", "3,000,000", null)).toBe(36);
    expect(dsoCountback(250_000, col(100_000, 120_000, 90_000), col(30, 31, 30))).toBeCloseTo(71, 10);
    expect(dsoCountback(150_000, row(100_000, 100_000), 30)).toBe(45);
    expect(outcome(() => dsoCountback(500_000, col(100_000), 30))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/more periods/),
    });
    expect(bpdso(900_000, 3_000_000, 90)).toBe(27);
    expect(add(1_200_000, 900_000, 3_000_000, 90)).toBeCloseTo(9, 10);
  });
  it("CEI for a month and a quarter", () => {
    expect(cei(500_000, 300_000, 450_000, 250_000).toFixed(4)).toBe("63.6364");
    expect(cei(6_200, 10_890, 6_340, 3_590, 3).toFixed(4)).toBe("55.9295");
  });
  it("turnover, weighted days, cash ratio, CCC", () => {
    expect(turnover(3_650_000, 365_000)).toBe(10);
    expect(wadp(col(100, 300, 50), col(1000, 1000, 1000), col(1040, 1020, ""))).toBe(25);
    expect(wadl(col(100, 300, 50), col(1030, 1030, 1030), col(1040, 1020, ""))).toBe(2.5);
    expect(cashRatio(50_000, 25_000, 150_000)).toBe(0.5);
    expect(ccc(40, 38, 30)).toBe(48);
  });
  it("discount cost and late interest accept percents", () => {
    expect(discountCost("2%", 10, 30).toFixed(4)).toBe("0.3724");
    expect(discountCost(0.02, 10, 30, true).toFixed(4)).toBe("0.4459");
    expect(lateInterest(10_000, "10.15%", 45)).toBe(125.14);
    expect(lateInterest(10_000, 0.1015, 45, 40)).toBe(165.14);
  });
  it("maps engine errors to Excel codes with the argument named", () => {
    expect(outcome(() => dso(1, 0, 90))).toEqual({ code: "#DIV/0!", message: expect.stringMatching(/credit_sales/) });
    expect(outcome(() => dso("abc", 1, 90))).toEqual({ code: "#VALUE!", message: expect.stringMatching(/ending_ar/) });
    expect(outcome(() => dso(null, 1, 90))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/ending_ar is missing/),
    });
    expect(outcome(() => discountCost(2, 10, 30))).toEqual({
      code: "#NUM!",
      message: expect.stringMatching(/discount/),
    });
    expect(outcome(() => wadp(col(1), col(1000), col("")))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/no paid invoice/),
    });
    expect(outcome(() => dso(col(1, 2) as never, 1, 90))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/one cell was expected/),
    });
  });
});
