import fc from "fast-check";
import { groupByCustomer } from "../../../src/engine/analysis/customers";
import type { Invoice } from "../../../src/engine/analysis/types";
import { serialFromYmd } from "../../../src/engine/core/dates";
import { customerHistories } from "../../../src/engine/history/customerHistory";
import { weeklySeries, weeklySeriesAt } from "../../../src/engine/history/forecastAt";
import {
  actualCollections,
  backtestForecast,
  daysToPayForecast,
  dueDateForecast,
  invoicesAt,
  ourForecast,
} from "../../../src/engine/history/forecastBacktest";
import { detectColumns } from "../../../src/engine/ledger/columns";
import { parseLedger } from "../../../src/engine/ledger/parseLedger";
import { generateLedger } from "../../../src/engine/sample/generateLedger";
import { ledgerArb } from "./randomInvoices";

/** The four weekly series at t by their definitions: the ledger as it stood copied invoice by invoice. */
function reference(invoices: readonly Invoice[], t: number) {
  const past = invoicesAt(invoices, t);
  return {
    actual: actualCollections(invoices, t),
    forecast: { ours: ourForecast(past, t), dueDate: dueDateForecast(past, t), daysToPay: daysToPayForecast(past, t) },
  };
}

describe("the forecast check's weekly series read from the histories' columns", () => {
  it("equal the definitions at any date (property: awkward ledgers)", () => {
    fc.assert(
      fc.property(ledgerArb(), fc.integer({ min: 1000, max: 1500 }), (invoices, t) => {
        if (invoices.length === 0) return;
        expect(weeklySeriesAt(customerHistories(groupByCustomer(invoices)), t)).toEqual(reference(invoices, t));
      }),
      { numRuns: 200 },
    );
  });

  it("equal the definitions at each of several month-ends read together (property: awkward ledgers)", () => {
    const monthEnds = fc
      .uniqueArray(fc.integer({ min: 980, max: 1500 }), { minLength: 1, maxLength: 6 })
      .map((ends) => ends.sort((a, b) => a - b));
    for (const wholeDays of [true, false]) {
      fc.assert(
        fc.property(ledgerArb(wholeDays), monthEnds, (invoices, ends) => {
          if (invoices.length === 0) return;
          const series = weeklySeries(customerHistories(groupByCustomer(invoices)), ends);
          expect(series).toEqual(ends.map((t) => reference(invoices, t)));
        }),
        { numRuns: 150 },
      );
    }
  });

  it("the whole check on a generated ledger equals the invoice-by-invoice one", () => {
    const asOf = serialFromYmd(2025, 6, 30);
    const values = generateLedger({ seed: 3, customers: 80, invoices: 3000, asOf, language: "en" }).values;
    const invoices = parseLedger({ values, sheet: "S", topLeft: "A1" }, detectColumns(values, { dateOrder: "auto" }), {
      asOf,
      dateOrder: "auto",
      defaultTermsDays: 30,
      onlyCurrency: null,
    }).invoices;
    const fromColumns = backtestForecast(invoices, asOf, 6);
    const byInvoice = backtestForecast(invoices, asOf, 6, (past, t) => ourForecast(past, t)); // another function: the copying path
    expect(fromColumns).toEqual(byInvoice);
    expect(backtestForecast(invoices, asOf, 6, undefined, customerHistories(groupByCustomer(invoices)))).toEqual(
      byInvoice,
    );
    expect(fromColumns.detail.every((d) => d.actual.some((x) => x > 0))).toBe(true);
  });
});
