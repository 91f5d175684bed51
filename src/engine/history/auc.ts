/**
 * Area under the ROC curve of a score for a yes/no outcome (docs/METRICS.md, "History and backtests"): the probability
 * that a random case with the outcome scores higher (worse) than a random case without it, ties counting ½ —
 * the Mann–Whitney U statistic divided by (positives × negatives), computed from average ranks.
 * Gini = 2 · AUC − 1. Null when either class is empty, or a score is not a number (no skill can be measured).
 */
export function auc(scores: readonly number[], outcomes: readonly boolean[]): number | null {
  if (scores.length !== outcomes.length) throw new RangeError("scores and outcomes must have the same length");
  // A score that is not a number has no rank: nothing can be measured (the one-sort version looped forever on it).
  if (scores.some(Number.isNaN)) return null;
  // The scores of each class sorted on their own (numbers, no comparison function), then walked together tie group by
  // tie group: the same average ranks as one sort of all (half-whole ranks: their sums are exact).
  const positive = Float64Array.from(scores.filter((_, i) => outcomes[i])).sort();
  const negative = Float64Array.from(scores.filter((_, i) => !outcomes[i])).sort();
  if (positive.length === 0 || negative.length === 0) return null;
  let rankSum = 0;
  let rank = 0; // cases ranked so far
  for (let p = 0, n = 0; p < positive.length || n < negative.length;) {
    const value =
      n >= negative.length || (p < positive.length && positive[p] <= negative[n]) ? positive[p] : negative[n];
    const p0 = p;
    const n0 = n;
    while (p < positive.length && positive[p] === value) p++;
    while (n < negative.length && negative[n] === value) n++;
    const group = p - p0 + (n - n0);
    rankSum += (p - p0) * ((rank + 1 + rank + group) / 2); // ranks rank+1 … rank+group share their average
    rank += group;
  }
  const positives = positive.length;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negative.length);
}

export function gini(areaUnderCurve: number): number {
  return 2 * areaUnderCurve - 1;
}
