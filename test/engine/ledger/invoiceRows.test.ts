import { detectColumns } from "../../../src/engine/ledger/columns";
import { placeRowInvoice } from "../../../src/engine/ledger/invoiceRows";
import { parseContext } from "../../../src/engine/ledger/parseContext";
import { readRowFields } from "../../../src/engine/ledger/rowFields";
import { d } from "../analysis/handLedger";

const asOf = d("2025-06-30");
const HEAD = ["Customer", "Invoice No", "Invoice Date", "Due Date", "Amount", "Paid Amount", "Paid Date", "Currency"];

/** Each row read and placed as parseLedger.ts does: the invoices, each row's issues, which rows were payments. */
function place(rows: unknown[][], head = HEAD) {
  const values = [head, ...rows];
  const settings = { asOf, dateOrder: "auto" as const, defaultTermsDays: 30 };
  const ctx = parseContext({ values, sheet: "S", topLeft: "A1" }, detectColumns(values), settings, null);
  const payments: boolean[] = [];
  const issues: string[][] = [];
  for (let r = 1; r < values.length; r++) {
    ctx.rowIssues.start(r);
    readRowFields(ctx, values[r]);
    const due = ctx.fields.dueDate;
    payments.push(!ctx.rowIssues.hasExcluded() && due !== null && placeRowInvoice(ctx, values[r], due));
    for (const i of ctx.rowIssues.list) issues.push([i.address, i.severity, i.reason.code]);
  }
  return { invoices: ctx.invoices, issues, payments, currencies: ctx.currencies, merged: ctx.mergedNumbers };
}

const jan = d("2025-01-10");
const feb = d("2025-02-09");

describe("a row becomes an invoice", () => {
  test("its payment as of the as-of date: a later payment is not made yet, a paid date alone is paid in full", () => {
    const p = place([
      ["Alpha", "1", jan, feb, 1000, 400, d("2025-07-05"), "USD"],
      ["Alpha", "2", jan, feb, 1000, "", d("2025-03-01"), "usd"],
    ]);
    expect(p.invoices.map((i) => [i.row, i.invoiceNumber, i.paidAmount, i.paidDate, i.openAmount])).toEqual([
      [1, "1", 0, null, 1000],
      [2, "2", 1000, d("2025-03-01"), 0],
    ]);
    expect(p.currencies).toEqual(new Map([["USD", 2]]));
    expect(p.issues).toEqual([]);
  });

  test("dates and amounts that look wrong are kept with a warning", () => {
    const p = place([
      ["Alpha", "1", jan, d("2025-01-01"), 1000, 1200, d("2025-01-05"), ""],
      ["Alpha", "2", jan, feb, 500, 500, "", ""],
    ]);
    expect(p.invoices.map((i) => i.openAmount)).toEqual([-200, 0]);
    expect(p.issues).toEqual([
      ["S!G2", "warning", "row.paidBeforeInvoice"],
      ["S!F2", "warning", "row.overpaid"],
      ["S!D2", "warning", "row.dueBeforeInvoice"],
      ["S!G3", "warning", "row.paidNoDate"],
    ]);
  });

  test("the repeat rule: a further payment is added, an exact copy left out, another amount kept and flagged", () => {
    const p = place([
      ["Alpha", "INV-1", jan, feb, 1000, 300, d("2025-02-01"), ""],
      ["Alpha", "inv-1", jan, feb, 1000, 200, d("2025-03-01"), ""],
      ["Alpha", "INV-1", jan, feb, 1000, 300, d("2025-02-01"), ""],
      ["Alpha", "INV-1", jan, feb, 900, "", "", ""],
    ]);
    expect(p.payments).toEqual([false, true, false, false]);
    expect(p.invoices.map((i) => [i.row, i.amount, i.paidAmount, i.paidDate])).toEqual([
      [1, 1000, 500, d("2025-03-01")],
      [4, 900, 0, null],
    ]);
    expect(p.merged).toEqual([["INV-1", "inv-1"]]);
    expect(p.issues).toEqual([
      ["S!F3", "warning", "row.paymentRow"],
      ["S!B4", "excluded", "row.duplicate"],
      ["S!B5", "warning", "row.duplicateNumber"],
    ]);
  });
});
