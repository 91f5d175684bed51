import { auc, gini } from "../../../src/engine/history/auc";

describe("AUC of a score for an outcome", () => {
  it("counts, over every (late, on-time) pair, 1 when the late one scores higher and ½ for a tie", () => {
    // Late: scores 3, 5; on time: 1, 3, 4. Pairs: (3,1)=1 (3,3)=½ (3,4)=0 (5,1)=1 (5,3)=1 (5,4)=1 → 4.5 / 6.
    expect(auc([1, 3, 3, 4, 5], [false, true, false, false, true])).toBeCloseTo(0.75, 12);
    expect(gini(0.75)).toBeCloseTo(0.5, 12);
  });
  it("is 1 for a perfect ranking, 0 for a reversed one, ½ when every score is the same", () => {
    expect(auc([1, 2, 3, 4], [false, false, true, true])).toBe(1);
    expect(auc([4, 3, 2, 1], [false, false, true, true])).toBe(0);
    expect(auc([7, 7, 7], [true, false, false])).toBe(0.5);
  });
  it("is null when nobody (or everybody) has the outcome", () => {
    expect(auc([1, 2], [false, false])).toBeNull();
    expect(auc([1, 2], [true, true])).toBeNull();
  });
});
