/**
 * The month-end replay (replay.ts) gives behaviourAt's figures to the last bit at every month-end of an ascending
 * series, and the prior read through it is priorAt's — on ledgers with credit notes, part payments, undated
 * payments, payments before billing and fractional dates (randomInvoices.ts).
 */
import fc from "fast-check";
import { groupByCustomer } from "../../../src/engine/analysis/customers";
import type { Invoice } from "../../../src/engine/analysis/types";
import { behaviourAt } from "../../../src/engine/history/behaviourAt";
import { customerHistories, customerHistory } from "../../../src/engine/history/customerHistory";
import { priorAt, priorAtReplayed } from "../../../src/engine/history/priorAt";
import { MIN_REPLAY_INVOICES, MonthEndReplay } from "../../../src/engine/history/replay";
import { ledgerArb } from "./randomInvoices";

const manyCustomers = (invoices: Invoice[]) =>
  invoices.map((inv, i) => ({ ...inv, customer: `${inv.customer}${i % 4}` }));
/** Dates around the random ledgers' span (1000 … 1400 billed, paid up to about 1700), ascending, with repeats. */
const datesArb = fc.array(fc.integer({ min: 900, max: 1800 }), { minLength: 1, maxLength: 14 }).map((d) => d.sort());

describe("the month-end replay", () => {
  it("gives behaviourAt's figures at each date of an ascending series (every customer replayed)", () => {
    fc.assert(
      fc.property(ledgerArb(false, 120), datesArb, (invoices, dates) => {
        const histories = customerHistories(groupByCustomer(invoices));
        const replay = new MonthEndReplay(histories, 0);
        for (const t of dates)
          histories.forEach((h, ci) => expect(replay.behaviourAt(ci, t)).toEqual(behaviourAt(h, t)));
      }),
      { numRuns: 300 },
    );
  });

  it("starts a customer again when a date goes back, with the same figures", () => {
    fc.assert(
      fc.property(ledgerArb(true, 80), datesArb, datesArb, (invoices, first, second) => {
        const histories = customerHistories(groupByCustomer(invoices));
        const replay = new MonthEndReplay(histories, 0);
        for (const t of [...first, ...second])
          histories.forEach((h, ci) => expect(replay.behaviourAt(ci, t)).toEqual(behaviourAt(h, t)));
      }),
      { numRuns: 100 },
    );
  });

  it("reads the prior priorAt reads, customers replayed or not", () => {
    fc.assert(
      fc.property(ledgerArb(false, 120).map(manyCustomers), datesArb, fc.integer({ min: 0, max: 10 }), (l, d, min) => {
        const histories = customerHistories(groupByCustomer(l));
        const replay = new MonthEndReplay(histories, min);
        for (const t of d) expect(priorAtReplayed(replay, t)).toEqual(priorAt(histories, t));
      }),
      { numRuns: 300 },
    );
  });

  it("replays only customers with at least MIN_REPLAY_INVOICES invoices by default", () => {
    const invoice = (row: number): Invoice => ({
      row,
      customer: "Acme",
      invoiceNumber: `N${row}`,
      invoiceDate: 1000 + row,
      dueDate: 1030 + row,
      dueDateDerived: false,
      amount: 100,
      paidAmount: 100,
      paidDate: 1040 + row,
      openAmount: 0,
      disputed: false,
      currency: null,
      termsDays: null,
    });
    const few = customerHistory("Few", [invoice(0), invoice(1)]);
    const many = customerHistory(
      "Many",
      Array.from({ length: MIN_REPLAY_INVOICES }, (_, i) => invoice(i)),
    );
    const replay = new MonthEndReplay([few, many]);
    expect(replay.keeps(0)).toBe(false);
    expect(replay.keeps(1)).toBe(true);
    // Paid 1040 … 1055, all by 1100: 16 settled, 10 days late each, the last 90 days' window from 1010 on.
    const b = replay.behaviourAt(1, 1100);
    expect(b.paidCount).toBe(MIN_REPLAY_INVOICES);
    expect(b.weightedDaysLate).toBe(10);
    expect(b.recentDaysLate).toBe(10);
    expect(b).toEqual(behaviourAt(many, 1100));
    // 90 days on, only the payments after 1190 − 90 = 1100 are recent: none.
    expect(replay.behaviourAt(1, 1190).recentDaysLate).toBeNull();
    expect(replay.behaviourAt(1, 1190)).toEqual(behaviourAt(many, 1190));
  });
});
