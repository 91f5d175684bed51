/* one strict reader for every numeric argument (the money parser's rules). */
import { parseMoney, parseNumber } from "../../src/engine/core/cells";
import { problemZh } from "../../src/i18n/problems.zh-CN";
import { aging, agingBucket } from "../../src/functions/aging";
import { discountCost, dso, lateInterest } from "../../src/functions/ratios";
import { paymentPlan } from "../../src/functions/plans";
import { col, outcome } from "./helpers";

describe("numeric arguments are read strictly", () => {
  test("a decimal comma is refused with a reason naming the argument, never read as thousands", () => {
    expect(outcome(() => dso("1 234,56", 1000, 90))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/^ending_ar: .*decimal comma is not read/),
    });
    expect(outcome(() => discountCost("2,5%", 10, 30))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/^discount: .*decimal comma is not read/),
    });
    expect(outcome(() => lateInterest(10000, 0.1015, "4,5"))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/^days_late: .*decimal comma is not read/),
    });
    expect(outcome(() => paymentPlan(1000, "1,2", 45688))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/^installments: /),
    });
  });

  test("thousands separators only in valid groups (comma, space, apostrophe)", () => {
    expect(dso("1,200,000", "3 000 000", "90")).toBe(36);
    expect(dso("1'200'000", 3_000_000, 90)).toBe(36);
    expect(outcome(() => dso("12 34", 1000, 90))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/^ending_ar: /),
    });
    expect(outcome(() => dso("1,2,3", 1000, 90))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/^ending_ar: /),
    });
    expect(parseNumber("1,000")).toEqual({ ok: true, value: 1000 });
    expect(parseNumber("-1,234.5%")).toEqual({ ok: true, value: -12.345 });
    expect(parseNumber("1e-15")).toEqual({ ok: true, value: 1e-15 });
    expect(parseNumber("12,5").ok).toBe(false);
    expect(parseMoney("12 34").ok).toBe(false);
    expect(parseMoney("¥ 1 234.50")).toEqual({ ok: true, value: 1234.5 });
    expect(parseMoney("USD 99")).toEqual({ ok: true, value: 99 });
  });

  test("the refusal reads in Chinese", () => {
    const p = parseNumber("4,5");
    expect(p.ok).toBe(false);
    if (!p.ok)
      expect(problemZh(p.problem)).toBe("应为数字，实际为 “4,5”：逗号只能作千位分隔符（1,234.50），不识别小数逗号");
  });

  test("aging edges typed as text are a list separated by commas or semicolons", () => {
    const labels = (edges: unknown) =>
      (aging(col(1), col(45000), 45100, edges as never, null as never, "due", true) as unknown[][])[0];
    expect(labels("0,30,60,90")).toEqual(["Current", "1-30", "31-60", "61-90", "91+"]);
    expect(labels("0;45;90")).toEqual(["Current", "1-45", "46-90", "91+"]);
    expect(labels([["0, 30", "60;90"]])).toEqual(["Current", "1-30", "31-60", "61-90", "91+"]);
    expect(agingBucket(col(45000), 45100, "0; 30" as never)).toEqual([["31+"]]);
    expect(agingBucket(col(45000), 45100, "0，30、60" as never)).toEqual([["61+"]]);
    expect(outcome(() => aging(col(1), col(45000), 45100, "0,x" as never))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/^edges: /),
    });
  });
});
