import { recommendCreditLimit } from "../../../src/engine/analysis/creditLimit";
import { collectionProbability, weekOf } from "../../../src/engine/analysis/forecast";
import { gradeCustomer } from "../../../src/engine/analysis/grade";
import { paydexFromDays, paydexBand } from "../../../src/engine/analysis/paydex";
import { planShape } from "../../../src/engine/analysis/plans";
import { appetiteGrade, recommendTerms } from "../../../src/engine/analysis/terms";

const base = { weightedDaysLate: 0, lateShare: 0, trend: 0, over60Share: 0, disputedShare: 0, shareOfAR: 0.01, paidInvoiceCount: 20, historyDays: 400 };

describe("grade model", () => {
  test("a prompt payer is grade 1; each signal adds its points", () => {
    expect(gradeCustomer(base).grade).toBe(1);
    expect(gradeCustomer({ ...base, weightedDaysLate: 31 }).grade).toBe(4);
    expect(gradeCustomer({ ...base, weightedDaysLate: 100, lateShare: 0.9, trend: 40, over60Share: 0.6, disputedShare: 0.5, shareOfAR: 0.3 }).grade).toBe(10);
    expect(gradeCustomer({ ...base, weightedDaysLate: 20, trend: -15 }).grade).toBe(2);
  });
  test("an unproven customer is not better than grade 4, and says why", () => {
    const g = gradeCustomer({ ...base, paidInvoiceCount: 1 });
    expect(g.grade).toBe(4);
    expect(g.reasons.map((r) => r.code)).toContain("grade.unproven");
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
  test("credit limit = monthly sales × (terms + days late) / 30 × grade factor", () => {
    const l = recommendCreditLimit(30000, 30, 10, 4);
    expect(l.neededExposure).toBe(40000);
    expect(l.amount).toBe(32000);
    expect(recommendCreditLimit(30000, 0, 10, 9).amount).toBe(0);
    expect(recommendCreditLimit(30000, 0, 10, 9).reasons[1].code).toBe("limit.secured");
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
