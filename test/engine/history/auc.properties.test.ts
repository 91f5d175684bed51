import fc from "fast-check";
import { auc } from "../../../src/engine/history/auc";

/** AUC by its definition: over every (with, without) pair, 1 when the case with the outcome scores higher, ½ a tie. */
function byPairs(scores: readonly number[], outcomes: readonly boolean[]): number | null {
  let wins = 0;
  let pairs = 0;
  scores.forEach((s, i) => {
    if (!outcomes[i]) return;
    scores.forEach((t, j) => {
      if (outcomes[j]) return;
      pairs++;
      wins += s > t ? 1 : s === t ? 0.5 : 0;
    });
  });
  return pairs === 0 ? null : wins / pairs;
}

describe("AUC from the two classes sorted apart", () => {
  it("equals the pair count on any scores (ties, −0, repeated grades)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.oneof(fc.integer({ min: 1, max: 10 }), fc.double({ min: -50, max: 50, noNaN: true }), fc.constant(-0)),
            fc.boolean(),
          ),
          { maxLength: 120 },
        ),
        (cases) => {
          const scores = cases.map((c) => c[0]);
          const outcomes = cases.map((c) => c[1]);
          const expected = byPairs(scores, outcomes);
          const got = auc(scores, outcomes);
          if (expected === null) expect(got).toBeNull();
          else expect(got).toBeCloseTo(expected, 12);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("measures nothing when a score is not a number (it used to loop forever), and refuses lists of different lengths", () => {
    expect(auc([1, NaN, 3], [true, false, false])).toBeNull();
    expect(() => auc([1], [true, false])).toThrow(RangeError);
  });
});
