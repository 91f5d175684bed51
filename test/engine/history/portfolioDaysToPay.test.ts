import fc from "fast-check";
import { groupByCustomer } from "../../../src/engine/analysis/customers";
import { paymentBehaviour } from "../../../src/engine/analysis/portfolio";
import type { Invoice } from "../../../src/engine/analysis/types";
import { customerHistories } from "../../../src/engine/history/customerHistory";
import { invoicesAt } from "../../../src/engine/history/forecastBacktest";
import { daysToPaySumsByMonthEnd, portfolioDaysToPayAt } from "../../../src/engine/history/portfolioDaysToPay";
import { invoiceOf, paidOn } from "../invoiceOf";
import { ledgerArb } from "./randomInvoices";

/** The definition: the portfolio's days to pay over the ledger as it stood at t, in whole days. */
const definition = (invoices: readonly Invoice[], t: number) =>
  Math.round(paymentBehaviour(invoicesAt(invoices, t)).weightedDaysToPay ?? 0);

const monthEndsArb = fc
  .uniqueArray(fc.integer({ min: 980, max: 1500 }), { minLength: 1, maxLength: 6 })
  .map((ends) => ends.sort((a, b) => a - b));

/** An invoice billed on `invoiceDate`, due 30 days later, paid in full on `paidDate`. */
const settled = (customer: string, invoiceDate: number, paidDate: number, amount: number): Invoice =>
  invoiceOf({ customer, invoiceDate, dueDate: invoiceDate + 30, amount, ...paidOn(amount, paidDate) });

describe("the portfolio's days to pay at past month-ends", () => {
  it("equal the definition at every month-end, whole days or not (property: awkward ledgers)", () => {
    for (const wholeDays of [true, false]) {
      fc.assert(
        fc.property(ledgerArb(wholeDays), monthEndsArb, (invoices, monthEnds) => {
          if (invoices.length === 0) return;
          const histories = customerHistories(groupByCustomer(invoices));
          expect(portfolioDaysToPayAt(histories, monthEnds)).toEqual(monthEnds.map((t) => definition(invoices, t)));
        }),
        { numRuns: 150 },
      );
    }
  });

  it("count an invoice from the first month-end by which it was both billed and paid", () => {
    const invoices = [settled("Acme", 1000, 1010, 100), settled("Beta", 1040, 1035, 300)];
    const histories = customerHistories(groupByCustomer(invoices));
    // 1010, the day Acme paid: its 10 days; 1050: Beta's −5 days joins (billed 1040, paid before it):
    // (100 × 10 − 300 × 5) / 400.
    expect(daysToPaySumsByMonthEnd(histories, [1005, 1010, 1050])).toEqual({
      cents: [0, 10_000, 30_000],
      dayCents: [0, 100_000, -150_000],
    });
    expect(portfolioDaysToPayAt(histories, [1005, 1010, 1050])).toEqual([0, 10, -1]);
    expect(portfolioDaysToPayAt(histories, [1039, 1040])).toEqual([10, -1]); // Beta known on its billing date
  });

  it("sum in history order at each month-end where the sums would not be exact in another order", () => {
    // A cent paid 9.5 days after a noon invoice: a fraction of a cent-day.
    const noon = [settled("Acme", 1000.5, 1010, 0.01), settled("Beta", 1002, 1013, 300)];
    expect(daysToPaySumsByMonthEnd(customerHistories(groupByCustomer(noon)), [1020])).toBeNull();
    expect(portfolioDaysToPayAt(customerHistories(groupByCustomer(noon)), [1020])).toEqual([definition(noon, 1020)]);
    // 10¹² cents × 10,000 days: past 2^53, where an order of its own may round differently.
    const large = [settled("Acme", 1000, 11_000, 1e10), settled("Beta", 1000, 1001, 0.07)];
    const histories = customerHistories(groupByCustomer(large));
    expect(daysToPaySumsByMonthEnd(histories, [12_000])).toBeNull();
    expect(portfolioDaysToPayAt(histories, [12_000])).toEqual([definition(large, 12_000)]);
  });
});
