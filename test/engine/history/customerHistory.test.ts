import {
  billedCount,
  customerHistory,
  openCentsOn,
  openCentsSeries,
  peakOpenCents,
} from "../../../src/engine/history/customerHistory";
import type { Invoice } from "../../../src/engine/analysis/types";
import { h } from "./acmeHistory";
import { invoiceOf, paidOn } from "../invoiceOf";

/** The peak day by day: the highest balance at a day's end in (from, to], the balance at `from` when none is higher. */
function peakByHand(from: number, to: number, history = h): { cents: number; date: number } {
  let peak = { cents: openCentsOn(history, from), date: from };
  for (let t = from + 1; t <= to; t++)
    if (openCentsOn(history, t) > peak.cents) peak = { cents: openCentsOn(history, t), date: t };
  return peak;
}

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

  it("finds the same peak when a customer's event days come out of order (a payment after a later bill)", () => {
    const bill = (invoiceNumber: string, invoiceDate: number, amount: number, paidDate: number | null): Invoice =>
      invoiceOf({
        customer: "Beta",
        invoiceNumber,
        invoiceDate,
        dueDate: invoiceDate + 30,
        amount,
        ...paidOn(amount, paidDate),
      });

    // Days with an event, row by row: 10, 400 (the first bill's payment), 50, 90, 60: few for a year's window.
    const beta = customerHistory("Beta", [bill("X", 10, 700, 400), bill("Y", 50, 300, 90), bill("Z", 60, 250, null)]);
    for (const [from, to] of [
      [0, 365],
      [0, 1000],
      [55, 420],
      [95, 399],
    ])
      expect(peakOpenCents(beta, from, to)).toEqual(peakByHand(from, to, beta));
    expect(peakOpenCents(h, 0, 300)).toEqual(peakByHand(0, 300));
  });
});
