import { detectColumns } from "../../../src/engine/ledger/columns";
import { parseLedger } from "../../../src/engine/ledger/parseLedger";
import { d } from "../analysis/handLedger";

const asOf = d("2025-06-30");
function parse(rows: unknown[][], topLeft = "C5") {
  const values = [
    ["Customer", "Invoice", "Invoice Date", "Due Date", "Amount", "Paid", "Paid Date", "Terms", "Disputed"],
    ...rows,
  ];
  return parseLedger({ values, sheet: "Data 1", topLeft }, detectColumns(values), {
    asOf,
    dateOrder: "auto",
    defaultTermsDays: 30,
  });
}

describe("parseLedger", () => {
  test("customer names that differ only in full-width/half-width characters or spacing are one customer", () => {
    const p = parse([
      ["上海贸易（集团）有限公司", "1", d("2025-05-01"), d("2025-05-31"), 100, "", "", "", ""],
      ["上海贸易(集团)有限公司", "2", d("2025-05-01"), d("2025-05-31"), 200, "", "", "", ""],
      ["ＡＣＭＥ  Ltd", "3", d("2025-05-01"), d("2025-05-31"), 300, "", "", "", ""],
      ["ACME Ltd", "4", d("2025-05-01"), d("2025-05-31"), 400, "", "", "", ""],
      ["Acme Ltd", "5", d("2025-05-01"), d("2025-05-31"), 500, "", "", "", ""],
    ]);
    expect(p.invoices.map((i) => i.customer)).toEqual([
      "上海贸易（集团）有限公司",
      "上海贸易（集团）有限公司",
      "ＡＣＭＥ  Ltd",
      "ＡＣＭＥ  Ltd",
      "Acme Ltd",
    ]);
    expect(p.mergedNames).toEqual([
      ["上海贸易（集团）有限公司", "上海贸易(集团)有限公司"],
      ["ＡＣＭＥ  Ltd", "ACME Ltd"],
    ]);
  });

  test("an open (remaining) amount column: paid = amount − open; alone it is the amount owed; a mismatch is said", () => {
    const ledger = (header: string[], rows: unknown[][]) => {
      const values = [header, ...rows];
      return parseLedger({ values, sheet: "S", topLeft: "A1" }, detectColumns(values), {
        asOf,
        dateOrder: "auto",
        defaultTermsDays: 30,
      });
    };
    const dynamics = ledger(
      ["Customer Name", "Document No.", "Due Date", "Original Amount", "Remaining Amount"],
      [
        ["A", "1", d("2025-05-31"), 1000, 250],
        ["A", "2", d("2025-05-31"), 400, 0],
        ["B", "3", d("2025-06-15"), 300, ""],
      ],
    );
    expect(dynamics.invoices.map((i) => [i.amount, i.paidAmount, i.openAmount])).toEqual([
      [1000, 750, 250],
      [400, 400, 0],
      [300, 0, 300],
    ]);
    const kingdee = ledger(
      ["客户名称", "单据编号", "到期日", "本币金额", "已核销金额", "未核销金额"],
      [["甲", "F1", d("2025-05-31"), 1000, 600, 300]],
    );
    expect(kingdee.invoices.map((i) => [i.paidAmount, i.openAmount])).toEqual([[700, 300]]);
    expect(kingdee.issues.map((i) => [i.address, i.severity, i.reason.code])).toEqual([
      ["S!F2", "warning", "row.openDiffers"],
    ]);
    const balancesOnly = ledger(
      ["Customer", "Invoice No", "Due Date", "Open Balance"],
      [
        ["A", "1", d("2025-05-31"), 90],
        ["A", "2", d("2025-05-31"), ""],
      ],
    );
    expect(balancesOnly.invoices.map((i) => [i.amount, i.openAmount])).toEqual([[90, 90]]);
    expect(balancesOnly.issues.map((i) => [i.address, i.reason.code])).toEqual([["S!D3", "row.openEmpty"]]);
  });

  test("totals and subtotal lines are left out and said once per kind, so the receivables are not counted twice", () => {
    const p = parse([
      ["Total Foods", "1", d("2025-05-01"), d("2025-05-31"), 100, "", "", "", ""],
      ["Summit Co", "2", d("2025-05-01"), d("2025-05-31"), 200, "", "", "", ""],
      ["Summit Co", "小计", "", "", 200, "", "", "", ""],
      ["上海贸易 小计：", "", "", d("2025-05-31"), 300, "", "", "", ""],
      ["", "", "", "", 300, "", "", "", "", "合计"],
      ["Grand Total", "", "", d("2025-06-30"), 600, "", "", "", ""],
      ["TOTAL:", "", d("2025-06-30"), "", 600, "", "", "", ""],
      ["合计", 2, "", "", 600, "", "", "", ""], // the invoice-number column counts the invoices
      ["汇总", "", "", "", 600, "", "", "", ""], // an Excel table's total row, in Chinese
      ["Summit Co", "3", d("2025-05-01"), d("2025-05-31"), 50, "", "", "", "", "Total"], // an invoice with a remark
    ]);
    expect(p.invoices.map((i) => i.customer)).toEqual(["Total Foods", "Summit Co", "Summit Co"]);
    // Not row errors: skipped and said once per kind (skippedRows.ts), the rows listed.
    expect(p.issues).toEqual([]);
    expect(p.skipped.map((k) => [k.kind, k.rows.length])).toEqual([
      ["subtotal", 2],
      ["total", 5],
    ]);
    expect(p.counts).toEqual({ dataRows: 10, invoices: 3, payments: 0, excluded: 0, blank: 0 });
  });

  test("addresses are relative to the range's top-left cell and quote the sheet name", () => {
    const p = parse([["A", "1", d("2025-01-01"), "bad", 10, "", "", "", ""]]);
    expect(p.issues[0].address).toBe("'Data 1'!F6");
    expect(p.issues[0].reason.text).toMatch(/due date: .*bad/);
  });

  test("due date from the terms column when the due date is empty, said as a warning", () => {
    const p = parse([["A", "1", d("2025-01-01"), "", 10, "", "", "Net 45", ""]]);
    expect(p.invoices[0].dueDate).toBe(d("2025-01-01") + 45);
    expect(p.invoices[0].dueDateDerived).toBe(true);
    expect(p.issues.map((i) => i.reason.code)).toEqual(["row.dueDerived"]);
  });

  test("a paid date without a paid amount means paid in full; after the as-of date means still open", () => {
    const p = parse([
      ["A", "1", d("2025-01-01"), d("2025-01-31"), 10, "", d("2025-02-05"), "", ""],
      ["A", "2", d("2025-06-01"), d("2025-07-01"), 20, "", d("2025-07-05"), "", ""],
    ]);
    expect(p.invoices.map((i) => [i.openAmount, i.paidDate])).toEqual([
      [0, d("2025-02-05")],
      [20, null],
    ]);
  });

  test("a bad paid amount excludes the row; an unreadable disputed flag warns and reads as not disputed", () => {
    const p = parse([
      ["A", "1", d("2025-01-01"), d("2025-01-31"), 10, "ten", "", "", ""],
      ["A", "2", d("2025-01-01"), d("2025-01-31"), 10, "", "", "", "maybe"],
    ]);
    expect(p.issues.map((i) => [i.address, i.severity, i.reason.code])).toEqual([
      ["'Data 1'!H6", "excluded", "row.badPaidAmount"],
      ["'Data 1'!K7", "warning", "row.badDisputed"],
    ]);
    expect(p.invoices).toHaveLength(1);
    expect(p.invoices[0].disputed).toBe(false);
  });

  test("the same invoice number with another amount is kept and flagged", () => {
    const p = parse([
      ["A", "1", d("2025-01-01"), d("2025-01-31"), 10, "", "", "", ""],
      ["A", "1", d("2025-01-01"), d("2025-01-31"), 12, "", "", "", ""],
    ]);
    expect(p.invoices).toHaveLength(2);
    expect(p.issues[0]).toMatchObject({ severity: "warning", address: "'Data 1'!D7" });
    expect(p.issues[0].reason.params.first).toBe("'Data 1'!C6");
  });
});
