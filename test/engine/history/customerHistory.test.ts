import { billedCount, openCentsOn, openCentsSeries, peakOpenCents } from "../../../src/engine/history/customerHistory";
import { h } from "./acmeHistory";

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
});
