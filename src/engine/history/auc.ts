/**
 * Area under the ROC curve of a score for a yes/no outcome (METRICS.md, "History and backtests"): the probability
 * that a random case with the outcome scores higher (worse) than a random case without it, ties counting ½ —
 * the Mann–Whitney U statistic divided by (positives × negatives), computed from average ranks after one sort.
 * Gini = 2 · AUC − 1. Null when either class is empty (no skill can be measured).
 */
export function auc(scores: readonly number[], outcomes: readonly boolean[]): number | null {
  if (scores.length !== outcomes.length) throw new RangeError("scores and outcomes must have the same length");
  const order = scores.map((_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j < order.length && scores[order[j]] === scores[order[i]]) j++;
    const averageRank = (i + 1 + j) / 2; // ranks i+1 … j share their average
    for (let k = i; k < j; k++) {
      if (outcomes[order[k]]) {
        positives++;
        rankSum += averageRank;
      }
    }
    i = j;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return null;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export function gini(areaUnderCurve: number): number {
  return 2 * areaUnderCurve - 1;
}
