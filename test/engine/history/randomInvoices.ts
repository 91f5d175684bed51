/**
 * Invoices for property tests of the history layer: few customers, dates in a short span (ties), the awkward cases a
 * ledger holds — credit notes, part payments, payments without a date, paid before billed, amounts under a cent,
 * whole and fractional dates, open amounts that are not amount − paid.
 */
import fc from "fast-check";
import type { Invoice } from "../../../src/engine/analysis/types";

const customers = ["Acme", "Beta", "Gamma", "Delta"];

export const invoiceArb = (wholeDays = true): fc.Arbitrary<Invoice> =>
  fc
    .record({
      customer: fc.constantFrom(...customers),
      invoiceDate: fc.option(fc.integer({ min: 1000, max: 1400 }), { nil: null, freq: 8 }),
      terms: fc.constantFrom(0, 15, 30, 60),
      termsDays: fc.option(fc.constantFrom(10, 30), { nil: null }),
      half: wholeDays ? fc.constant(0) : fc.constantFrom(0, 0, 0.5),
      amount: fc.oneof(
        fc.integer({ min: -50_000, max: 500_000 }).map((c) => c / 100),
        fc.constantFrom(0, 0.004, 0.005, 1e9),
      ),
      paid: fc.constantFrom("full", "part", "none", "undated", "before"),
      late: fc.integer({ min: -20, max: 200 }),
      disputed: fc.boolean(),
      openDrift: fc.constantFrom(0, 0, 0, 0.01),
    })
    .map((r): Invoice => {
      const billed = r.invoiceDate ?? 1200;
      const dueDate = billed + r.terms + r.half;
      const paidAmount =
        r.paid === "full" || r.paid === "before"
          ? r.amount
          : r.paid === "part" || r.paid === "undated"
            ? Math.round(r.amount * 50) / 100
            : 0;
      const paidDate =
        r.paid === "none" || r.paid === "undated" ? null : r.paid === "before" ? billed - 5 : dueDate + r.late;
      return {
        row: 0,
        customer: r.customer,
        invoiceNumber: `N${billed}`,
        invoiceDate: r.invoiceDate === null ? null : r.invoiceDate + r.half,
        dueDate,
        dueDateDerived: false,
        amount: r.amount,
        paidAmount,
        paidDate,
        openAmount: Math.round((r.amount - paidAmount) * 100) / 100 + r.openDrift,
        disputed: r.disputed,
        currency: null,
        termsDays: r.invoiceDate === null ? r.termsDays : null,
      };
    });

/** A ledger of such invoices, rows numbered in order. */
export const ledgerArb = (wholeDays = true, maxLength = 60): fc.Arbitrary<Invoice[]> =>
  fc.array(invoiceArb(wholeDays), { minLength: 0, maxLength }).map((list) => list.map((inv, row) => ({ ...inv, row })));
