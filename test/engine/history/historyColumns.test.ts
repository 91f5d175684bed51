import fc from "fast-check";
import { isSettled } from "../../../src/engine/analysis/portfolio";
import { groupByCustomer } from "../../../src/engine/analysis/customers";
import { toCents } from "../../../src/engine/model/money";
import { customerHistories, customerHistory, settledBy } from "../../../src/engine/history/customerHistory";
import { DISPUTED, PAYS_IN_FULL, POSITIVE, SETTLED } from "../../../src/engine/history/historyColumns";
import { DISPUTED_ITEM } from "../../../src/engine/analysis/forecastSpread";
import { billedOn } from "../../../src/engine/history/pointInTime";
import { ledgerArb } from "./randomInvoices";
import { invoiceOf } from "../invoiceOf";

const inv = invoiceOf;

describe("the history columns: each invoice as numbers", () => {
  it("cents, missing dates as NaN, ln(1 + days late), and the flags", () => {
    const h = customerHistory("Acme", [
      inv({ amount: 12.345, paidAmount: 12.35, paidDate: 140, openAmount: 0, disputed: true }), // settled 10 days late
      inv({
        invoiceDate: null,
        dueDate: 150,
        termsDays: 30,
        amount: 0.004,
        paidAmount: 0.004,
        paidDate: 150,
        openAmount: 0,
      }), // under a cent
      inv({ invoiceDate: 110, amount: -50, openAmount: -50 }), // credit note
    ]);
    const c = h.columns;
    // By billing date: 100, the credit note of 110, then the invoice without a date (due 150 − 30 days of terms = 120).
    expect(h.invoices.map((i) => i.amount)).toEqual([12.345, -50, 0.004]);
    expect(c.billed).toEqual([100, 110, 120]);
    expect(c.invoiceDate).toEqual([100, 110, NaN]);
    expect(c.paid).toEqual([140, NaN, 150]);
    expect([c.amount, c.paidAmount, c.open]).toEqual([
      [1235, -5000, 0],
      [1235, 0, 0],
      [0, -5000, 0],
    ]);
    expect(c.lnLate).toEqual([Math.log1p(10), 0, 0]);
    expect(c.flags).toEqual([DISPUTED | PAYS_IN_FULL | SETTLED | POSITIVE, 0, PAYS_IN_FULL | SETTLED | POSITIVE]);
    expect(DISPUTED).toBe(DISPUTED_ITEM); // the forecast reads the history's flags as its items' flags
  });

  it("keep every figure the invoice gives (property: any invoices, in history order)", () => {
    fc.assert(
      fc.property(ledgerArb(false), (invoices) => {
        for (const h of customerHistories(groupByCustomer(invoices))) {
          const c = h.columns;
          h.invoices.forEach((v, j) => {
            const i = h.start + j;
            expect([c.billed[i], c.due[i], c.amount[i], c.paidAmount[i], c.open[i]]).toEqual([
              billedOn(v),
              v.dueDate,
              toCents(v.amount),
              toCents(v.paidAmount),
              toCents(v.openAmount),
            ]);
            expect(c.invoiceDate[i]).toBe(v.invoiceDate ?? NaN);
            expect(c.paid[i]).toBe(v.paidDate ?? NaN);
            expect(c.lnLate[i]).toBe(v.paidDate === null ? 0 : Math.log1p(Math.max(0, v.paidDate - v.dueDate)));
            expect((c.flags[i] & DISPUTED) !== 0).toBe(v.disputed);
            expect((c.flags[i] & POSITIVE) !== 0).toBe(v.amount > 0);
            expect((c.flags[i] & SETTLED) !== 0).toBe(isSettled(v));
            expect((c.flags[i] & PAYS_IN_FULL) !== 0).toBe(v.paidDate !== null && settledBy(v, v.paidDate));
          });
        }
      }),
      { numRuns: 150 },
    );
  });
});
