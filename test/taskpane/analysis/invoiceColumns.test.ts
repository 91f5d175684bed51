/* The ledger's invoices as columns for the trip from the worker to the pane: every invoice comes back as it was. */
import fc from "fast-check";
import { invoicesRead } from "./invoicesRead";
import { serialFromYmd } from "../../../src/engine/core/dates";
import type { Invoice } from "../../../src/engine/model/types";
import { generateLedger } from "../../../src/engine/sample/generateLedger";
import {
  INVOICES_PER_MESSAGE,
  invoiceColumns,
  invoicesFromColumns,
  transfersOf,
} from "../../../src/taskpane/analysis/invoiceColumns";
import { exportFiles } from "../../engine/ledger/exportFiles";
import { CustomerGroups } from "../../../src/taskpane/analysis/customerGroups";

const AS_OF = serialFromYmd(2025, 6, 30);

/** The invoices through columns and back, each message copied as postMessage would copy it (its buffers moved). */
function roundTrip(invoices: readonly Invoice[], per = INVOICES_PER_MESSAGE): Invoice[] {
  const out: Invoice[] = [];
  for (let from = 0; from < invoices.length; from += per) {
    const columns = invoiceColumns(invoices, from, Math.min(invoices.length, from + per));
    invoicesFromColumns(structuredClone(columns, { transfer: transfersOf(columns) }), out);
  }
  return out;
}

const base: Invoice = {
  row: 3,
  customer: "上海华东贸易有限公司",
  invoiceNumber: "FP-2025-001",
  invoiceDate: 45600,
  dueDate: 45630,
  dueDateDerived: false,
  amount: 1234.56,
  paidAmount: 200.1,
  paidDate: 45610,
  openAmount: 1034.46,
  disputed: false,
  currency: "CNY",
  termsDays: 30,
};

test("every field comes back as it was: nulls, flags, credits, −0, empty texts, and the order of the invoices", () => {
  const invoices: Invoice[] = [
    base,
    { ...base, row: 4, invoiceDate: null, paidDate: null, currency: null, termsDays: null, paidAmount: 0 },
    { ...base, row: 5, dueDateDerived: true, disputed: true, amount: -50, paidAmount: -0, openAmount: -50 },
    { ...base, row: 6, customer: "", invoiceNumber: "", currency: "USD", termsDays: 0 },
    { ...base, row: 7, customer: "Acme Ltd", amount: 0.1 + 0.2, openAmount: 1e21, termsDays: 3660 },
    { ...base, row: 8, customer: "上海华东贸易有限公司", currency: "usd", invoiceDate: 0, paidDate: 0 },
  ];
  const back = roundTrip(invoices);
  expect(back).toStrictEqual(invoices);
  expect(Object.is(back[2].paidAmount, -0)).toBe(true);
  expect(back.map((inv) => Object.keys(inv))).toEqual(invoices.map((inv) => Object.keys(inv)));
});

test("an invoice converted from another currency (its 原币 kept) comes back whole, in its place", () => {
  const original = {
    currency: "USD",
    amount: 100,
    paidAmount: 0,
    openAmount: 100,
    rate: 7.1,
    rateSource: "ledger",
    bookedRate: 7.1,
  } as unknown as NonNullable<Invoice["original"]>;
  const invoices: Invoice[] = [base, { ...base, row: 9, amount: 710, openAmount: 710, original }, { ...base, row: 10 }];
  expect(roundTrip(invoices)).toStrictEqual(invoices);
});

test("an invoice sent whole joins its customer's group in its place: the groups in the order customers first come", () => {
  const original = { currency: "USD", amount: 1, paidAmount: 0, openAmount: 1, rate: 7, rateSource: "ledger" };
  const whole = { ...base, customer: "Whole Co", row: 1, original } as unknown as Invoice;
  const invoices: Invoice[] = [
    whole,
    { ...base, customer: "Column Co", row: 2 },
    { ...base, customer: "Whole Co", row: 3 },
  ];
  const groups = new CustomerGroups();
  invoicesFromColumns(structuredClone(invoiceColumns(invoices, 0, 3)), [], groups);
  expect([...groups.deskGroups().byCustomer]).toEqual([
    ["Whole Co", [invoices[0], invoices[2]]],
    ["Column Co", [invoices[1]]],
  ]);
});

test("slices of any size put the list back in order", () => {
  const invoices = Array.from({ length: 1001 }, (_, i) => ({ ...base, row: i, customer: `C${i % 37}` }));
  for (const per of [1, 7, 1000, 1001, 5000]) expect(roundTrip(invoices, per)).toStrictEqual(invoices);
});

test("the columns are moved, not copied: each typed array's buffer once in the transfer list", () => {
  const columns = invoiceColumns([base, { ...base, row: 4 }], 0, 2);
  const transfers = transfersOf(columns);
  expect(transfers.length).toBeGreaterThan(3);
  expect(new Set(transfers).size).toBe(transfers.length);
  structuredClone(columns, { transfer: transfers });
  expect(columns.amount.length).toBe(0); // detached: moved to the copy
});

test("property: any list of invoices of the usual shape comes back equal", () => {
  const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
  const day = fc.integer({ min: -1, max: 2_958_465 });
  const money = fc.oneof(
    fc.double({ noNaN: true }),
    fc.integer({ min: -1e9, max: 1e9 }).map((c) => c / 100),
  );
  const invoice: fc.Arbitrary<Invoice> = fc.record(
    {
      row: fc.nat(),
      customer: fc.string(),
      invoiceNumber: fc.string(),
      invoiceDate: maybe(day),
      dueDate: day,
      dueDateDerived: fc.boolean(),
      amount: money,
      paidAmount: money,
      paidDate: maybe(day),
      openAmount: money,
      disputed: fc.boolean(),
      currency: maybe(fc.constantFrom("CNY", "USD", "EUR", "")),
      termsDays: maybe(fc.integer({ min: 0, max: 3660 })),
    },
    { noNullPrototype: true },
  ); // an invoice is a plain object
  fc.assert(
    fc.property(fc.array(invoice, { maxLength: 40 }), fc.integer({ min: 1, max: 9 }), (invoices, per) => {
      expect(roundTrip(invoices, per)).toStrictEqual(invoices);
    }),
  );
});

test("a generated ledger's invoices, as the analysis read them, come back equal", () => {
  const { values } = generateLedger({ seed: 5, customers: 120, invoices: 6000, asOf: AS_OF, language: "zh" });
  const invoices = invoicesRead(values, AS_OF);
  expect(invoices.length).toBeGreaterThan(5000);
  expect(roundTrip(invoices, 1024)).toStrictEqual(invoices);
});

test("the accounting-system exports' invoices come back equal (skipped when ../shared/exports is absent)", () => {
  const files = exportFiles();
  if (!files) return;
  for (const file of files) {
    const invoices = invoicesRead(file.values, file.asOfSerial, file.numberFormats);
    expect(invoices.length).toBeGreaterThan(0);
    expect(roundTrip(invoices, 16)).toStrictEqual(invoices);
  }
});
