/* items 5, 6 and 8: payment plans at the edges (tiny rates, Excel's last date, the phantom 29 Feb 1900). */
import { paymentPlan as planOf } from "../../src/engine/core/paymentPlan";
import { paymentPlan, replan } from "../../src/functions/plans";
import { outcome } from "./helpers";

describe("a tiny rate does not collapse a plan (item 5)", () => {
  test("AR.PAYMENTPLAN(10000,12,45688,1,1e-15) equals the no-interest plan", () => {
    const tiny = paymentPlan(10000, 12, 45688, 1, 1e-15) as unknown[][];
    const none = paymentPlan(10000, 12, 45688, 1, 0) as unknown[][];
    expect(tiny).toHaveLength(13);
    expect(tiny).toEqual(none);
  });

  test("the level payment tends to the no-interest payment as the rate tends to 0", () => {
    for (const rate of [1e-6, 1e-9, 1e-12, 1e-15, 1e-300]) {
      const plan = planOf({ balance: 10000, installments: 12, firstDueDate: 45688, annualRate: rate });
      expect(plan).toHaveLength(12);
      expect(plan.reduce((s, r) => s + Math.round(r.principal * 100), 0)).toBe(1_000_000);
      expect(Math.abs(plan[0].payment - 833.33)).toBeLessThanOrEqual(0.01);
    }
  });
});

describe("dates Excel cannot show (item 6)", () => {
  test("a plan running past 9999-12-31 is #NUM! with the reason", () => {
    expect(outcome(() => paymentPlan(1000, 3, 2958465))).toEqual({
      code: "#NUM!",
      message: expect.stringMatching(/^first_due_date: installment 2 would fall due after 9999-12-31/),
    });
    expect(outcome(() => replan(1000, 3, 2958400, 1, 1, 0, 0, 0, 3))).toEqual({
      code: "#NUM!",
      message: expect.stringMatching(/9999-12-31/),
    });
  });

  test("AR.PAYMENTPLAN(1000,3,60): the first installment falls due on the date given, 60, never on 59", () => {
    // Decision: serial 60 is Excel's phantom 29 Feb 1900. It is the date the user typed and Excel shows it, so the
    // first installment falls due on it exactly; the next follow EDATE from the 29th (29 Mar 1900 = 89, 29 Apr = 120),
    // as Excel's EDATE(60, 1) = 89 does. A plan never moves the date it was given.
    const plan = paymentPlan(1000, 3, 60, null, null, null, false) as number[][];
    expect(plan.map((r) => r[1])).toEqual([60, 89, 120]);
    const withDown = paymentPlan(1000, 2, 60, null, null, 100, false) as number[][];
    expect(withDown.map((r) => r[1])).toEqual([60, 89, 120]);
  });
});

describe("messages name the right argument (item 8)", () => {
  test("a balance under one cent blames balance, not down_payment", () => {
    expect(outcome(() => paymentPlan(0.004, 3, 45688))).toEqual({
      code: "#NUM!",
      message: expect.stringMatching(/^balance: /),
    });
  });

  test("REPLAN with days_late 1e308 blames days_late, not balance", () => {
    expect(outcome(() => replan(1000, 3, 45688, 1, 1, 0, 0.1825, 1e308))).toEqual({
      code: "#NUM!",
      message: expect.stringMatching(/^days_late: /),
    });
  });
});
