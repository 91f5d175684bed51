import fc from "fast-check";
import { groupByCustomer, SALES_HISTORY_DAYS } from "../../../src/engine/analysis/customers";
import { daysBeyondTerms } from "../../../src/engine/analysis/paydex";
import { agingDate } from "../../../src/engine/analysis/portfolio";
import { bucketIndex } from "../../../src/engine/core/aging";
import { toCents } from "../../../src/engine/model/money";
import {
  daysBeyondTermsOf,
  openBuckets,
  openBucketsInto,
  salesCentsOf,
} from "../../../src/engine/history/customerFigures";
import { customerHistories } from "../../../src/engine/history/customerHistory";
import { ledgerArb } from "./randomInvoices";

describe("a customer's figures read from its history's columns equal the invoice-by-invoice ones", () => {
  it("open buckets (due or invoice date), days beyond terms, monthly sales", () => {
    fc.assert(
      fc.property(
        ledgerArb(false),
        fc.integer({ min: 1000, max: 1700 }),
        fc.constantFrom("due" as const, "invoice" as const),
        (invoices, asOf, basis) => {
          const edges = basis === "due" ? [0, 30, 60, 90] : [30, 60, 90];
          for (const h of customerHistories(groupByCustomer(invoices))) {
            const cents = new Array<number>(edges.length + 1).fill(0);
            for (const inv of h.invoices)
              cents[bucketIndex(asOf - agingDate(inv, basis), edges)] += toCents(inv.openAmount);
            const openCount = h.invoices.filter((inv) => toCents(inv.openAmount) !== 0).length;
            expect(openBuckets(h, asOf, basis, edges)).toEqual({ cents, openCount });
            const reused = [7, 7, 7, 7, 7, 7]; // written over: the first edges.length + 1, the rest left
            expect(openBucketsInto(reused, h, asOf, basis, edges)).toBe(openCount);
            expect(reused.slice(0, edges.length + 1)).toEqual(cents);
            expect(daysBeyondTermsOf(h)).toBe(daysBeyondTerms(h.invoices));
            const sales = h.invoices.filter(
              (inv) =>
                (inv.invoiceDate ?? inv.dueDate) > asOf - SALES_HISTORY_DAYS &&
                (inv.invoiceDate ?? inv.dueDate) <= asOf &&
                inv.amount > 0,
            );
            expect(salesCentsOf(h, asOf, SALES_HISTORY_DAYS)).toBe(
              sales.reduce((s, inv) => s + toCents(inv.amount), 0),
            );
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
