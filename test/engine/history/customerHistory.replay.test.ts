/**
 * The customers' histories read from columns give what the definitions give invoice by invoice: the billing-date
 * order, the peak balance, and the behaviour at a past date (references written plainly over the invoices).
 */
import fc from "fast-check";
import type { Invoice } from "../../../src/engine/analysis/types";
import { groupByCustomer } from "../../../src/engine/analysis/customers";
import { toCents } from "../../../src/engine/model/money";
import { behaviourAt, RECENT_DAYS } from "../../../src/engine/history/behaviourAt";
import {
  customerHistories,
  customerHistory,
  peakOpenCents,
  settledBy,
  type CustomerHistory,
} from "../../../src/engine/history/customerHistory";
import { billedOn, openCentsAt } from "../../../src/engine/history/pointInTime";
import { ledgerArb } from "./randomInvoices";

/** Highest balance at the end of a day in (from, to] and its first day, from the events sorted by date. */
function peakReference(invoices: readonly Invoice[], from: number, to: number): { cents: number; date: number } {
  const events: { date: number; cents: number }[] = [];
  for (const inv of invoices) {
    events.push({ date: billedOn(inv), cents: toCents(inv.amount) });
    if (inv.paidDate !== null && inv.paidAmount !== 0)
      events.push({ date: Math.max(inv.paidDate, billedOn(inv)), cents: -toCents(inv.paidAmount) });
  }
  events.sort((a, b) => a.date - b.date);
  let balance = 0;
  let k = 0;
  while (k < events.length && events[k].date <= from) balance += events[k++].cents;
  let peak = { cents: balance, date: from };
  while (k < events.length && events[k].date <= to) {
    const date = events[k].date;
    while (k < events.length && events[k].date === date) balance += events[k++].cents;
    if (balance > peak.cents) peak = { cents: balance, date };
  }
  return peak;
}

/** The behaviour at t over the invoices billed by then, invoice by invoice (behaviourAt.ts's definitions). */
function behaviourReference(h: CustomerHistory, t: number, openOf: (inv: Invoice) => number, n: number) {
  let [
    paid,
    late,
    lateCents,
    w,
    s,
    l1,
    l2,
    wPay,
    sPay,
    wRecent,
    sRecent,
    open,
    overdue,
    over60,
    over90,
    disputed,
    overdueDays,
  ] = Array<number>(17).fill(0);
  for (const inv of h.invoices.slice(0, n)) {
    const o = openOf(inv);
    open += o;
    if (o !== 0) {
      const pastDue = t - inv.dueDate;
      if (pastDue > 0) {
        overdue += o;
        overdueDays += o * pastDue;
      }
      if (pastDue > 60) over60 += o;
      if (pastDue > 90) over90 += o;
      if (inv.disputed) disputed += o;
    }
    if (!settledBy(inv, t)) continue;
    const cents = toCents(inv.amount);
    const d = Math.max(0, (inv.paidDate as number) - inv.dueDate);
    paid++;
    if (d > 0) {
      late++;
      lateCents += cents;
    }
    w += cents;
    s += cents * d;
    l1 += cents * Math.log1p(d);
    l2 += cents * Math.log1p(d) * Math.log1p(d);
    if (inv.invoiceDate !== null) {
      wPay += cents;
      sPay += cents * ((inv.paidDate as number) - inv.invoiceDate);
    }
    if ((inv.paidDate as number) > t - RECENT_DAYS) {
      wRecent += cents;
      sRecent += cents * d;
    }
  }
  const recent = wRecent > 0 ? sRecent / wRecent : null;
  const earlier = w - wRecent > 0 ? (s - sRecent) / (w - wRecent) : null;
  return {
    paidCount: paid,
    paidLateCount: late,
    paidLateCents: lateCents,
    weightedDaysLate: w > 0 ? s / w : null,
    weightedDaysToPay: wPay > 0 ? sPay / wPay : null,
    lateShare: paid > 0 ? late / paid : null,
    recentDaysLate: recent,
    earlierDaysLate: earlier,
    trend: recent !== null && earlier !== null ? recent - earlier : null,
    openCents: open,
    overdueCents: overdue,
    over60Cents: over60,
    over90Cents: over90,
    disputedCents: disputed,
    overdueDays: open > 0 ? Math.max(0, overdueDays) / open : 0,
    historyDays: n > 0 ? Math.max(0, t - h.billed[0]) : 0,
    settledCents: w,
    lateDayCents: s,
    logLateCents: l1,
    logLateSqCents: l2,
  };
}

describe("histories read from columns equal the invoice-by-invoice definitions", () => {
  it("each customer's invoices by billing date, ties in ledger order (whole and fractional dates)", () => {
    fc.assert(
      fc.property(fc.boolean(), fc.integer(), (whole, seed) => {
        const invoices = fc.sample(ledgerArb(whole, 120), { seed, numRuns: 1 })[0];
        const groups = groupByCustomer(invoices);
        const histories = customerHistories(groups);
        expect(histories.map((h) => h.customer)).toEqual([...groups.keys()]);
        histories.forEach((h) => {
          const expected = [...groups.get(h.customer)!].sort((a, b) => billedOn(a) - billedOn(b) || a.row - b.row);
          expect(h.invoices).toEqual(expected);
          expect(h.billed).toEqual(expected.map(billedOn));
          expect(customerHistory(h.customer, groups.get(h.customer)!).invoices).toEqual(expected);
        });
      }),
      { numRuns: 120 },
    );
  });

  it("the peak balance in a period (whole days walked day by day; fractional dates and long periods sorted)", () => {
    fc.assert(
      fc.property(
        ledgerArb(false),
        fc.integer({ min: 900, max: 1500 }),
        fc.constantFrom(0, 1, 30, 365, 5000),
        fc.constantFrom(0, 0.5),
        (invoices, from, days, half) => {
          for (const h of customerHistories(groupByCustomer(invoices))) {
            expect(peakOpenCents(h, from + half, from + half + days)).toEqual(
              peakReference(h.invoices, from + half, from + half + days),
            );
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("the peak balance of customers with few events in a long period (only the days with an event walked)", () => {
    const periods = fc.constantFrom(100, 365, 1000);
    fc.assert(
      fc.property(ledgerArb(true, 12), fc.integer({ min: 900, max: 1500 }), periods, (invoices, from, days) => {
        for (const h of customerHistories(groupByCustomer(invoices))) {
          expect(peakOpenCents(h, from, from + days)).toEqual(peakReference(h.invoices, from, from + days));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("the behaviour at a past date, and at the as-of date with the ledger's own open amounts", () => {
    fc.assert(
      fc.property(ledgerArb(false), fc.integer({ min: 950, max: 1700 }), fc.nat(), (invoices, random, pick) => {
        // Often a date the ledger holds (a payment, a due date, a billing date), where "by t" and "after t" part.
        const dates = invoices.flatMap((inv) => [
          inv.paidDate ?? random,
          inv.dueDate,
          billedOn(inv),
          inv.dueDate + 61,
          inv.dueDate + 91,
        ]);
        const t = dates.length > 0 && pick % 3 !== 0 ? dates[pick % dates.length] : random;
        for (const h of customerHistories(groupByCustomer(invoices))) {
          const billed = h.billed.filter((b) => b <= t).length;
          expect(behaviourAt(h, t)).toEqual(behaviourReference(h, t, (inv) => openCentsAt(inv, t), billed));
          expect(behaviourAt(h, t, true, h.invoices.length)).toEqual(
            behaviourReference(h, t, (inv) => toCents(inv.openAmount), h.invoices.length),
          );
        }
      }),
      { numRuns: 150 },
    );
  });
});
