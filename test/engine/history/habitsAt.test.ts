import fc from "fast-check";
import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import { groupByCustomer } from "../../../src/engine/analysis/customers";
import { habitOf, readHabits } from "../../../src/engine/analysis/forecast";
import {
  customerHabit,
  disputedCollectionRate,
  habitPoints,
  paymentOffsets,
} from "../../../src/engine/analysis/paymentHabit";
import type { Invoice } from "../../../src/engine/analysis/types";
import { customerHistories } from "../../../src/engine/history/customerHistory";
import { invoicesAt } from "../../../src/engine/history/forecastBacktest";
import { habitsAt } from "../../../src/engine/history/habitsAt";
import { ledgerArb } from "./randomInvoices";

/** The habits by their definition (paymentHabit.ts) over the invoices as given: the reference. */
function expectHabitsOf(invoices: readonly Invoice[], got: ReturnType<typeof habitsAt>, asOf: number): void {
  const groups = groupByCustomer(invoices);
  const portfolio = habitPoints(invoices.flatMap((inv) => paymentOffsets([inv])));
  expect(got.portfolioPoints).toEqual(portfolio);
  expect(got.disputedRate).toBe(disputedCollectionRate(invoices, asOf));
  for (const [customer, list] of groups)
    expect(habitOf(got, customer)).toEqual(customerHabit(paymentOffsets(list), portfolio));
}

describe("payment habits read from the histories", () => {
  it("at the as-of date: every settled invoice, as the forecast's definitions read them", () => {
    fc.assert(
      fc.property(ledgerArb(), fc.integer({ min: 1100, max: 1700 }), (invoices, asOf) => {
        const histories = customerHistories(groupByCustomer(invoices));
        const habits = habitsAt(histories, Infinity, asOf);
        expectHabitsOf(invoices, habits, asOf);
        expectHabitsOf(invoices, readHabits(groupByCustomer(invoices), asOf), asOf);
        // By position in the histories read, as by name.
        if (histories.length > 0) expect(habits.histories).toBe(histories);
        histories.forEach((h, k) => expect(habits.ownAt!(k)).toEqual(habits.own(h.customer)));
      }),
      { numRuns: 150 },
    );
  });

  it("at a past date: only invoices billed and payments made by then (the ledger as it stood, invoicesAt)", () => {
    fc.assert(
      fc.property(ledgerArb(), fc.integer({ min: 1000, max: 1500 }), (invoices, t) => {
        const histories = customerHistories(groupByCustomer(invoices));
        expectHabitsOf(invoicesAt(invoices, t), habitsAt(histories, t, t), t);
      }),
      { numRuns: 150 },
    );
  });

  it("a ledger where nothing is settled yet: the portfolio has no habit, invoices are expected on their due dates", () => {
    const values = [
      ["Customer", "Invoice No", "Invoice Date", "Due Date", "Amount"],
      ...Array.from({ length: 12 }, (_, i) => [`C${i % 3}`, `N${i}`, 45_000 + 10 * i, 45_030 + 10 * i, 100]),
    ];
    const a = analyzeLedger(
      { values, sheet: "S", topLeft: "A1" },
      { asOf: 45_200, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" },
    );
    expect(a.forecast.total).toBe(1200);
    expect(a.forecastCheck.status).toBe("tooShort");
    const none = habitsAt(customerHistories(new Map()), Infinity, 45_100);
    const empty = { own: null, portfolioPoints: [], disputedRate: 0, cache: new Map() };
    expect({ ...none, own: none.own("anyone") }).toEqual(empty);
  });
});
