/* Signs: a paid amount is applied in the invoice's direction, the open amount lies between 0 and the amount. */
import { detectColumns } from "../../../src/engine/ledger/columns";
import { parseLedger } from "../../../src/engine/ledger/parseLedger";
import { d } from "../analysis/handLedger";

const asOf = d("2025-06-30");
const HEAD = ["Customer", "Invoice", "Invoice Date", "Due Date", "Amount", "Paid Amount", "Paid Date"];
function parse(rows: unknown[][], headers = HEAD) {
  const values = [headers, ...rows];
  return parseLedger({ values, sheet: "S", topLeft: "A1" }, detectColumns(values), {
    asOf,
    dateOrder: "auto",
    defaultTermsDays: 30,
  });
}
const row = (invoice: string, amount: number, paid: number | string, paidOn: number | string = d("2025-06-01")) => [
  "Acme",
  invoice,
  d("2025-05-01"),
  d("2025-05-31"),
  amount,
  paid,
  paidOn,
];
const issues = (p: ReturnType<typeof parse>) => p.issues.map((i) => [i.address, i.severity, i.reason.code]);

describe("paid amounts", () => {
  test("a credit note −500 with paid 500 is settled (the payment goes the note's way), not −1,000 open", () => {
    const p = parse([row("CN-1", -500, 500)]);
    expect(p.invoices.map((i) => [i.paidAmount, i.openAmount])).toEqual([[-500, 0]]);
    expect(p.issues).toEqual([]);
  });

  test("a credit note −500 with paid −500 is settled too", () => {
    expect(parse([row("CN-1", -500, -500)]).invoices[0].openAmount).toBe(0);
  });

  test("an invoice 1,000 with paid −400 is an issue naming the paid cell, not 1,400 open", () => {
    const p = parse([row("INV-1", 1000, -400)]);
    expect(p.invoices).toEqual([]);
    expect(issues(p)).toEqual([["S!F2", "excluded", "row.paidAgainstDirection"]]);
    expect(p.issues[0].reason.text).toContain("-400.00");
  });

  test("a credit note paid more than it is worth is flagged as an overpayment, as an invoice is", () => {
    const p = parse([row("CN-1", -500, 700)]);
    expect(p.invoices[0].openAmount).toBe(200);
    expect(issues(p)).toEqual([["S!F2", "warning", "row.overpaid"]]);
  });
});

describe("open amounts", () => {
  const OPEN_HEAD = ["Customer", "Invoice", "Invoice Date", "Due Date", "Amount", "Open Amount"];
  const open = (invoice: string, amount: number, left: number) => [
    "Acme",
    invoice,
    d("2025-05-01"),
    d("2025-05-31"),
    amount,
    left,
  ];

  test("an open amount of 5,000 on a 1,000 invoice is an issue naming the open cell", () => {
    const p = parse([open("INV-1", 1000, 5000)], OPEN_HEAD);
    expect(p.invoices).toEqual([]);
    expect(issues(p)).toEqual([["S!F2", "excluded", "row.openBeyondAmount"]]);
  });

  test("an open amount against the invoice's direction is an overpayment: kept as a credit, with a warning", () => {
    const p = parse([open("INV-1", 1000, -200)], OPEN_HEAD);
    expect(p.invoices.map((i) => i.openAmount)).toEqual([-200]);
    expect(issues(p)).toEqual([["S!F2", "warning", "row.overpaid"]]);
  });

  test("a credit note's open amount written without its sign is read in the note's direction", () => {
    const p = parse([open("CN-1", -500, 200)], OPEN_HEAD);
    expect(p.invoices.map((i) => [i.paidAmount, i.openAmount])).toEqual([[-300, -200]]);
    expect(p.issues).toEqual([]);
  });

  test("a credit note −500 with an open amount of −900 is an issue naming the open cell", () => {
    const p = parse([open("CN-1", -500, -900)], OPEN_HEAD);
    expect(issues(p)).toEqual([["S!F2", "excluded", "row.openBeyondAmount"]]);
  });
});

describe("payment dates", () => {
  test("a payment dated before its invoice date is an issue naming the paid date cell", () => {
    const p = parse([row("INV-1", 1000, 1000, d("2025-04-01"))]);
    expect(issues(p)).toEqual([["S!G2", "warning", "row.paidBeforeInvoice"]]);
    expect(p.issues[0].reason.text).toContain("2025-04-01");
  });
});
