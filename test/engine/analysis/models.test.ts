import { recommendCreditLimit } from "../../../src/engine/analysis/creditLimit";
import { collectionProbability, weekOf } from "../../../src/engine/analysis/forecast";
import { gradeCustomer, gradeFromScore } from "../../../src/engine/analysis/grade";
import { paydexFromDays, paydexBand } from "../../../src/engine/analysis/paydex";
import { planShape } from "../../../src/engine/analysis/plans";
import { appetiteGrade, recommendTerms } from "../../../src/engine/analysis/terms";

const base = { weightedDaysLate: 0, lateShare: 0, trend: 0, overdueDays: 0, over60Share: 0, disputedShare: 0, paidInvoiceCount: 20 };
const prior = { weightedDaysLate: 4, lateShare: 0.2, credibilityInvoices: 4 };

describe("grade model", () => {
  test("score = shrunk level + share late + trend + over-60 + disputes, by hand; grade from the bands", () => {
    // w = 20 / (20 + 4) = 5/6. level = 5/6 × 12 + 1/6 × 4 = 10.6667; share = 4 × (5/6 × 0.5 + 1/6 × 0.2) = 1.8;
    // trend = 5/6 × 0.1 × 20 = 1.6667; over 60 = 3 × 0.5 = 1.5; disputed = 2 × 0.25 = 0.5 → 16.1333 → grade 7 (15 < s ≤ 20).
    const g = gradeCustomer({ ...base, weightedDaysLate: 12, lateShare: 0.5, trend: 20, over60Share: 0.5, disputedShare: 0.25 }, prior);
    expect(g.score).toBeCloseTo(16.1333, 4);
    expect(g.grade).toBe(7);
    expect(g.reasons.map((r) => r.code)).toEqual(["grade.result", "grade.daysLate", "grade.lateShare", "grade.trendWorse", "grade.over60", "grade.disputed"]);
  });
  test("a prompt payer is grade 1; the bands run 1 … 10", () => {
    expect(gradeCustomer(base, { ...prior, weightedDaysLate: 0, lateShare: 0 }).grade).toBe(1);
    expect([0, 2, 2.01, 8, 45, 45.01, 300].map(gradeFromScore)).toEqual([1, 1, 2, 4, 9, 10, 10]);
  });
  test("thin history is shrunk toward the portfolio, not capped: one paid invoice 30 days late counts 1/5", () => {
    const thin = gradeCustomer({ ...base, paidInvoiceCount: 1, weightedDaysLate: 30, lateShare: 1 }, prior);
    // w = 1/5: level = 6 + 3.2 = 9.2; share = 4 × (0.2 + 0.16) = 1.44 → 10.64 → grade 5.
    expect(thin.score).toBeCloseTo(10.64, 6);
    expect(thin.grade).toBe(5);
    const none = gradeCustomer({ ...base, paidInvoiceCount: 0, weightedDaysLate: null, lateShare: null, trend: null }, prior);
    expect(none.score).toBeCloseTo(4 + 0.8, 6);
    expect(none.reasons.map((r) => r.code)).toContain("grade.noHistory");
  });
  test("exposure does not enter the grade (no share-of-receivables input)", () => {
    expect(Object.keys(base)).not.toContain("shareOfAR");
  });
});

describe("terms, limits, plans", () => {
  test("terms by grade and appetite", () => {
    expect([1, 3, 4, 6, 7, 8, 9].map((g) => recommendTerms(g, "balanced", false).code)).toEqual(["NET60", "NET45", "NET30", "NET15", "DEPOSIT", "LC", "CIA"]);
    expect(recommendTerms(3, "conservative", false).code).toBe("NET30");
    expect(recommendTerms(3, "growth", false).code).toBe("NET60");
    expect(recommendTerms(4, "balanced", true).paymentMethod).toBe("openAccountInsured");
    expect(appetiteGrade(10, "conservative")).toBe(10);
  });
  test("credit limit = 12-month peak × (1 + headroom) × grade factor, never below what is owed on terms", () => {
    const x = { peak: 50000, peakDate: 45600, onTerms: 10000, grade: 5, openAccount: true, monthlySales: 20000 };
    // 50,000 × 1.2 = 60,000; grade 5 allows 80 % → 48,000.
    const l = recommendCreditLimit(x);
    expect(l.neededExposure).toBe(60000);
    expect(l.amount).toBe(48000);
    expect(l.reasons.map((r) => r.code)).toEqual(["limit.peak", "limit.factor"]);
    // Grade 7 allows 50 % → 30,000, but it owes 35,000 not yet due: raised to 35,000 (open account only).
    expect(recommendCreditLimit({ ...x, grade: 7, onTerms: 35000 }).amount).toBe(35000);
    expect(recommendCreditLimit({ ...x, grade: 7, onTerms: 35000 }).reasons[2].code).toBe("limit.floor");
    expect(recommendCreditLimit({ ...x, grade: 7, onTerms: 35000, openAccount: false }).amount).toBe(30000);
    // Headroom 10 %: 55,000 × 80 % = 44,000. Secured grades: no open-account limit.
    expect(recommendCreditLimit({ ...x, headroom: 0.1 }).amount).toBe(44000);
    expect(recommendCreditLimit({ ...x, grade: 9 }).amount).toBe(0);
    expect(recommendCreditLimit({ ...x, grade: 9 }).reasons[1].code).toBe("limit.secured");
  });
  test("plan shape by grade", () => {
    expect([2, 5, 6, 9].map((g) => planShape(g).installments)).toEqual([6, 4, 3, 2]);
    expect(planShape(8).downShare).toBe(0.3);
  });
});

describe("paydex and forecast helpers", () => {
  test("paydex anchors", () => {
    expect([-40, -30, 0, 15, 30, 120, 150].map(paydexFromDays)).toEqual([100, 100, 80, 70, 50, 20, 10]);
    expect([paydexBand(80), paydexBand(50), paydexBand(49.9)]).toEqual(["low", "medium", "high"]);
  });
  test("probability by days past due and week numbers", () => {
    expect([0, 90, 91, 180, 181, 365, 366].map(collectionProbability)).toEqual([1, 1, 0.75, 0.75, 0.5, 0.5, 0.25]);
    expect([100, 101, 107, 108, 191, 192].map((x) => weekOf(x, 100))).toEqual([1, 1, 1, 2, 13, 14]);
  });
});
