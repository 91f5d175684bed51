/* The desk's groups put together as the invoices arrive: the same as the desk's own grouping, in its order. */
import { deskGroups } from "../../../src/engine/collections/desk";
import { serialFromYmd } from "../../../src/engine/core/dates";
import type { Invoice } from "../../../src/engine/model/types";
import { generateLedger } from "../../../src/engine/sample/generateLedger";
import { invoicesRead } from "./invoicesRead";
import { CustomerGroups } from "../../../src/taskpane/analysis/customerGroups";
import { invoiceColumns, invoicesFromColumns } from "../../../src/taskpane/analysis/invoiceColumns";
import { exportFiles } from "../../engine/ledger/exportFiles";

const AS_OF = serialFromYmd(2025, 6, 30);

/** The groups both ways, as ordered lists of entries. */
function bothWays(invoices: readonly Invoice[], groups: CustomerGroups) {
  const ours = groups.deskGroups();
  const desk = deskGroups(invoices);
  return {
    ours: { byCustomer: [...ours.byCustomer], open: [...ours.open] },
    desk: { byCustomer: [...desk.byCustomer], open: [...desk.open] },
  };
}

const inv = (customer: string, row: number, openAmount: number) => ({ customer, row, openAmount }) as Invoice;

test("invoices added one by one: groups in the order customers first come, the open ones apart, nothing-open left out", () => {
  const invoices = [inv("B", 0, 0), inv("A", 1, 5), inv("B", 2, -3), inv("C", 3, 0), inv("A", 4, 0)];
  const groups = new CustomerGroups();
  for (const i of invoices) groups.add(groups.groupOf(i.customer), i);
  const { ours, desk } = bothWays(invoices, groups);
  expect(ours).toEqual(desk);
  expect(ours.byCustomer.map(([c]) => c)).toEqual(["B", "A", "C"]);
  expect(ours.open).toEqual([
    ["B", [invoices[2]]],
    ["A", [invoices[1]]],
  ]);
});

/** Through columns in slices of `per`, grouped as they are rebuilt (invoiceColumns.ts). */
function groupedInSlices(invoices: readonly Invoice[], per: number): CustomerGroups {
  const groups = new CustomerGroups();
  const out: Invoice[] = [];
  for (let from = 0; from < invoices.length; from += per)
    invoicesFromColumns(invoiceColumns(invoices, from, Math.min(invoices.length, from + per)), out, groups);
  return groups;
}

test("a generated ledger, its invoices in slices: the desk's own groups", () => {
  const { values } = generateLedger({ seed: 9, customers: 200, invoices: 5000, asOf: AS_OF, language: "zh" });
  const invoices = invoicesRead(values, AS_OF);
  for (const per of [1, 333, 5000]) {
    const { ours, desk } = bothWays(invoices, groupedInSlices(invoices, per));
    expect(ours).toEqual(desk);
  }
});

test("the accounting-system exports' invoices: the desk's own groups (skipped when ../shared/exports is absent)", () => {
  const files = exportFiles();
  if (!files) return;
  for (const file of files) {
    const invoices = invoicesRead(file.values, file.asOfSerial, file.numberFormats);
    const { ours, desk } = bothWays(invoices, groupedInSlices(invoices, 7));
    expect(ours).toEqual(desk);
  }
});
