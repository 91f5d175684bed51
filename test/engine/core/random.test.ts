import { seededRandom } from "../../../src/engine/core/random";

describe("the seeded random generator", () => {
  it("gives the same draws for the same seed and other draws for another", () => {
    const draws = (seed: number) => Array.from({ length: 5 }, seededRandom(seed).next);
    expect(draws(42)).toEqual(draws(42));
    expect(draws(42)).not.toEqual(draws(43));
    expect(draws(42).every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("whole numbers stay within their bounds, picks come from the list, the median holds", () => {
    const r = seededRandom(7);
    const ints = Array.from({ length: 500 }, () => r.int(3, 5));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5]));
    expect(["a", "b"]).toContain(r.pick(["a", "b"]));
    expect(r.chance(0)).toBe(false);
    expect(r.chance(1)).toBe(true);
    const logs = Array.from({ length: 2001 }, () => r.logNormal(10, 0.5)).sort((a, b) => a - b);
    expect(logs[1000]).toBeGreaterThan(9);
    expect(logs[1000]).toBeLessThan(11);
  });
});
