import { planShape } from "../../../src/engine/analysis/plans";

describe("payment plans", () => {
  test("plan shape by grade", () => {
    expect([2, 5, 6, 9].map((g) => planShape(g).installments)).toEqual([6, 4, 3, 2]);
    expect(planShape(8).downShare).toBe(0.3);
  });
});
