import fc from "fast-check";
import { isoFromSerial, serialFromYmd } from "../../../src/engine/core/dates";
import { lateInterest } from "../../../src/engine/core/interest";
import { toCents } from "../../../src/engine/model/money";
import {
  accelerationThreshold,
  applyPayments,
  levelPayment,
  paymentPlan,
  replan,
} from "../../../src/engine/core/paymentPlan";

const sumCents = (xs: number[]) => xs.reduce((s, x) => s + toCents(x), 0);

describe("late-payment interest", () => {
  it("10,000 paid 45 days late at 10.15 % → 125.14 (+40 fixed = 165.14)", () => {
    expect(lateInterest(10_000, 0.1015, 45)).toBe(125.14);
    expect(lateInterest(10_000, 0.1015, 45, 40)).toBe(165.14);
    expect(lateInterest(10_000, 0.1015, 0, 40)).toBe(0);
    expect(() => lateInterest(10_000, 12, 45)).toThrow(/annual_rate/);
  });
});

describe("payment plans", () => {
  const jan31 = serialFromYmd(2025, 1, 31);
  it("1,000.00 in 3 without interest → 333.33, 333.33, 333.34 on EDATE dates", () => {
    const plan = paymentPlan({ balance: 1000, installments: 3, firstDueDate: jan31 });
    expect(plan.map((r) => r.payment)).toEqual([333.33, 333.33, 333.34]);
    expect(plan.map((r) => isoFromSerial(r.dueDate))).toEqual(["2025-01-31", "2025-02-28", "2025-03-31"]);
    expect(plan[2].remaining).toBe(0);
  });
  it("10,000 at 12 % over 12 months → 888.49 a month, balance ends at 0", () => {
    expect(levelPayment(10_000, 0.01, 12).toFixed(4)).toBe("888.4879");
    const plan = paymentPlan({ balance: 10_000, installments: 12, firstDueDate: jan31, annualRate: 0.12 });
    expect(plan.slice(0, 11).every((r) => r.payment === 888.49)).toBe(true);
    expect(plan[0].interest).toBe(100);
    expect(plan[11].remaining).toBe(0);
    expect(sumCents(plan.map((r) => r.principal))).toBe(1_000_000);
  });
  it("puts a down payment first and the installments one period after", () => {
    const plan = paymentPlan({ balance: 1000, installments: 2, firstDueDate: jan31, downPayment: 200 });
    expect(plan.map((r) => [r.number, isoFromSerial(r.dueDate), r.payment, r.remaining])).toEqual([
      [0, "2025-01-31", 200, 800],
      [1, "2025-02-28", 400, 400],
      [2, "2025-03-31", 400, 0],
    ]);
  });
  it("supports periods in days", () => {
    const plan = paymentPlan({ balance: 90, installments: 3, firstDueDate: 45000, periodDays: 14 });
    expect(plan.map((r) => r.dueDate)).toEqual([45000, 45014, 45028]);
  });
  it("rejects bad terms naming the argument", () => {
    expect(() => paymentPlan({ balance: 0, installments: 3, firstDueDate: jan31 })).toThrow(/balance/);
    expect(() => paymentPlan({ balance: 10, installments: 2.5, firstDueDate: jan31 })).toThrow(/installments/);
    expect(() => paymentPlan({ balance: 10, installments: 2, firstDueDate: -1 })).toThrow(/first_due_date/);
    expect(() => paymentPlan({ balance: 10, installments: 2, firstDueDate: jan31, downPayment: 10 })).toThrow(
      /down_payment/,
    );
    expect(() => paymentPlan({ balance: 10, installments: 2, firstDueDate: jan31, annualRate: 5 })).toThrow(
      /annual_rate/,
    );
  });
  it("installments always sum to the balance and end at 0", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e10 }),
        fc.integer({ min: 1, max: 120 }),
        fc.oneof(fc.constant(0), fc.double({ min: 0.0001, max: 0.5, noNaN: true })),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        (cents, n, rate, downShare) => {
          const downPayment = Math.floor(cents * downShare) / 100;
          const terms = { balance: cents / 100, installments: n, firstDueDate: 45000, annualRate: rate, downPayment };
          if (cents - toCents(downPayment) < n) {
            expect(() => paymentPlan(terms)).toThrow(/installments: .* would leave some at 0\.00/);
            return;
          }
          const plan = paymentPlan(terms);
          expect(sumCents(plan.map((r) => r.principal))).toBe(cents);
          expect(plan[plan.length - 1].remaining).toBe(0);
          for (const r of plan) expect(toCents(r.payment)).toBe(toCents(r.interest) + toCents(r.principal));
        },
      ),
    );
  });
  it("acceleration threshold is one fifth of the total (PRC Civil Code art. 634)", () => {
    expect(accelerationThreshold(1000)).toBe(200);
    expect(accelerationThreshold(1000.03)).toBe(200.01);
  });
  it("applies payments to the oldest installment first", () => {
    const plan = paymentPlan({ balance: 1000, installments: 3, firstDueDate: jan31 });
    expect(applyPayments(plan, 500)).toEqual([
      { installment: 1, paid: 333.33, open: 0 },
      { installment: 2, paid: 166.67, open: 166.66 },
      { installment: 3, paid: 0, open: 333.34 },
    ]);
  });
});

describe("re-planning after a missed installment", () => {
  it("spreads the missed amount plus late interest over the remaining installments", () => {
    const plan = paymentPlan({ balance: 1200, installments: 4, firstDueDate: 45000, periodDays: 30 });
    const r = replan(plan, 2, { annualLateRate: 0.1825, missedDaysLate: 10, periodDays: 30 });
    expect(r.missedAmount).toBe(300);
    expect(r.lateInterest).toBe(1.5); // 300 × 18.25 % × 10 / 365
    expect(r.schedule.map((x) => x.number)).toEqual([3, 4]);
    expect(r.schedule.map((x) => x.dueDate)).toEqual([45060, 45090]);
    expect(r.schedule.map((x) => x.payment)).toEqual([450.75, 450.75]);
  });
  it("extends the plan and always sums exactly", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 1e9 }),
        fc.integer({ min: 1, max: 36 }),
        fc.integer({ min: 0, max: 12 }),
        fc.nat(),
        (cents, n, extra, pick) => {
          const plan = paymentPlan({ balance: cents / 100, installments: n, firstDueDate: 45000 });
          const missed = plan[pick % plan.length];
          const r = replan(plan, missed.number, { extraInstallments: extra, annualLateRate: 0.1, missedDaysLate: 20 });
          const expected = toCents(missed.payment) + toCents(r.lateInterest) + toCents(missed.remaining);
          expect(sumCents(r.schedule.map((x) => x.payment))).toBe(expected);
          expect(r.schedule[r.schedule.length - 1].remaining).toBe(0);
        },
      ),
    );
  });
  it("says when the missed installment does not exist", () => {
    const plan = paymentPlan({ balance: 100, installments: 2, firstDueDate: 45000 });
    expect(() => replan(plan, 7)).toThrow(/no installment 7/);
  });
});

describe("no installment of 0.00", () => {
  it("spreads 1.00 over 26 installments without an empty one, and re-plans any of them", () => {
    const plan = paymentPlan({ balance: 1, installments: 26, firstDueDate: 45000 });
    expect(plan.every((r) => r.payment > 0)).toBe(true);
    const r = replan(plan, 26, { annualLateRate: 0.1, missedDaysLate: 20 });
    expect(r.schedule.reduce((s, x) => s + toCents(x.payment), 0)).toBe(
      toCents(plan[25].payment) + toCents(r.lateInterest),
    );
  });
  it("refuses more installments than the balance has cents, naming the argument", () => {
    expect(() => paymentPlan({ balance: 0.05, installments: 26, firstDueDate: 45000 })).toThrow(
      /installments: 26 .* at most 5/,
    );
  });
});

describe("re-planning a few cents", () => {
  it("never spreads them over more installments than they have cents", () => {
    const plan = paymentPlan({ balance: 1.03, installments: 18, firstDueDate: 45000 });
    expect(plan[17].payment).toBe(0.01);
    const r = replan(plan, 18, { extraInstallments: 2 });
    expect(r.schedule.map((x) => x.payment)).toEqual([0.01]);
  });
});
