import fc from "fast-check";
import { groupByCustomer } from "../../../src/engine/analysis/customers";
import type { Invoice } from "../../../src/engine/analysis/types";
import { customerHistories, type CustomerHistory } from "../../../src/engine/history/customerHistory";
import { rowsOpenAt } from "../../../src/engine/history/rowsOpenAt";
import { invoiceOf } from "../invoiceOf";
import { ledgerArb } from "./randomInvoices";

/** The definition: each row billed by t whose open amount at t (paid ≤ t ? open : amount) may not be 0, by customer. */
function openRows(histories: readonly CustomerHistory[], t: number) {
  const c = histories[0].columns;
  const out = { rows: [] as number[], customer: [] as number[], ends: [] as number[] };
  histories.forEach((h, k) => {
    for (let i = h.start; i < h.start + h.invoices.length; i++) {
      if (!(c.billed[i] <= t) || (c.paid[i] <= t && c.open[i] === 0)) continue;
      if (out.customer[out.customer.length - 1] !== k) {
        out.customer.push(k);
        out.ends.push(0);
      }
      out.rows.push(i);
      out.ends[out.ends.length - 1] = out.rows.length;
    }
  });
  return out;
}

/** An invoice of 100 billed on `invoiceDate`, due 30 days later, `paid` of it paid on `paidDate`. */
const invoice = (customer: string, invoiceDate: number, paidDate: number | null, paid: number): Invoice =>
  invoiceOf({
    customer,
    invoiceDate,
    dueDate: invoiceDate + 30,
    amount: 100,
    paidAmount: paid,
    paidDate,
    openAmount: 100 - paid,
  });

describe("the rows open at past month-ends", () => {
  it("are the rows billed by then and not paid in full by then, in history order (property)", () => {
    fc.assert(
      fc.property(
        ledgerArb(false),
        fc.uniqueArray(fc.integer({ min: 980, max: 1500 }), { minLength: 1, maxLength: 6 }),
        (invoices, ends) => {
          if (invoices.length === 0) return;
          const monthEnds = ends.sort((a, b) => a - b);
          const histories = customerHistories(groupByCustomer(invoices));
          expect(rowsOpenAt(histories, monthEnds)).toEqual(monthEnds.map((t) => openRows(histories, t)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("keep a paid invoice until its payment's date, an unpaid or part-paid one from its billing on", () => {
    const invoices = [
      invoice("Acme", 1000, 1040, 100), // paid in full on 1040
      invoice("Acme", 1035, null, 0), // unpaid, billed after the first month-end
      invoice("Beta", 1000, 1010, 40), // part-paid
    ];
    const histories = customerHistories(groupByCustomer(invoices));
    expect(rowsOpenAt(histories, [1030, 1060])).toEqual([
      { rows: [0, 2], customer: [0, 1], ends: [1, 2] },
      { rows: [1, 2], customer: [0, 1], ends: [1, 2] },
    ]);
    expect(rowsOpenAt(histories, [990])).toEqual([{ rows: [], customer: [], ends: [] }]);
  });
});
