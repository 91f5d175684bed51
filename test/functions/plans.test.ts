import { paymentPlan, replan } from "../../src/functions/plans";
import { outcome } from "./helpers";

describe("AR.PAYMENTPLAN and AR.REPLAN", () => {
  it("spills a table with headers: 1,000.00 in 3", () => {
    expect(paymentPlan(1000, 3, "2025-01-31")).toEqual([
      ["No.", "Due date", "Payment", "Interest", "Principal", "Remaining"],
      [1, 45688, 333.33, 0, 333.33, 666.67],
      [2, 45716, 333.33, 0, 333.33, 333.34],
      [3, 45747, 333.34, 0, 333.34, 0],
    ]);
  });
  it("level payment 888.49 with 12 % over 12 months", () => {
    const t = paymentPlan(10_000, 12, 45688, 1, "12%", 0, false);
    expect(t).toHaveLength(12);
    expect(t[0][2]).toBe(888.49);
    expect(t[11][5]).toBe(0);
  });
  it("re-plans after a missed installment", () => {
    const t = replan(1200, 4, 45688, 2, 1, 0, 0.1825, 10, 1, false);
    expect(t.map((r) => r[0])).toEqual([3, 4, 5]);
    expect(t.reduce((s, r) => s + Math.round((r[2] as number) * 100), 0)).toBe(30000 + 150 + 60000);
  });
  it("explains bad input", () => {
    expect(outcome(() => paymentPlan(1000, 0, 45688))).toEqual({
      code: "#NUM!",
      message: expect.stringMatching(/installments/),
    });
    expect(outcome(() => paymentPlan(1000, 2.5, 45688))).toEqual({
      code: "#NUM!",
      message: expect.stringMatching(/installments: 2.5/),
    });
    expect(outcome(() => paymentPlan(1000, 3, "someday"))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/first_due_date/),
    });
    expect(outcome(() => replan(1000, 3, 45688, 9))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/no installment 9/),
    });
  });
});
