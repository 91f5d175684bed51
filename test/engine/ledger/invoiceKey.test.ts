/* Invoice numbers that differ only in what cannot be seen (or in letter case, or full width) are one invoice. */
import { detectColumns } from "../../../src/engine/ledger/columns";
import { invoiceKey } from "../../../src/engine/ledger/invoiceKey";
import { parseLedger } from "../../../src/engine/ledger/parseLedger";
import { mergedNameNotes } from "../../../src/engine/analysis/analyze";
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

describe("invoiceKey", () => {
  it.each([
    ["INV-7\u200b"],
    ["INV-7\u00a0"],
    ["\u00a0INV-7\u00a0"],
    ["INV-\u20607"],
    ["ＩＮＶ-7"],
    ["inv-7"],
    ["\ufeffInv-7"],
    ["INV-７"],
  ])("%p is the same number as INV-7", (written) => {
    expect(invoiceKey(written)).toBe(invoiceKey("INV-7"));
  });
  it.each([["INV-70"], ["INV-07"], ["INV 7"], ["INV_7"]])("%p stays another number than INV-7", (written) => {
    expect(invoiceKey(written)).not.toBe(invoiceKey("INV-7"));
  });
});

describe("invoice numbers folded in the ledger", () => {
  test("INV-7 written five invisible ways on one customer and amount is one invoice of 1,000, not six", () => {
    const p = parse([
      row("Acme", "INV-7", 1000),
      row("Acme", "INV-7\u200b", 1000),
      row("Acme", "INV-7\u00a0", 1000),
      row("Acme", "INV\u2060-7", 1000),
      row("Acme", "ＩＮＶ-7", 1000),
      row("Acme", "inv-7", 1000),
    ]);
    expect(p.invoices.map((i) => [i.invoiceNumber, i.openAmount])).toEqual([["INV-7", 1000]]);
    expect(p.issues.map((i) => [i.address, i.reason.code])).toEqual(
      [2, 3, 4, 5, 6].map((n) => [`S!B${n + 1}`, "row.duplicate"]),
    );
    // The no-break space at the end is trimmed with the cell: the four other spellings are noted.
    expect(p.mergedNumbers.map(([used, other]) => [used, other])).toEqual(
      ["INV-7\u200b", "INV\u2060-7", "ＩＮＶ-7", "inv-7"].map((o) => ["INV-7", o]),
    );
  });

  test("the merged-names note says which invoice numbers were read as one", () => {
    const p = parse([row("Acme", "INV-7", 1000), row("Acme", "inv-7", 1000)]);
    const notes = mergedNameNotes(p.mergedNames, p.mergedNumbers);
    expect(notes.map((n) => n.code)).toEqual(["analysis.mergedInvoiceNumbers"]);
    expect(notes[0].text).toContain('"inv-7" = "INV-7"');
  });

  test("a number another customer uses is not folded into theirs", () => {
    const p = parse([row("Acme", "INV-7", 1000), row("Beta", "inv-7", 1000)]);
    expect(p.invoices).toHaveLength(2);
    expect(p.issues).toEqual([]);
  });
});
