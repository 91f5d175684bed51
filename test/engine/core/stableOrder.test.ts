import fc from "fast-check";
import { stableOrder } from "../../../src/engine/core/stableOrder";

describe("the ascending order of keys, ties in their order", () => {
  it("by hand: null when already in order; counted for whole numbers in a short span; sorted otherwise", () => {
    expect(stableOrder([1, 2, 2, 5], 0, 4)).toBeNull();
    expect(stableOrder([9, 3, 5, 3], 0, 4)).toEqual([1, 3, 2, 0]);
    expect(stableOrder([0, 9, 3, 5, 3], 1, 4)).toEqual([1, 3, 2, 0]); // from a start
    expect(stableOrder([1e9, -1e9, 0.5], 0, 3)).toEqual([1, 2, 0]);
    expect(stableOrder([], 0, 0)).toBeNull();
  });

  it("equals a stable sort on any keys", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.integer({ min: -20, max: 40 }), fc.integer(), fc.double({ min: -10, max: 10, noNaN: true })),
          { maxLength: 60 },
        ),
        fc.nat(5),
        (keys, start) => {
          const n = Math.max(0, keys.length - start);
          const expected = Array.from({ length: n }, (_, i) => i).sort(
            (a, b) => keys[start + a] - keys[start + b] || a - b,
          );
          const got = stableOrder(keys, start, n);
          expect(got ?? Array.from({ length: n }, (_, i) => i)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
