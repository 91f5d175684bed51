import { detectColumns } from "../../../src/engine/ledger/columns";
import { ParseSettings, parseContext } from "../../../src/engine/ledger/parseContext";
import { cellOf, readRowFields } from "../../../src/engine/ledger/rowFields";
import type { MappingResult } from "../../../src/engine/model/types";
import { d } from "../analysis/handLedger";

const asOf = d("2025-06-30");
const HEAD = ["Customer", "Invoice No", "Invoice Date", "Due Date", "Amount", "Paid Amount", "Paid Date", "Disputed"];

/** Reads the row below the header as parseLedger.ts reads it: its fields and its issues. */
function read(headers: string[], row: unknown[], extra: Partial<ParseSettings> = {}, change?: Partial<MappingResult>) {
  const values = [headers, row];
  const mapping = { ...detectColumns(values), ...change };
  const settings = { asOf, dateOrder: "auto" as const, defaultTermsDays: 30, ...extra };
  const ctx = parseContext({ values, sheet: "S", topLeft: "A1" }, mapping, settings, null);
  ctx.rowIssues.start(1);
  readRowFields(ctx, row);
  const issues = ctx.rowIssues.list.map((i) => [i.address, i.severity, i.reason.code]);
  return { fields: { ...ctx.fields }, issues, ledgerCurrencies: ctx.ledgerCurrencies };
}

describe("reading one row's cells", () => {
  test("a row read whole", () => {
    const row = ["Alpha", "INV-1", d("2025-05-01"), d("2025-05-31"), "1,000.00", 400, d("2025-06-10"), "Yes"];
    expect(read(HEAD, row)).toEqual({
      fields: {
        customer: "Alpha",
        open: null,
        amount: 1000,
        invoiceDate: d("2025-05-01"),
        termsDays: null,
        termsFromMonthEnd: false,
        dueDate: d("2025-05-31"),
        dueDateDerived: false,
        paidDate: d("2025-06-10"),
        paidAmount: 400,
        paidAmountGiven: true,
        disputed: true,
        currency: null,
      },
      issues: [],
      ledgerCurrencies: new Map(),
    });
  });

  test("each cell that cannot be read is an issue naming it, in the order of the cells", () => {
    const row = ["", "INV-1", "someday", "", "abc", "", "", "maybe"];
    expect(read(HEAD, row).issues).toEqual([
      ["S!A2", "excluded", "row.customerEmpty"],
      ["S!E2", "excluded", "row.badAmount"],
      ["S!C2", "warning", "row.badInvoiceDateIgnored"],
      ["S!H2", "warning", "row.badDisputed"],
    ]);
    expect(read(HEAD, row, { party: "supplier" }).issues[0]).toEqual(["S!A2", "excluded", "row.supplierEmpty"]);
  });

  test("a blank due date: the invoice date plus the terms, from the month end for EOM terms", () => {
    const head = ["Customer", "Invoice No", "Invoice Date", "Due Date", "Amount", "Terms"];
    const eom = read(head, ["Alpha", "1", d("2025-01-15"), "", 100, "Net 45 EOM"]);
    expect(eom.fields).toMatchObject({ dueDate: d("2025-01-31") + 45, dueDateDerived: true, termsDays: 45 });
    expect(eom.issues).toEqual([["S!D2", "warning", "row.dueDerived"]]);
    const plain = read(head, ["Alpha", "1", d("2025-01-15"), "", 100, ""], { defaultTermsDays: 45 });
    expect(plain.fields).toMatchObject({ dueDate: d("2025-01-15") + 45, termsDays: null });
    expect(read(head, ["Alpha", "1", "", "", 100, ""]).issues).toEqual([["S!D2", "excluded", "row.noDates"]]);
  });

  test("an open amount: what was paid is amount − open, a paid amount saying otherwise is a warning", () => {
    const head = ["Customer", "Invoice No", "Due Date", "Amount", "Paid Amount", "Open Amount"];
    const r = read(head, ["Alpha", "1", d("2025-05-31"), 1000, 300, 600]);
    expect(r.fields).toMatchObject({ open: 600, paidAmount: 400, paidAmountGiven: true });
    expect(r.issues).toEqual([["S!F2", "warning", "row.openDiffers"]]);
    const credit = read(head, ["Alpha", "CN-1", d("2025-05-31"), -500, "", 200]);
    expect(credit.fields).toMatchObject({ amount: -500, open: -200, paidAmount: -300 });
  });

  test("the row's currency: its cell, else the amount's mark; a cell marked otherwise or another currency is out", () => {
    const head = ["Customer", "Invoice No", "Due Date", "Amount", "Currency"];
    const r = read(head, ["Alpha", "1", d("2025-05-31"), "€80", "usd"]);
    expect(r.fields.currency).toBe("USD");
    expect(r.issues).toEqual([["S!D2", "excluded", "row.currencyMarkDiffers"]]);
    expect(r.ledgerCurrencies).toEqual(new Map([["USD", 1]]));
    const marked = read(head.slice(0, 4), ["Alpha", "1", d("2025-05-31"), "€80"], { onlyCurrency: "USD" });
    expect(marked.fields.currency).toBe("EUR");
    expect(marked.issues).toEqual([["S!D2", "excluded", "row.otherCurrency"]]);
  });

  test("an invoice dated after the as-of date did not exist yet", () => {
    const row = ["Alpha", "1", d("2025-07-01"), d("2025-07-31"), 100, "", "", ""];
    expect(read(HEAD, row).issues).toEqual([["S!C2", "excluded", "row.afterAsOf"]]);
  });

  test("serials Excel read month-first are read day-first when the user asks", () => {
    const row = ["Alpha", "1", d("2025-03-01"), d("2025-05-31"), 100, "", "", ""];
    const swapped = { swappedSerials: { columns: [2], example: "13/01/2025" } };
    expect(read(HEAD, row, {}, swapped).fields.invoiceDate).toBe(d("2025-03-01"));
    expect(read(HEAD, row, { swapDateSerials: true }, swapped).fields.invoiceDate).toBe(d("2025-01-03"));
  });

  test("an unmapped column's cell is undefined", () => {
    expect(cellOf(["a", "b"], 1)).toBe("b");
    expect(cellOf(["a", "b"], -1)).toBeUndefined();
  });
});
