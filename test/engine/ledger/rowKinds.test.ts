/* What each row of an exported ledger is: totals in any spelling (dated or not), later headers, buckets, groups. */
import { detectColumns } from "../../../src/engine/ledger/columns";
import { parseLedger } from "../../../src/engine/ledger/parseLedger";
import { d } from "../analysis/handLedger";

const asOf = d("2025-06-30");
const HEADER = ["Customer", "Invoice No", "Invoice Date", "Due Date", "Amount"];
function parse(values: unknown[][]) {
  return parseLedger({ values, sheet: "S", topLeft: "A1" }, detectColumns(values), {
    asOf,
    dateOrder: "auto",
    defaultTermsDays: 30,
  });
}
const inv = (customer: string, number: string, amount: number) => [
  customer,
  number,
  d("2025-05-01"),
  d("2025-05-31"),
  amount,
];
const open = (p: ReturnType<typeof parse>) => p.invoices.reduce((s, i) => s + i.openAmount, 0);

describe("one totals-line rule, spacing and width folded, even when the line carries a date", () => {
  it.each([
    "Sub Total",
    "Acme Ltd Total",
    "Total Amount",
    "Ｔｏｔａｌ",
    "Totaal",
    "总 计",
    "合  计",
    "合\u3000计",
    "Total\u200b",
  ])("%j", (label) => {
    const dated = parse([
      HEADER,
      inv("Acme Ltd", "1", 100),
      inv("Acme Ltd", "2", 200),
      [label, "", d("2025-05-31"), d("2025-05-31"), 300],
    ]);
    expect(dated.invoices.map((i) => i.invoiceNumber)).toEqual(["1", "2"]);
    expect(open(dated)).toBe(300);
    expect(dated.issues).toEqual([]);
    expect(dated.skipped.map((s) => s.rows)).toEqual([[3]]);
    const undated = parse([HEADER, inv("Acme Ltd", "1", 100), [label, "", "", "", 100]]);
    expect(undated.skipped.map((s) => s.rows)).toEqual([[2]]);
    expect(undated.issues).toEqual([]); // not "no dates": a totals line, said as such
  });

  test("a customer whose name only starts with Total is a customer", () => {
    const p = parse([HEADER, inv("Total Solutions Ltd", "1", 100), inv("Totally Fresh", "2", 50)]);
    expect(p.invoices.map((i) => i.customer)).toEqual(["Total Solutions Ltd", "Totally Fresh"]);
  });
});

describe("every row of the range is counted or named when a later, richer header appears", () => {
  test("a later header adding Paid Amount: the rows above it are read too, the header row is named", () => {
    const p = parse([
      HEADER.filter((h) => h !== "Invoice Date"),
      ["Acme", "1", d("2025-05-31"), 100],
      ["Beta", "2", d("2025-05-31"), 200],
      ["Customer", "Invoice No", "Due Date", "Amount", "Paid Amount"],
      ["Gamma", "3", d("2025-05-31"), 300, 100],
    ]);
    expect(p.invoices.map((i) => [i.invoiceNumber, i.openAmount])).toEqual([
      ["1", 100],
      ["2", 200],
      ["3", 200],
    ]);
    expect(p.skipped).toEqual([{ kind: "header", rows: [3] }]);
  });

  test("an earlier header whose columns differ: its rows are named in a note, not lost unsaid", () => {
    const values = [
      ["Invoice No", "Customer", "Due Date", "Amount"],
      ["1", "Acme", d("2025-05-31"), 100],
      ["Customer", "Invoice No", "Due Date", "Amount", "Paid Amount"],
      ["Gamma", "3", d("2025-05-31"), 300, 100],
    ];
    const m = detectColumns(values);
    expect(m.headerRow).toBe(2);
    expect(m.notes.map((n) => n.code)).toContain("mapping.rowsAboveHeader");
    expect(m.notes.find((n) => n.code === "mapping.rowsAboveHeader")!.params.rows).toBe("2");
  });
});

describe("report rows that are not documents", () => {
  test("bucket labels, Total for …, TOTAL and a footer are skipped by kind", () => {
    const p = parse([
      ["A/R Aging Detail"],
      [],
      ["", "Date", "Num", "Customer", "Due date", "Amount", "Open balance"],
      ["91 or more days past due"],
      ["", d("2025-01-01"), "1032", "Acme", d("2025-01-31"), 100, 100],
      ["Total for 91 or more days past due", "", "", "", "", 100, 100],
      ["Current"],
      ["", d("2025-06-01"), "1040", "Beta", d("2025-07-01"), 50, 20],
      ["Total for Current", "", "", "", "", 50, 20],
      ["TOTAL", "", "", "", "", 150, 120],
      [],
      ["Accrual Basis Tuesday, July 1, 2025"],
    ]);
    expect(open(p)).toBe(120);
    expect(p.issues).toEqual([]);
    expect(p.skipped).toEqual([
      { kind: "section", rows: [3, 6] },
      { kind: "subtotal", rows: [5, 8] },
      { kind: "total", rows: [9] },
      { kind: "footer", rows: [11] },
    ]);
  });

  test("a customer's own subtotal line is known by the customers met so far, spelt any way, at every such line", () => {
    const p = parse([
      HEADER,
      inv("ACME  Ltd", "1", 100),
      inv("Acme Ltd", "2", 50),
      ["Total acme ltd", "", "", "", 150],
      inv("Beta GmbH", "3", 70),
      ["Total Beta GmbH", "", "", "", 70],
    ]);
    expect(open(p)).toBe(220);
    expect(p.skipped.map((s) => s.kind)).toEqual(["subtotal"]);
    expect(p.skipped[0].rows).toEqual([3, 5]);
  });

  test("an unlabelled row of sums is a total; one that is not the sum stays a row to fix", () => {
    const sums = parse([HEADER, inv("A", "1", 100), inv("B", "2", 250), ["", "", "", "", 350]]);
    expect(sums.skipped).toEqual([{ kind: "total", rows: [3] }]);
    const other = parse([HEADER, inv("A", "1", 100), inv("B", "2", 250), ["", "", "", "", 340]]);
    expect(other.skipped).toEqual([]);
    expect(other.issues.map((i) => i.address)).toContain("S!A4");
  });

  test("the sums and customers so far count only the documents above the row: not blank, left-out or voided rows", () => {
    const p = parse([
      [...HEADER, "Status"],
      [...inv("A", "1", 100), ""],
      [...inv("A", "2", 200), "Draft"],
      ["", "", "", "", "", ""],
      [...inv("B", "3", 300), "Voided"],
      ["", "", "", "", 100, ""], // the sum so far: A's 100 (the draft left out, the voided one owing nothing)
      ["Total B", "", "", "", 0, ""],
      [...inv("C", "4", 50), ""],
      ["Total C", "", "", "", 50, ""], // C is met after the first subtotal
      ["", "", "", "", 150, ""],
    ]);
    expect(p.skipped).toEqual([
      { kind: "subtotal", rows: [6, 8] },
      { kind: "total", rows: [5, 9] },
      { kind: "notPosted", rows: [2] },
    ]);
    expect(p.invoices.map((i) => i.invoiceNumber)).toEqual(["1", "3", "4"]);
  });

  test("drafts and unapproved documents are left out; a voided one is read with nothing owed", () => {
    const p = parse([
      [...HEADER, "Status"],
      [...inv("A", "1", 100), "Posted"],
      [...inv("A", "2", 200), "Draft"],
      [...inv("B", "3", 300), "未审核"],
      [...inv("B", "4", 400), "Voided"],
    ]);
    expect(p.invoices.map((i) => [i.invoiceNumber, i.openAmount, i.paidAmount])).toEqual([
      ["1", 100, 0],
      ["4", 0, 0],
    ]);
    expect(p.skipped).toEqual([{ kind: "notPosted", rows: [2, 3] }]);
    expect(p.layout.voided).toEqual([4]);
  });

  test("one row per invoice line with the totals repeated is one invoice", () => {
    const header = [
      "ContactName",
      "InvoiceNumber",
      "InvoiceDate",
      "DueDate",
      "Total",
      "Description",
      "Quantity",
      "LineAmount",
    ];
    const line = (n: string, desc: string, amt: number) => [
      "A",
      n,
      d("2025-05-01"),
      d("2025-05-31"),
      300,
      desc,
      1,
      amt,
    ];
    const p = parse([header, line("INV-1", "Survey", 100), line("INV-1", "Labour", 200), line("INV-2", "Survey", 300)]);
    expect(p.invoices.map((i) => i.invoiceNumber)).toEqual(["INV-1", "INV-2"]);
    expect(p.skipped).toEqual([{ kind: "lineItem", rows: [2] }]);
  });
});

describe("group rows naming the customer for the documents below (no customer column)", () => {
  // As Xero's Aged Receivables Detail lays it out: the contact on a row of its own, "Total <contact>", "Total".
  const values = [
    ["Aged Receivables Detail"],
    ["Harbor Lane Ltd"],
    ["As at 31 March 2025"],
    ["Invoice Date", "Invoice Number", "Due Date", "Current", "< 1 Month", "1 Month", "Older", "Total"],
    ["ABC Furniture", "", "", "", "", "", "", ""],
    [d("2025-03-01"), "INV-0001", d("2025-03-31"), 100, "", "", "", 100],
    [d("2025-01-05"), "INV-0002", d("2025-02-04"), "", "", 250.5, "", 250.5],
    ["Total ABC Furniture", "", "", 100, "", 250.5, "", 350.5],
    ["3M Stores (NZ)", "", "", "", "", "", "", ""],
    [d("2024-11-01"), "INV-0003", d("2024-12-01"), "", "", "", 80, 80],
    ["Total 3M Stores (NZ)", "", "", "", "", "", 80, 80],
    ["Total", "", "", 100, "", 250.5, 80, 430.5],
  ];

  test("each document gets its group's customer; the group and total rows are skipped; no 'choose it in the mapping'", () => {
    const m = detectColumns(values);
    expect(m.columns.customer).toBeNull();
    expect(m.columns.amount).toBe(7);
    expect(m.notes.map((n) => n.code)).toContain("mapping.customerFromGroups");
    expect(m.notes.map((n) => n.code)).not.toContain("mapping.missingCustomer");
    const p = parseLedger({ values, sheet: "S", topLeft: "A1" }, m, { asOf, dateOrder: "auto", defaultTermsDays: 30 });
    expect(p.invoices.map((i) => [i.customer, i.invoiceNumber, i.openAmount])).toEqual([
      ["ABC Furniture", "INV-0001", 100],
      ["ABC Furniture", "INV-0002", 250.5],
      ["3M Stores (NZ)", "INV-0003", 80],
    ]);
    expect(p.issues).toEqual([]);
    expect(p.skipped).toEqual([
      { kind: "group", rows: [4, 8] },
      { kind: "subtotal", rows: [7, 10] },
      { kind: "total", rows: [11] },
    ]);
  });
});
