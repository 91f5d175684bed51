import { isTotalsText, totalsCell } from "../../../src/engine/ledger/totalsCell";

describe("the totals cell of a totals line", () => {
  test("totals words in any spelling", () => {
    expect(isTotalsText("Grand total")).toBe(true);
    expect(isTotalsText("合计")).toBe(true);
    expect(isTotalsText("Totally Fresh")).toBe(false);
    expect(isTotalsText(600)).toBe(false);
  });

  test("the customer cell first, else the first cell holding a totals word, its label trimmed", () => {
    expect(totalsCell([" Total ", "", "", 600], 0, "", false)).toEqual({ column: 0, label: "Total" });
    expect(totalsCell(["", "小计", "合计", 600], 0, "", false)).toEqual({ column: 1, label: "小计" });
    expect(totalsCell(["Alpha", "", "", 600], 0, "", false)).toBeNull();
  });

  test("a row with an invoice number of its own is no totals line: a customer may be called Total", () => {
    expect(totalsCell(["Total", "INV-9", 45000, 600], 0, "INV-9", true)).toBeNull();
    expect(totalsCell(["Total", 17, 45000, 600], 0, 17, true)).toBeNull();
  });

  test("a number in the invoice column of a row without dates is the count of invoices a totals line shows", () => {
    expect(totalsCell(["合计", 2, "", 600], 0, 2, false)).toEqual({ column: 0, label: "合计" });
    expect(totalsCell(["Total", "Total", "", 600], 0, "Total", false)).toEqual({ column: 0, label: "Total" });
  });
});
