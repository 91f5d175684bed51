/** Bootstrap intervals: deterministic, the weighted AUC equals the plain one with unit weights, verdicts from the interval. */
import { auc } from "../../../src/engine/history/auc";
import {
  aucLead,
  clusteredAuc,
  clusteredAucLanes,
  interval95,
  mergeByCluster,
  rankScores,
  resampleCounts,
  resampleLanes,
  verdictOf,
  weightedAuc,
} from "../../../src/engine/history/bootstrap";
import { seededRandom } from "../../../src/engine/sample/random";

function cases(n: number, skill: number, seed: number) {
  const r = seededRandom(seed);
  const late = Array.from({ length: n }, () => r.chance(0.4));
  const score = late.map((l) => (l ? skill : 0) + r.next());
  return { late, score };
}

test("weighted AUC with unit weights is the AUC; doubling every weight changes nothing", () => {
  const { late, score } = cases(500, 0.3, 1);
  const rounded = score.map((s) => Math.round(s * 10) / 10); // ties
  const r = rankScores(rounded);
  expect(weightedAuc(r, late, () => 1)).toBeCloseTo(auc(rounded, late)!, 12);
  expect(weightedAuc(r, late, () => 2)).toBeCloseTo(auc(rounded, late)!, 12);
});

test("the lead's interval is the same on every run, and worded from where it lies", () => {
  const { late, score } = cases(600, 0.5, 2);
  const noisy = score.map((s, i) => s + (i % 7) * 0.2);
  const cluster = late.map((_, i) => i % 100);
  const a = aucLead(score, noisy, late, cluster, 100, auc(score, late)! - auc(noisy, late)!);
  const b = aucLead(score, noisy, late, cluster, 100, a.value);
  expect(b).toEqual(a);
  expect(a.low).toBeLessThanOrEqual(a.value);
  expect(a.high).toBeGreaterThanOrEqual(a.value);
  expect(a.verdict).toBe("better");
  // The same score against itself: no lead, "no better — either will do".
  expect(aucLead(score, score, late, cluster, 100, 0)).toMatchObject({ low: 0, high: 0, verdict: "noBetter" });
  expect(aucLead(noisy, score, late, cluster, 100, -a.value).verdict).toBe("worse");
  expect([verdictOf(0.001, 0.02), verdictOf(-0.004, 0.063), verdictOf(-0.05, -0.01)]).toEqual([
    "better",
    "noBetter",
    "worse",
  ]);
  expect(interval95(Array.from({ length: 41 }, (_, i) => i))).toEqual({ low: 1, high: 39 });
});

test("cases merged by customer within a tie group give the weighted AUC exactly, whatever the resample", () => {
  const { late, score } = cases(700, 0.4, 3);
  const rounded = score.map((s) => Math.round(s * 8) / 8); // few tie groups, many cases of a customer in each
  const cluster = late.map((_, i) => i % 37);
  const r = rankScores(rounded);
  const merged = mergeByCluster(r, late, cluster);
  expect(merged.cluster.length).toBeLessThan(late.length);
  const rng = seededRandom(4);
  for (let round = 0; round < 20; round++) {
    const counts = Float64Array.from({ length: 37 }, () => rng.int(0, 3));
    expect(clusteredAuc(merged, counts)).toBe(weightedAuc(r, late, (i) => counts[cluster[i]]));
  }
  expect(clusteredAuc(merged, new Float64Array(37))).toBeNull();
});

test("within each tie group the merged late entries come first, one per customer and outcome, all cases counted", () => {
  const { late, score } = cases(500, 0.3, 5);
  const rounded = score.map((s) => Math.round(s * 4) / 4);
  const cluster = late.map((_, i) => i % 23);
  const r = rankScores(rounded);
  const merged = mergeByCluster(r, late, cluster);
  let start = 0;
  for (let g = 0; g < merged.groupEnds.length; g++) {
    const lateEnd = merged.lateEnds[g];
    const end = merged.groupEnds[g];
    expect(start).toBeLessThanOrEqual(lateEnd);
    expect(lateEnd).toBeLessThanOrEqual(end);
    for (let k = start; k < end; k++) expect(merged.late[k]).toBe(k < lateEnd ? 1 : 0);
    // The group's cases of each outcome: as many as the entries' counts add up to, each customer once.
    const groupCases = Array.from(r.order.subarray(start === 0 ? 0 : r.groupEnds[g - 1], r.groupEnds[g]));
    const lateCases = groupCases.filter((i) => late[i]).length;
    let lateTimes = 0;
    for (let k = start; k < lateEnd; k++) lateTimes += merged.times[k];
    let onTimeTimes = 0;
    for (let k = lateEnd; k < end; k++) onTimeTimes += merged.times[k];
    expect([lateTimes, onTimeTimes]).toEqual([lateCases, groupCases.length - lateCases]);
    const lateClusters = Array.from(merged.cluster.subarray(start, lateEnd));
    expect(new Set(lateClusters).size).toBe(lateClusters.length);
    start = end;
  }
  expect(start).toBe(merged.cluster.length);
});

test("scores are ranked as the stable comparator sort ranks them: ties in case order, −0 with 0, NaN as that sort reads it", () => {
  const bySort = (s: number[]) => Array.from(Int32Array.from(s.keys()).sort((a, b) => s[a] - s[b]));
  const r = seededRandom(7);
  const pick = [0, -0, 1, 2.5, -3, Infinity, -Infinity, 1e-300];
  for (let round = 0; round < 200; round++) {
    const n = Math.floor(r.next() * 40);
    const s = Array.from({ length: n }, () => (r.chance(0.5) ? pick[Math.floor(r.next() * pick.length)] : r.next()));
    expect(Array.from(rankScores(s).order)).toEqual(bySort(s));
  }
  const withNaN = [3, NaN, 1, 2];
  expect(Array.from(rankScores(withNaN).order)).toEqual(bySort(withNaN));
});

test("four resamples measured in one pass give each the AUC clusteredAuc gives it, bit for bit (NaN for none)", () => {
  const { late, score } = cases(900, 0.3, 9);
  const cluster = late.map((_, i) => i % 41);
  for (const scores of [score, score.map((s) => Math.round(s * 5) / 5)]) {
    const merged = mergeByCluster(rankScores(scores), late, cluster);
    const rng = seededRandom(11);
    for (let round = 0; round < 10; round++) {
      const each = [0, 1, 2, 3].map((j) => Float64Array.from({ length: 41 }, () => (j === 3 ? 0 : rng.int(0, 3))));
      const lanes = new Float64Array(41 * 4);
      each.forEach((counts, j) => counts.forEach((n, x) => (lanes[x * 4 + j] = n)));
      const out = new Float64Array(4);
      clusteredAucLanes(merged, lanes, out);
      expect(Array.from(out)).toEqual(each.map((counts) => clusteredAuc(merged, counts) ?? NaN));
    }
  }
});

test("resamples drawn straight into lanes are the same draws as one resample after another", () => {
  for (const [clusters, drawn] of [
    [1, 4],
    [7, 4],
    [50, 3],
    [13, 1],
  ]) {
    const one = seededRandom(9);
    const each = Array.from({ length: drawn }, () =>
      Array.from(resampleCounts(clusters, one.next, new Float64Array(clusters))),
    );
    const lanes = new Float64Array(clusters * 4).fill(7); // stale counts from an earlier round are cleared
    resampleLanes(clusters, seededRandom(9).next, lanes, drawn);
    for (let j = 0; j < 4; j++) {
      const lane = Array.from({ length: clusters }, (_, x) => lanes[x * 4 + j]);
      expect(lane).toEqual(j < drawn ? each[j] : new Array<number>(clusters).fill(0));
    }
    expect(lanes.reduce((a, b) => a + b, 0)).toBe(clusters * drawn);
  }
});
