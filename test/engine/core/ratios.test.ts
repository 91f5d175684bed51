import fc from "fast-check";
import {
  arTurnover,
  averageDaysDelinquent,
  bestPossibleDso,
  cashConversionCycle,
  cashRatio,
  collectionEffectivenessIndex,
  countbackDso,
  daysSalesOutstanding,
  discountCost,
  weightedDaysLate,
  weightedDaysToPay,
} from "../../../src/engine/core/ratios";

describe("portfolio ratios (CRF definitions, docs/METRICS.md examples)", () => {
  it("DSO, period method: 1,200,000 / 3,000,000 × 90 = 36", () => {
    expect(daysSalesOutstanding(1_200_000, 3_000_000, 90)).toBe(36);
  });
  it("DSO, countback: 30 + 31 + 30 × 30,000 / 90,000 = 71", () => {
    expect(
      countbackDso(250_000, [
        { sales: 100_000, days: 30 },
        { sales: 120_000, days: 31 },
        { sales: 90_000, days: 30 },
      ]),
    ).toBeCloseTo(71, 10);
  });
  it("countback asks for more periods instead of guessing", () => {
    expect(() =>
      countbackDso(500_000, [
        { sales: 100_000, days: 30 },
        { sales: 120_000, days: 31 },
      ]),
    ).toThrow(/more periods/);
  });
  it("countback DSO never falls when AR grows", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ sales: fc.integer({ min: 1, max: 1e7 }), days: fc.integer({ min: 28, max: 31 }) }), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (periods, a, b) => {
          const total = periods.reduce((s, p) => s + p.sales, 0);
          const [lo, hi] = [Math.min(a, b) * total, Math.max(a, b) * total];
          expect(countbackDso(hi, periods)).toBeGreaterThanOrEqual(countbackDso(lo, periods) - 1e-9);
        },
      ),
    );
  });
  it("best possible DSO and ADD", () => {
    expect(bestPossibleDso(900_000, 3_000_000, 90)).toBe(27);
    expect(averageDaysDelinquent(1_200_000, 900_000, 3_000_000, 90)).toBeCloseTo(9, 10);
  });
  it("CEI: one month 63.6364 %, a quarter 55.9295 %", () => {
    expect(collectionEffectivenessIndex(500_000, 300_000, 450_000, 250_000).toFixed(4)).toBe("63.6364");
    expect(collectionEffectivenessIndex(6_200, 10_890, 6_340, 3_590, 3).toFixed(4)).toBe("55.9295");
  });
  it("turnover, cash ratio, cash conversion cycle", () => {
    expect(arTurnover(3_650_000, 365_000)).toBe(10);
    expect(cashRatio(50_000, 25_000, 150_000)).toBe(0.5);
    expect(cashConversionCycle(40, 38, 30)).toBe(48);
  });
  it("cost of 2/10 net 30: 37.24 % simple, 44.59 % effective", () => {
    const c = discountCost(0.02, 10, 30);
    expect((c.simple * 100).toFixed(2)).toBe("37.24");
    expect((c.effective * 100).toFixed(2)).toBe("44.59");
    expect(() => discountCost(0.02, 30, 10)).toThrow(/net_days/);
  });
  it("weighted days to pay and days late", () => {
    // 100 paid 40 days after invoice, 10 days late; 300 paid 20 days after invoice, on time.
    expect(weightedDaysToPay([100, 300], [1000, 1000], [1040, 1020])).toBe(25);
    expect(weightedDaysLate([100, 300], [1030, 1030], [1040, 1020])).toBe(2.5);
    expect(() => weightedDaysLate([100], [1, 2], [3])).toThrow(/same number of items/);
  });
  it("names the argument on bad input", () => {
    expect(() => daysSalesOutstanding(1, 0, 90)).toThrow(/credit_sales is 0/);
    expect(() => daysSalesOutstanding(Number.NaN, 1, 90)).toThrow(/ending_ar/);
    expect(() => collectionEffectivenessIndex(1, 1, 1, 2)).toThrow(/end_current_ar/);
  });
});
