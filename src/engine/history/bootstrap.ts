/**
 * Bootstrap intervals for the model checks (METRICS.md, "History and backtests"): how sure is a lead over the
 * simple rule? Cases are resampled by cluster — all of a customer's month-ends together (the grade check), or whole
 * month-ends (the forecast check) — with replacement, a fixed number of times with a fixed seed, so the interval is
 * the same on every run. The 95 % interval is the 2.5th and 97.5th percentiles of the resampled leads.
 * The verdict is worded from it: "better" when the whole interval is above 0, "worse" when it is below 0, otherwise
 * "no better — either will do".
 */
import { seededRandom } from "../core/random";

export const BOOTSTRAP_SEED = 20240101;
export const BOOTSTRAP_ROUNDS = 400;

export type Verdict = "better" | "noBetter" | "worse";

export interface Lead {
  /** The lead on the whole sample (grade AUC − baseline AUC; naive WAPE − ours). */
  value: number;
  /** 95 % bootstrap interval of the lead. */
  low: number;
  high: number;
  verdict: Verdict;
}

export function verdictOf(low: number, high: number): Verdict {
  return low > 0 ? "better" : high < 0 ? "worse" : "noBetter";
}

/** The 2.5th and 97.5th percentiles (nearest rank) of `values`. */
export function interval95(values: number[]): { low: number; high: number } {
  const sorted = Float64Array.from(values).sort();
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];
  return { low: at(0.025), high: at(0.975) };
}

/** How many times each of `clusters` is drawn in one resample (draws with replacement, as many as there are). */
export function resampleCounts(clusters: number, next: () => number, into: Float64Array): Float64Array {
  into.fill(0);
  for (let i = 0; i < clusters; i++) into[Math.floor(next() * clusters)]++;
  return into;
}

/**
 * Tie groups of a score, ascending: `order` lists the cases by score, `groupEnd[k]` is the end (exclusive) in
 * `order` of the tie group starting at k. Built once; each resample then only reweights the cases.
 */
export interface Ranked {
  order: Int32Array;
  groupEnds: Int32Array;
}

export function rankScores(scores: readonly number[]): Ranked {
  const order = Int32Array.from(scores.keys()).sort((a, b) => scores[a] - scores[b]);
  const ends: number[] = [];
  for (let i = 0; i < order.length; i++)
    if (i === order.length - 1 || scores[order[i + 1]] !== scores[order[i]]) ends.push(i + 1);
  return { order, groupEnds: Int32Array.from(ends) };
}

/** AUC with a weight per case (ties count ½): Σ over (late, on time) pairs w·w′ [s > s′] / (W_late · W_onTime). */
export function weightedAuc(r: Ranked, late: readonly boolean[], weight: (i: number) => number): number | null {
  let below = 0;
  let sum = 0;
  let positives = 0;
  let start = 0;
  for (const end of r.groupEnds) {
    let pos = 0;
    let neg = 0;
    for (let k = start; k < end; k++) {
      const i = r.order[k];
      const w = weight(i);
      if (late[i]) pos += w;
      else neg += w;
    }
    sum += pos * (below + neg / 2);
    below += neg;
    positives += pos;
    start = end;
  }
  return positives > 0 && below > 0 ? sum / (positives * below) : null;
}

/**
 * The grade's lead over the baseline in AUC with its 95 % interval, resampling customers (`cluster[i]` = the
 * customer of case i, 0 … clusters − 1). Null when a resample cannot be measured on the whole sample.
 */
export function aucLead(
  grade: readonly number[],
  baseline: readonly number[],
  late: readonly boolean[],
  cluster: readonly number[],
  clusters: number,
  value: number,
): Lead {
  const rg = rankScores(grade);
  const rb = rankScores(baseline);
  const rng = seededRandom(BOOTSTRAP_SEED);
  const counts = new Float64Array(clusters);
  const leads: number[] = [];
  const weight = (i: number) => counts[cluster[i]];
  for (let round = 0; round < BOOTSTRAP_ROUNDS; round++) {
    resampleCounts(clusters, rng.next, counts);
    const g = weightedAuc(rg, late, weight);
    const b = weightedAuc(rb, late, weight);
    if (g !== null && b !== null) leads.push(g - b);
  }
  const { low, high } = leads.length > 0 ? interval95(leads) : { low: -Infinity, high: Infinity };
  return { value, low, high, verdict: verdictOf(low, high) };
}
