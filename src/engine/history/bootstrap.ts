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
 * resampleCounts for `drawn` resamples in turn (the same draws), resample j's counts written straight into lane j
 * (counts[x · LANES + j]); lanes past `drawn` are zero.
 */
export function resampleLanes(clusters: number, next: () => number, counts: Float64Array, drawn: number): Float64Array {
  counts.fill(0, 0, clusters * LANES);
  for (let j = 0; j < drawn; j++)
    for (let i = 0; i < clusters; i++) counts[Math.floor(next() * clusters) * LANES + j]++;
  return counts;
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
  const order = ascendingOrder(scores);
  const ends: number[] = [];
  for (let i = 0; i < order.length; i++)
    if (i === order.length - 1 || scores[order[i + 1]] !== scores[order[i]]) ends.push(i + 1);
  return { order, groupEnds: Int32Array.from(ends) };
}

/**
 * The cases in ascending order of score, ties in case order: the stable sort by `scores[a] − scores[b]`, made by the
 * distinct scores' ranks (a native sort of the numbers, then a count per rank) instead of a comparator call per pair.
 * A NaN score (which that comparator reads as equal to anything) takes the comparator sort itself.
 */
function ascendingOrder(scores: readonly number[]): Int32Array {
  const n = scores.length;
  const distinct = Float64Array.from(scores).sort(); // NaN last
  if (n > 0 && Number.isNaN(distinct[n - 1]))
    return Int32Array.from(scores.keys()).sort((a, b) => scores[a] - scores[b]);
  let m = 0;
  for (let i = 0; i < n; i++) if (m === 0 || distinct[i] !== distinct[m - 1]) distinct[m++] = distinct[i]; // −0 is 0
  const rank = new Int32Array(n);
  const starts = new Int32Array(m + 1);
  for (let i = 0; i < n; i++) starts[(rank[i] = rankOf(distinct, m, scores[i])) + 1]++;
  for (let k = 1; k <= m; k++) starts[k] += starts[k - 1];
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[starts[rank[i]]++] = i;
  return order;
}

/** Position of `value` among the first m (ascending, distinct) numbers of `sorted`: the first not below it. */
function rankOf(sorted: Float64Array, m: number, value: number): number {
  let lo = 0;
  let hi = m - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
 * The cases of a ranking merged by customer: within each tie group, the cases of one customer with one outcome
 * become one entry counted `times` times. A resample weights every case of a customer alike, so the weighted AUC
 * over the merged entries is the same number (the weights are whole counts: every sum is exact in any order).
 * Within a tie group the late entries come first (up to lateEnds of the group), so a resample sums each outcome
 * in a loop of its own.
 */
export interface ClusteredCases {
  cluster: Int32Array;
  times: Float64Array;
  late: Uint8Array;
  groupEnds: Int32Array;
  /** Where each tie group's late entries end (its on-time ones follow, up to its groupEnds). */
  lateEnds: Int32Array;
}

export function mergeByCluster(r: Ranked, late: readonly boolean[], cluster: readonly number[]): ClusteredCases {
  const out = { cluster: [] as number[], times: [] as number[], late: [] as number[] };
  const ends: number[] = [];
  const lateEnds: number[] = [];
  // One tie group's entries by outcome (cluster, times), then written late first.
  const group = { late: new MergedEntries(), onTime: new MergedEntries() };
  let start = 0;
  for (const end of r.groupEnds) {
    group.late.clear();
    group.onTime.clear();
    for (let k = start; k < end; k++) {
      const i = r.order[k];
      (late[i] ? group.late : group.onTime).add(cluster[i]);
    }
    group.late.writeTo(out, 1);
    lateEnds.push(out.cluster.length);
    group.onTime.writeTo(out, 0);
    ends.push(out.cluster.length);
    start = end;
  }
  return {
    cluster: Int32Array.from(out.cluster),
    times: Float64Array.from(out.times),
    late: Uint8Array.from(out.late),
    groupEnds: Int32Array.from(ends),
    lateEnds: Int32Array.from(lateEnds),
  };
}

/** One tie group's cases of one outcome merged by customer, in the order the customers first come. */
class MergedEntries {
  private readonly slot = new Map<number, number>();
  private readonly clusters: number[] = [];
  private readonly times: number[] = [];

  clear(): void {
    this.slot.clear();
    this.clusters.length = 0;
    this.times.length = 0;
  }

  add(cluster: number): void {
    const at = this.slot.get(cluster);
    if (at !== undefined) this.times[at]++;
    else {
      this.slot.set(cluster, this.clusters.length);
      this.clusters.push(cluster);
      this.times.push(1);
    }
  }

  writeTo(out: { cluster: number[]; times: number[]; late: number[] }, late: number): void {
    for (let j = 0; j < this.clusters.length; j++) {
      out.cluster.push(this.clusters[j]);
      out.times.push(this.times[j]);
      out.late.push(late);
    }
  }
}

/** weightedAuc over merged cases, each customer weighted by how often the resample drew it (`counts`). */
export function clusteredAuc(c: ClusteredCases, counts: Float64Array): number | null {
  let below = 0;
  let sum = 0;
  let positives = 0;
  let start = 0;
  for (let g = 0; g < c.groupEnds.length; g++) {
    const lateEnd = c.lateEnds[g];
    const end = c.groupEnds[g];
    let pos = 0;
    let neg = 0;
    // Whole counts: the same sums as adding the entries in any other order.
    for (let k = start; k < lateEnd; k++) pos += counts[c.cluster[k]] * c.times[k];
    for (let k = lateEnd; k < end; k++) neg += counts[c.cluster[k]] * c.times[k];
    sum += pos * (below + neg / 2);
    below += neg;
    positives += pos;
    start = end;
  }
  return positives > 0 && below > 0 ? sum / (positives * below) : null;
}

/** Resamples measured together by clusteredAucLanes. */
const LANES = 4;

/**
 * clusteredAuc for LANES resamples in one pass over the cases: resample j's count of cluster x at
 * counts[x · LANES + j]; its AUC into out[j] (NaN where clusteredAuc gives null). Each lane does clusteredAuc's
 * arithmetic in its order, so the figures are the same.
 */
export function clusteredAucLanes(c: ClusteredCases, counts: Float64Array, out: Float64Array): void {
  const below = new Float64Array(LANES);
  const sum = new Float64Array(LANES);
  const positives = new Float64Array(LANES);
  let start = 0;
  for (let g = 0; g < c.groupEnds.length; g++) {
    const lateEnd = c.lateEnds[g];
    const end = c.groupEnds[g];
    let p0 = 0,
      p1 = 0,
      p2 = 0,
      p3 = 0;
    let n0 = 0,
      n1 = 0,
      n2 = 0,
      n3 = 0;
    for (let k = start; k < lateEnd; k++) {
      const x = c.cluster[k] * LANES;
      const t = c.times[k];
      p0 += counts[x] * t;
      p1 += counts[x + 1] * t;
      p2 += counts[x + 2] * t;
      p3 += counts[x + 3] * t;
    }
    for (let k = lateEnd; k < end; k++) {
      const x = c.cluster[k] * LANES;
      const t = c.times[k];
      n0 += counts[x] * t;
      n1 += counts[x + 1] * t;
      n2 += counts[x + 2] * t;
      n3 += counts[x + 3] * t;
    }
    addGroup(below, sum, positives, 0, p0, n0);
    addGroup(below, sum, positives, 1, p1, n1);
    addGroup(below, sum, positives, 2, p2, n2);
    addGroup(below, sum, positives, 3, p3, n3);
    start = end;
  }
  for (let j = 0; j < LANES; j++) out[j] = positives[j] > 0 && below[j] > 0 ? sum[j] / (positives[j] * below[j]) : NaN;
}

/** One tie group's late (pos) and on-time (neg) weights into lane j's sums, as clusteredAuc adds them. */
function addGroup(
  below: Float64Array,
  sum: Float64Array,
  positives: Float64Array,
  j: number,
  pos: number,
  neg: number,
) {
  sum[j] += pos * (below[j] + neg / 2);
  below[j] += neg;
  positives[j] += pos;
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
  const rg = mergeByCluster(rankScores(grade), late, cluster);
  const rb = mergeByCluster(rankScores(baseline), late, cluster);
  const rng = seededRandom(BOOTSTRAP_SEED);
  const lanes = new Float64Array(clusters * LANES);
  const g = new Float64Array(LANES);
  const b = new Float64Array(LANES);
  const leads: number[] = [];
  for (let round = 0; round < BOOTSTRAP_ROUNDS; round += LANES) {
    // LANES resamples drawn in turn (the same draws as one by one), then measured in one pass over the cases.
    const drawn = Math.min(LANES, BOOTSTRAP_ROUNDS - round);
    resampleLanes(clusters, rng.next, lanes, drawn);
    clusteredAucLanes(rg, lanes, g);
    clusteredAucLanes(rb, lanes, b);
    for (let j = 0; j < drawn; j++) if (!Number.isNaN(g[j]) && !Number.isNaN(b[j])) leads.push(g[j] - b[j]);
  }
  const { low, high } = leads.length > 0 ? interval95(leads) : { low: -Infinity, high: Infinity };
  return { value, low, high, verdict: verdictOf(low, high) };
}
