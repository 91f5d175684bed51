/* "Money and counts silently wrong": repeated rows, totals words as customers, invisible characters. */
import { detectColumns } from "../../../src/engine/ledger/columns";
import { parseLedger } from "../../../src/engine/ledger/parseLedger";
import { d } from "../analysis/handLedger";

const asOf = d("2025-06-30");
function parse(rows: unknown[][]) {
  const values = [["Customer", "Invoice", "Invoice Date", "Due Date", "Amount"], ...rows];
  return parseLedger({ values, sheet: "S", topLeft: "A1" }, detectColumns(values), {
    asOf,
    dateOrder: "auto",
    defaultTermsDays: 30,
  });
}
const row = (customer: string, invoice: string, amount: number) => [
  customer,
  invoice,
  d("2025-05-01"),
  d("2025-05-31"),
  amount,
];
const openTotal = (p: ReturnType<typeof parse>) => p.invoices.reduce((s, i) => s + i.openAmount, 0);

describe("repeated rows (item 1)", () => {
  test("each row is compared with every earlier row of its invoice number: 100, 200, 200, 200 → 300", () => {
    const p = parse([
      row("Acme", "INV-7", 100),
      row("Acme", "INV-7", 200),
      row("Acme", "INV-7", 200),
      row("Acme", "INV-7", 200),
    ]);
    expect(openTotal(p)).toBe(300);
    expect(p.issues.map((i) => [i.address, i.severity, i.reason.code, i.reason.params.first])).toEqual([
      ["S!B3", "warning", "row.duplicateNumber", "S!A2"],
      ["S!B4", "excluded", "row.duplicate", "S!A3"], // repeats row 3 (the 200), not row 2
      ["S!B5", "excluded", "row.duplicate", "S!A3"],
    ]);
    expect(p.counts).toMatchObject({ invoices: 2, excluded: 2 });
  });

  test("another customer's use of the number first does not hide a repeat: Beta 50, Acme 100, Acme 100 → 150", () => {
    const p = parse([row("Beta", "INV-7", 50), row("Acme", "INV-7", 100), row("Acme", "INV-7", 100)]);
    expect(openTotal(p)).toBe(150);
    expect(p.issues.map((i) => [i.address, i.reason.code, i.reason.params.first])).toEqual([
      ["S!B4", "row.duplicate", "S!A3"],
    ]);
    expect(p.issues[0].reason.text).toBe("duplicate of invoice INV-7 at S!A3");
  });
});

describe("customers lost or split (item 4)", () => {
  test("customers named Total or SUM with an invoice number of their own are customers", () => {
    const p = parse([
      row("Total", "INV-1", 100),
      row("SUM", "INV-2", 200),
      row("Total Foods", "INV-3", 5),
      ["Total", "", "", "", 305],
    ]);
    expect(p.invoices.map((i) => i.customer)).toEqual(["Total", "SUM", "Total Foods"]);
    expect(p.issues).toEqual([]);
    expect(p.skipped.map((k) => [k.kind, k.rows])).toEqual([["total", [4]]]);
  });

  test("zero-width spaces, bidi marks and soft hyphens do not split a customer; the merge is noted", () => {
    const p = parse([
      row("Acme Ltd", "1", 1),
      row("Ac\u200bme Ltd", "2", 2),
      row("\u200eAcme Ltd\u200f", "3", 3),
      row("Ac\u00adme\u2060 Ltd\ufeff", "4", 4),
      row("Acme\u202a Ltd\u202c", "5", 5),
    ]);
    expect(new Set(p.invoices.map((i) => i.customer))).toEqual(new Set(["Acme Ltd"]));
    expect(p.mergedNames).toHaveLength(4);
  });
});
