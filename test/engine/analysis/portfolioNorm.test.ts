import { gradeFromScore } from "../../../src/engine/analysis/grade";
import {
  MIN_NORM_CUSTOMERS,
  NORMAL_SCORE,
  portfolioNorm,
  termsGrade,
} from "../../../src/engine/analysis/portfolioNorm";

describe("terms against the portfolio's norm", () => {
  it("leaves a small portfolio, or one paying as usual, on the grade itself", () => {
    expect(portfolioNorm(Array(MIN_NORM_CUSTOMERS - 1).fill(40))).toEqual({ medianScore: 0, factor: 1 });
    expect(portfolioNorm(Array(MIN_NORM_CUSTOMERS).fill(NORMAL_SCORE))).toEqual({ medianScore: 7, factor: 1 });
  });

  it("rescales a late-paying portfolio by (1 + 7) / (1 + median); an even count takes the middle two's mean", () => {
    const scores = [...Array(10).fill(1), ...Array(10).fill(30)].reverse(); // median (1 + 30) / 2 = 15.5
    expect(portfolioNorm(scores)).toEqual({ medianScore: 15.5, factor: 8 / 16.5 });
    expect(portfolioNorm([...Array(10).fill(1), ...Array(11).fill(15)]).medianScore).toBe(15);
  });

  it("the terms grade is the grade of the rescaled score; factor 1 is the grade itself", () => {
    expect(termsGrade(15, 1)).toBe(gradeFromScore(15));
    expect(termsGrade(15, 0.5)).toBe(gradeFromScore(7)); // (1 + 15) × 0.5 − 1 = 7
  });
});
