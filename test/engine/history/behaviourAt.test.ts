import fc from "fast-check";
import { groupByCustomer } from "../../../src/engine/analysis/customers";
import { behaviourAt, behaviourInto, blankBehaviour } from "../../../src/engine/history/behaviourAt";
import { customerHistories } from "../../../src/engine/history/customerHistory";
import { ledgerArb } from "./randomInvoices";
import { h } from "./acmeHistory";

describe("a customer's behaviour at a past date", () => {
  it("knows at a past date only what was known then", () => {
    // At 190: A settled on time, B billed and 10 days past due (not yet paid), C not billed.
    const b = behaviourAt(h, 190);
    expect([b.paidCount, b.paidLateCount, b.weightedDaysLate, b.openCents, b.overdueCents, b.overdueDays]).toEqual([
      1, 0, 0, 50000, 50000, 10,
    ]);
    // At 300: A on time (1,000), B 20 days late (500): (500 × 20) / 1,500 = 6.667; C part paid, 60 days past due, disputed.
    const c = behaviourAt(h, 300);
    expect(c.paidCount).toBe(2);
    expect(c.weightedDaysLate).toBeCloseTo(20 / 3, 12);
    expect(c.lateShare).toBe(0.5);
    expect([c.openCents, c.disputedCents, c.over60Cents]).toEqual([120000, 120000, 0]);
    expect(c.historyDays).toBe(200);
    // Trend at 300: recent (paid after 210) — none; earlier A and B → no trend.
    expect(c.trend).toBeNull();
  });

  it("written into one object customer after customer, the same figures in the same order as a new one each", () => {
    const blank = blankBehaviour();
    expect(Object.keys(blank)).toEqual(Object.keys(behaviourAt(h, 300)));
    fc.assert(
      fc.property(ledgerArb(false), fc.integer({ min: 1000, max: 1700 }), fc.boolean(), (invoices, t, asRead) => {
        const into = blankBehaviour();
        for (const c of customerHistories(groupByCustomer(invoices))) {
          expect(behaviourInto(into, c, t, asRead)).toBe(into);
          expect(into).toStrictEqual(behaviourAt(c, t, asRead));
        }
      }),
      { numRuns: 60 },
    );
  });
});
