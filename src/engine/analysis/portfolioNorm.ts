/**
 * Terms in proportion to the portfolio (docs/GRADE-MODEL.md, "Terms against the portfolio's norm"). The grade is an
 * absolute measure of lateness and stays so; terms and the limit proposal are set from the grade the customer's risk
 * score would have in a portfolio whose typical customer pays like an ordinary one. When the median customer's
 * score is above NORMAL_SCORE days, every score is rescaled on the grade's own log scale:
 *   terms score = (1 + score) × (1 + NORMAL_SCORE) / (1 + median score) − 1
 * so the typical customer of a late-paying portfolio gets the terms of an ordinary one (grade 5: Net 30) and those
 * paying far later than their peers still get secured terms. A portfolio paying as usual or better is unchanged, and
 * so is one of fewer than MIN_NORM_CUSTOMERS customers.
 */
import { gradeFromScore } from "./grade";
import { orderStatistics } from "./largestFirst";

/** A median score up to this (days, the top of grade 5) is an ordinary portfolio: terms from the grade itself. */
export const NORMAL_SCORE = 7;
/** A median over fewer customers says nothing about the business: terms from the grade itself. */
export const MIN_NORM_CUSTOMERS = 20;

export interface PortfolioNorm {
  /** Median risk score (days) over the customers. */
  medianScore: number;
  /** (1 + NORMAL_SCORE) / (1 + median) when the median is above NORMAL_SCORE, else 1. */
  factor: number;
}

export function portfolioNorm(scores: readonly number[]): PortfolioNorm {
  if (scores.length < MIN_NORM_CUSTOMERS) return { medianScore: 0, factor: 1 };
  const mid = scores.length >> 1;
  const [below, middle] = orderStatistics(scores, mid); // the sorted scores' mid − 1 and mid
  const medianScore = scores.length % 2 === 1 ? middle : (below + middle) / 2;
  const factor = medianScore > NORMAL_SCORE ? (1 + NORMAL_SCORE) / (1 + medianScore) : 1;
  return { medianScore, factor };
}

/** The grade terms are set from: the score measured against the portfolio's norm (factor 1 = the grade itself). */
export function termsGrade(score: number, factor: number): number {
  return gradeFromScore((1 + score) * factor - 1);
}
