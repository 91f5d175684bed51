import { behaviourAt } from "../../../src/engine/history/behaviourAt";
import {
  billedCount,
  customerHistory,
  openCentsOn,
  openCentsSeries,
  peakOpenCents,
} from "../../../src/engine/history/customerHistory";
import type { Invoice } from "../../../src/engine/analysis/types";

function inv(over: Partial<Invoice>): Invoice {
  return {
    row: 1,
    customer: "Acme",
    invoiceNumber: "1",
    invoiceDate: 100,
    dueDate: 130,
    dueDateDerived: false,
    amount: 1000,
    paidAmount: 0,
    paidDate: null,
    openAmount: 1000,
    disputed: false,
    currency: null,
    termsDays: null,
    ...over,
  };
}

// Billed out of order on purpose: the history sorts once by billing date.
const h = customerHistory("Acme", [
  inv({
    invoiceNumber: "B",
    invoiceDate: 150,
    dueDate: 180,
    amount: 500,
    paidAmount: 500,
    paidDate: 200,
    openAmount: 0,
  }), // 20 days late
  inv({
    invoiceNumber: "A",
    invoiceDate: 100,
    dueDate: 130,
    amount: 1000,
    paidAmount: 1000,
    paidDate: 130,
    openAmount: 0,
  }), // on time
  inv({
    invoiceNumber: "C",
    invoiceDate: 210,
    dueDate: 240,
    amount: 2000,
    paidAmount: 800,
    paidDate: 260,
    openAmount: 1200,
    disputed: true,
  }),
]);

describe("per-customer views of the ledger at past dates", () => {
  it("sorts by billing date and finds the invoices billed by a date", () => {
    expect(h.invoices.map((i) => i.invoiceNumber)).toEqual(["A", "B", "C"]);
    expect([99, 100, 149, 150, 300].map((t) => billedCount(h, t))).toEqual([0, 1, 1, 2, 3]);
  });

  it("gives the open balance at many dates in one sweep, equal to the balance date by date", () => {
    // 120: A 1,000. 150: A paid on 130, B 500. 170: B 500. 205: B paid → 0. 230: C 2,000. 270: 1,200 after 800.
    const dates = [99, 120, 150, 170, 205, 230, 270];
    expect(openCentsSeries(h, dates)).toEqual([0, 100000, 50000, 50000, 0, 200000, 120000]);
    expect(dates.map((t) => openCentsOn(h, t))).toEqual(openCentsSeries(h, dates));
  });

  it("finds the peak balance in a period and its day", () => {
    expect(peakOpenCents(h, 0, 300)).toEqual({ cents: 200000, date: 210 });
    expect(peakOpenCents(h, 0, 200)).toEqual({ cents: 100000, date: 100 });
    expect(peakOpenCents(h, 265, 300)).toEqual({ cents: 120000, date: 265 }); // nothing moves: the balance at the start
  });

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
});
