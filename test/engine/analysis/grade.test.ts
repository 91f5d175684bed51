import { gradeCustomer, gradeFromScore, riskScore, scoreParts, scoreTerms } from "../../../src/engine/analysis/grade";

const base = {
  weightedDaysLate: 0,
  lateShare: 0,
  trend: 0,
  recentDaysLate: null,
  overdueDays: 0,
  over60Share: 0,
  disputedShare: 0,
  paidInvoiceCount: 20,
};
const prior = { weightedDaysLate: 4, lateShare: 0.2, credibilityInvoices: 4 };
/** The worked example's customer: 12 days late on average, half its invoices late, getting later, 10 days overdue. */
const lateCustomer = {
  ...base,
  weightedDaysLate: 12,
  lateShare: 0.5,
  trend: 20,
  recentDaysLate: 25,
  overdueDays: 10,
  over60Share: 0.5,
  disputedShare: 0.25,
};

describe("grade model", () => {
  test("score = e^(shrunk log level + share late + trend + overdue now + disputes) − 1, by hand; grade from the bands", () => {
    // w = 20 / (20 + 4) = 5/6. Level 5/6 × ln 13 + 1/6 × ln 5 = 2.40570; share 0.25 × (5/6 × 0.5 + 1/6 × 0.2) = 0.1125;
    // trend 0.15 × 5/6 × (ln 26 − ln 13) = 0.08664; overdue now (0.1 + 0.25 × 1/6) × ln 11 = 0.33970; disputed
    // 0.1 × 0.25 = 0.025 → e^2.96954 − 1 = 18.483 → grade 8 (15 < score ≤ 30). Over 60 days is shown, not scored.
    const x = lateCustomer;
    const g = gradeCustomer(x, prior);
    expect(g.score).toBeCloseTo(18.483, 4);
    expect(g.grade).toBe(8);
    expect(g.reasons.map((r) => r.code)).toEqual([
      "grade.result",
      "grade.daysLate",
      "grade.lateShare",
      "grade.trendWorse",
      "grade.overdueNow",
      "grade.disputed",
    ]);
    // The parts (days each term adds) add up to the score: level e^2.40570 − 1 = 10.087, and so on.
    const q = scoreParts(x, prior);
    expect(q.level).toBeCloseTo(Math.expm1((5 / 6) * Math.log(13) + Math.log(5) / 6), 10);
    expect(q.level + q.share + q.trend + q.now + q.disputed).toBeCloseTo(g.score, 10);
    expect(riskScore({ ...x, over60Share: 0 }, prior)).toBe(g.score);
  });
  test("paying earlier lately lowers the score: recent 2 days late against 12 overall", () => {
    // Without trend: e^(5/6 ln 13 + 1/6 ln 5 + 0.1125) − 1 = 11.406; with 0.15 × 5/6 × (ln 3 − ln 13) = −0.18329 → 9.328.
    const x = { ...base, weightedDaysLate: 12, lateShare: 0.5, trend: -15, recentDaysLate: 2 };
    expect(riskScore({ ...x, recentDaysLate: null }, prior)).toBeCloseTo(11.4062, 4);
    const g = gradeCustomer(x, prior);
    expect(g.score).toBeCloseTo(9.3285, 4);
    expect(g.reasons.map((r) => r.code)).toContain("grade.trendBetter");
  });
  test("the score is e^(the sum of its terms, in their order) − 1 to the bit, call after call", () => {
    const customers = [base, lateCustomer, { ...lateCustomer, paidInvoiceCount: 0, weightedDaysLate: null }];
    const byTerms = customers.map((x) => {
      const { terms } = scoreTerms(x, prior);
      return Math.expm1(terms[0] + terms[1] + terms[2] + terms[3] + terms[4]);
    });
    expect(customers.map((x) => riskScore(x, prior))).toEqual(byTerms);
    expect(customers.map((x) => riskScore(x, prior)).reverse()).toEqual([...byTerms].reverse());
  });
  test("a prompt payer is grade 1; the bands run 1 … 10", () => {
    expect(gradeCustomer(base, { ...prior, weightedDaysLate: 0, lateShare: 0 }).grade).toBe(1);
    expect([0, 0.25, 0.26, 5, 5.5, 5.51, 75, 75.01, 300].map(gradeFromScore)).toEqual([1, 1, 2, 4, 4, 5, 9, 10, 10]);
  });
  test("thin history is shrunk toward the portfolio, not capped: one paid invoice 30 days late counts 1/5", () => {
    const thin = gradeCustomer({ ...base, paidInvoiceCount: 1, weightedDaysLate: 30, lateShare: 1 }, prior);
    // w = 1/5: level 0.2 × ln 31 + 0.8 × ln 5 = 1.97435; share 0.25 × (0.2 + 0.8 × 0.2) = 0.09 → e^2.06435 − 1 = 6.880
    // → grade 5 (5.5 < score ≤ 7).
    expect(thin.score).toBeCloseTo(6.8802, 4);
    expect(thin.grade).toBe(5);
    const none = gradeCustomer(
      { ...base, paidInvoiceCount: 0, weightedDaysLate: null, lateShare: null, trend: null },
      prior,
    );
    // No paid invoice: the ledger's ln 5 + 0.25 × 0.2 → 5 × e^0.05 − 1 = 4.256.
    expect(none.score).toBeCloseTo(5 * Math.exp(0.05) - 1, 10);
    expect(none.reasons.map((r) => r.code)).toContain("grade.noHistory");
  });
  test("exposure does not enter the grade (no share-of-receivables input)", () => {
    expect(Object.keys(base)).not.toContain("shareOfAR");
  });
});

describe("the grade's reasons", () => {
  test("their English text is written when read, the same text as ever", () => {
    const x = lateCustomer;
    const g = gradeCustomer(x, prior);
    for (const r of g.reasons) expect(typeof Object.getOwnPropertyDescriptor(r, "text")?.get).toBe("function");
    expect(g.reasons.map((r) => r.text)).toEqual(EXPECTED_TEXTS);
    const better = gradeCustomer(
      { ...base, weightedDaysLate: 12, lateShare: 0.5, trend: -15, recentDaysLate: 2 },
      prior,
    );
    expect(better.reasons.find((r) => r.code === "grade.trendBetter")?.text).toBe(TREND_BETTER);
    const none = gradeCustomer(
      { ...base, paidInvoiceCount: 0, weightedDaysLate: null, lateShare: null, trend: null },
      prior,
    );
    expect(none.reasons.find((r) => r.code === "grade.noHistory")?.text).toBe(NO_HISTORY);
  });
});

const EXPECTED_TEXTS = [
  "grade 8 on a scale of 1 (lowest risk) to 10 (highest risk): risk score 18.5 days",
  "pays 12 days late on average (amount-weighted, 20 paid invoices, counted at 83.3 % against the ledger's 4): +10.1",
  "50 % of paid invoices were paid late: +1.3",
  "paying 20 days later in the last 90 days than before: +1.1",
  "the open balance is 10 days past due on average (amount-weighted): +5.5",
  "25 % of the open balance is disputed: +0.5",
];
const TREND_BETTER = "paying 15 days earlier in the last 90 days than before: -2.1";
const NO_HISTORY = "no paid invoice yet: taken as the ledger's 4 days late: +4";
