import { recommendCreditLimit } from "../../../src/engine/analysis/creditLimit";

describe("credit limit", () => {
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
    // Headroom 10 %: 55,000 × 80 % = 44,000. Secured grades: no new credit — the proposal is the balance owed, not 0.
    expect(recommendCreditLimit({ ...x, headroom: 0.1 }).amount).toBe(44000);
    expect(recommendCreditLimit({ ...x, grade: 9 }).amount).toBe(0);
    expect(recommendCreditLimit({ ...x, grade: 9 }).reasons[1].code).toBe("limit.securedNew");
    const owing = recommendCreditLimit({ ...x, grade: 9, open: 12000, overdue: 5000 });
    expect([owing.amount, owing.secured, owing.reasons[1].code]).toEqual([12000, true, "limit.securedBalance"]);
    // In a late-paying ledger the floor counts what is at most the norm's days past due as on terms.
    expect(recommendCreditLimit({ ...x, grade: 7, onTerms: 35000, floorDays: 40 }).reasons[2].code).toBe(
      "limit.floorNorm",
    );
  });
});

describe("the limit's reasons", () => {
  test("their English text is written when read (not for every customer up front), the same text as ever", () => {
    const x = { peak: 50000, peakDate: 45600, onTerms: 10000, grade: 7, openAccount: true, monthlySales: 20000 };
    const l = recommendCreditLimit({ ...x, onTerms: 35000, floorDays: 40 });
    for (const r of l.reasons) expect(typeof Object.getOwnPropertyDescriptor(r, "text")?.get).toBe("function");
    expect(l.reasons.map((r) => r.text)).toEqual([
      "highest balance in the last 12 months 50,000.00 (2024-11-04) + 20 % headroom = 60,000.00",
      "grade 7 allows 50 % of it: 30,000.00",
      "raised to what it owes up to 40 days past due, this ledger's usual lateness: 35,000.00",
    ]);
    expect(recommendCreditLimit({ ...x, grade: 7, onTerms: 35000 }).reasons[2].text).toBe(
      "raised to what it owes on terms today (not yet due): 35,000.00",
    );
    const owing = recommendCreditLimit({ ...x, grade: 9, open: 12000, overdue: 5000 });
    expect(owing.reasons[1].text).toBe(
      "grade 9: new orders only against a letter of credit or cash in advance; no new credit beyond the 12,000.00 owed, collected as it falls due (5,000.00 overdue now)",
    );
  });
});
