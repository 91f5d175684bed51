import fc from "fast-check";
import { allocateByWeights, allocateCents, roundMoney, sumMoney, toCents } from "../../../src/engine/model/money";

describe("money to the cent", () => {
  it("rounds half away from zero like Excel's ROUND", () => {
    expect(toCents(1.005)).toBe(101);
    expect(toCents(-1.005)).toBe(-101);
    expect(toCents(0.1 + 0.2)).toBe(30);
    expect(roundMoney(125.13698630136986)).toBe(125.14);
    expect(sumMoney([0.1, 0.2, 0.3])).toBe(0.6);
  });
  it("splits 1,000.00 in 3 as 333.33, 333.33, 333.34", () => {
    expect(allocateCents(100000, 3)).toEqual([33333, 33333, 33334]);
  });
  it("allocations always add up to the total", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 400 }), (total, n) => {
        expect(allocateCents(total, n).reduce((s, p) => s + p, 0)).toBe(total);
      }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 30 }),
        (total, w) => {
          const parts = allocateByWeights(total, w);
          expect(parts.reduce((s, p) => s + p, 0)).toBe(total);
          expect(parts.every(Number.isInteger)).toBe(true);
        },
      ),
    );
  });
});

describe("allocateCents never leaves a part of the opposite sign", () => {
  test("1.00 in 18 parts", () => {
    const parts = allocateCents(100, 18);
    expect(parts.reduce((s, p) => s + p, 0)).toBe(100);
    expect(Math.min(...parts)).toBeGreaterThanOrEqual(0);
    expect(parts[17]).toBe(15);
  });
});

describe("allocateCents never leaves a part of zero", () => {
  it("puts the remainder on the last part rather than leaving it empty (1.00 in 26)", () => {
    const parts = allocateCents(100, 26);
    expect(parts.reduce((s, p) => s + p, 0)).toBe(100);
    expect(parts.every((p) => p > 0)).toBe(true);
    expect(parts[0]).toBe(3);
    expect(parts[25]).toBe(25);
  });
});
