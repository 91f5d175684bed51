import { THRESHOLDS, checkInsurance, daysLateSpread } from "../../../src/engine/analysis/insurance";
import type { CustomerAssessment, Invoice } from "../../../src/engine/analysis/types";

const paid = (amount: number, dueDate: number, paidDate: number): Invoice => ({
  row: 0,
  customer: "A",
  invoiceNumber: "1",
  invoiceDate: dueDate - 30,
  dueDate,
  dueDateDerived: false,
  amount,
  paidAmount: amount,
  paidDate,
  openAmount: 0,
  disputed: false,
  currency: null,
  termsDays: 30,
});
const customer = (shareOfAR: number, paidInvoiceCount = 10, historyDays = 400) =>
  ({ shareOfAR, paidInvoiceCount, historyDays }) as CustomerAssessment;

describe("the trade-credit-insurance check", () => {
  it("days late spread: amount-weighted standard deviation over paid invoices, early counting as 0", () => {
    // 100 paid 10 days late and 300 paid early (0): mean 2.5, variance (100 × 100 + 0) / 400 − 6.25 = 18.75.
    expect(daysLateSpread([paid(100, 1000, 1010), paid(300, 1000, 990)])).toBeCloseTo(Math.sqrt(18.75), 12);
    const open = { ...paid(100, 1000, 1010), paidDate: null, openAmount: 100 };
    expect(daysLateSpread([open])).toBeNull();
  });

  it("concentrated and unproven: advised; spread out and proven: not needed", () => {
    const concentrated = checkInsurance([customer(0.5, 1), customer(0.3), customer(0.2)], [paid(100, 1000, 1000)]);
    const byId = Object.fromEntries(concentrated.criteria.map((c) => [c.id, c]));
    expect(byId.largestCustomerShare.figure).toBe(0.5);
    expect(byId.herfindahl.figure).toBeCloseTo(0.25 + 0.09 + 0.04, 12);
    expect(byId.unprovenLargeExposures.figure).toBe(0.5);
    expect(byId.volatileBehaviour.met).toBe(false);
    expect(concentrated.verdict).toBe("advised");
    const spread = checkInsurance(
      Array.from({ length: 20 }, () => customer(0.05)),
      [paid(100, 1000, 1000)],
    );
    expect(spread.criteria.filter((c) => c.role === "risk" && c.met)).toEqual([]);
    expect(spread.verdict).toBe("notNeeded");
    expect(THRESHOLDS.largestCustomerShare).toBe(0.2);
  });

  it("reads the customers with nothing open as shares of 0: concentration from the others, all 0 when none owes", () => {
    const some = [customer(0), customer(0.6), customer(0), customer(0.3), customer(0.1), customer(0)];
    const byId = (cs: CustomerAssessment[]) =>
      Object.fromEntries(checkInsurance(cs, [paid(100, 1000, 1000)]).criteria.map((c) => [c.id, c.figure]));
    expect(byId(some).largestCustomerShare).toBe(0.6);
    expect(byId(some).topFiveShare).toBe(0.6 + 0.3 + 0.1);
    expect(byId(some).herfindahl).toBe(0.6 * 0.6 + 0.3 * 0.3 + 0.1 * 0.1);
    const none = byId([customer(0), customer(0)]);
    expect([none.largestCustomerShare, none.topFiveShare, none.herfindahl]).toEqual([0, 0, 0]);
  });
});
