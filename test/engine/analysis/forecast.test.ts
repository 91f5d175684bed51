import { groupByCustomer } from "../../../src/engine/analysis/customers";
import {
  collectionProbability,
  customerColumns,
  forecastCollections,
  readHistoryHabits,
  weekOf,
} from "../../../src/engine/analysis/forecast";
import { customerHistories } from "../../../src/engine/history/customerHistory";
import { detectColumns } from "../../../src/engine/ledger/columns";
import { parseLedger } from "../../../src/engine/ledger/parseLedger";
import { generateLedger } from "../../../src/engine/sample/generateLedger";

describe("collection forecast", () => {
  test("probability by days past due and week numbers", () => {
    expect([0, 90, 91, 180, 181, 365, 366].map(collectionProbability)).toEqual([1, 1, 0.75, 0.75, 0.5, 0.5, 0.25]);
    expect([100, 101, 107, 108, 191, 192].map((x) => weekOf(x, 100))).toEqual([1, 1, 1, 2, 13, 14]);
  });
});

describe("the forecast over the customers' histories", () => {
  it("finds each customer's habit by its position in the histories its habits were read from, as by its name", () => {
    const byCustomer = groupByCustomer(generatedInvoices(5, 40, 600, "en"));
    const histories = customerHistories(byCustomer);
    const byPosition = forecastCollections(byCustomer, new Map(), null, 45_838, {
      habits: readHistoryHabits(histories, 45_838),
      histories,
    });
    // Histories that are not the ones the habits were read from: found by name.
    const byName = forecastCollections(byCustomer, new Map(), null, 45_838, {
      habits: readHistoryHabits(histories, 45_838),
      histories: [...histories],
    });
    expect(byPosition).toEqual(byName);
    expect(byPosition.total).toBeGreaterThan(0);
  });
});

describe("the forecast over the customers' invoices as columns (customerColumns)", () => {
  const byCustomer = groupByCustomer(generatedInvoices(8, 60, 900, "zh"));
  const habits = readHistoryHabits(customerHistories(byCustomer), 45_838);
  const largest = [...byCustomer.keys()].slice(0, 3);
  const stresses = [
    {},
    { extraDaysLate: 30 },
    { silentCustomers: new Set(largest) },
    { collectUpToDaysPastDue: 60, weeks: 26 },
  ];

  it.each(stresses)("equals the forecast from the invoices, to the cent, under %p", (stress) => {
    const columns = customerColumns(byCustomer);
    const fromColumns = forecastCollections(byCustomer, new Map(), null, 45_838, { habits, columns, ...stress });
    expect(fromColumns).toEqual(forecastCollections(byCustomer, new Map(), null, 45_838, { habits, ...stress }));
    expect(fromColumns.total).toBeGreaterThan(0);
  });

  it("holds each customer's invoices in the map's order, its open amounts in cents", () => {
    const { customers, starts, items } = customerColumns(byCustomer);
    expect(customers).toEqual([...byCustomer.keys()]);
    expect(starts).toHaveLength(customers.length + 1);
    const k = customers.length - 1;
    const last = byCustomer.get(customers[k])!;
    expect(starts[k + 1] - starts[k]).toBe(last.length);
    expect(items.open[starts[k]]).toBe(Math.round(last[0].openAmount * 100));
    expect(items.due[starts[k + 1] - 1]).toBe(last[last.length - 1].dueDate);
  });
});

/** The invoices of a generated ledger as of 45,838 (30 June 2025), read as the analysis reads them. */
function generatedInvoices(seed: number, customers: number, invoices: number, language: "en" | "zh") {
  const ledger = generateLedger({ seed, customers, invoices, asOf: 45_838, language });
  return parseLedger(
    { values: ledger.values, sheet: "Ledger", topLeft: "A1" },
    detectColumns(ledger.values, { dateOrder: "auto" }),
    { asOf: 45_838, dateOrder: "auto", defaultTermsDays: 30, onlyCurrency: null },
  ).invoices;
}
