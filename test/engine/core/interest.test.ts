import { STATUTORY_RATES, lateInterest, ukFixedCompensation } from "../../../src/engine/core/interest";

describe("late-payment interest", () => {
  it("open × rate × days / 365 plus the fixed sum, to the cent; nothing when not late", () => {
    expect(lateInterest(10_000, 0.1015, 30)).toBe(83.42); // 10,000 × 0.1015 × 30 / 365 = 83.4247
    expect(lateInterest(10_000, 0.1015, 30, 40)).toBe(123.42);
    expect(lateInterest(10_000, 0.1015, 0, 40)).toBe(0);
    expect(lateInterest(-5, 0.1, 10)).toBe(0);
  });

  it("names the argument it cannot use", () => {
    expect(() => lateInterest(Number.NaN, 0.1, 1)).toThrow(/^open_amount/);
    expect(() => lateInterest(1, 11, 1)).toThrow(/annual_rate: 11 is outside 0 to 10/);
    expect(() => lateInterest(1, 0.1, Number.NaN)).toThrow(/^days_late/);
    expect(() => lateInterest(1, 0.1, 1, -1)).toThrow(/^fixed_compensation/);
  });

  it("the UK fixed sum: £40 below £1,000, £70 below £10,000, else £100; China's daily rate a year", () => {
    expect([999.99, 1000, 9999.99, 10_000].map(ukFixedCompensation)).toEqual([40, 70, 70, 100]);
    expect(STATUTORY_RATES.chinaSmePaymentRegulations.annualRate).toBeCloseTo(0.1825, 12);
  });
});
