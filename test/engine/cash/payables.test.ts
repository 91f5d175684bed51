import { payablesDue, readPayables } from "../../../src/engine/cash/payables";
import { serialFromYmd } from "../../../src/engine/core/dates";

const d = (iso: string) => {
  const [y, m, day] = iso.split("-").map(Number);
  return serialFromYmd(y, m, day);
};
const AS_OF = d("2025-06-30");

function ledger(headers: string[]): unknown[][] {
  return [
    ["Payables, June 2025", "", "", "", "", "", ""],
    headers,
    ["Steel Co", "B-1", d("2025-05-01"), d("2025-05-31"), 1000, "", ""], // 30 d overdue
    ["Steel Co", "B-2", d("2025-06-10"), d("2025-07-10"), 2000, 500, d("2025-06-20")], // part paid
    ["Paper Ltd", "B-3", d("2025-04-01"), d("2025-05-01"), 700, 700, d("2025-05-02")], // settled
    ["", "", "", "", "", "", ""], // blank
    ["Paper Ltd", "B-4", d("2025-06-15"), "soon", 300, "", ""], // bad due date
    ["", "B-5", d("2025-06-15"), d("2025-07-15"), 100, "", ""], // no supplier
    ["Glass AG", "B-6", d("2025-02-01"), d("2025-03-03"), "1,200.00", "", ""], // 119 d overdue
  ];
}

describe("the payables ledger, read with the receivables' discipline", () => {
  for (const [lang, headers] of [
    ["English", ["Supplier", "Bill No", "Bill date", "Due date", "Amount", "Paid", "Paid date"]],
    ["Chinese", ["供应商", "单据号", "开票日期", "到期日", "金额", "已付金额", "付款日期"]],
  ] as const) {
    it(`${lang} headers: columns found, every row an open or settled bill, a blank or an issue with its address`, () => {
      const p = readPayables(
        { values: ledger([...headers]), sheet: "AP", topLeft: "A1" },
        { asOf: AS_OF, dateOrder: "auto" },
      );
      expect(p.mapping.headerRow).toBe(1);
      expect(p.mapping.columns).toMatchObject({
        customer: 0,
        invoiceNumber: 1,
        invoiceDate: 2,
        dueDate: 3,
        amount: 4,
        paidAmount: 5,
        paidDate: 6,
      });
      expect(p.counts).toEqual({ dataRows: 7, invoices: 4, payments: 0, excluded: 2, blank: 1 });
      expect(p.issues.filter((i) => i.severity === "excluded").map((i) => [i.address, i.reason.code])).toEqual([
        ["AP!D7", "row.badDueDate"],
        ["AP!A8", "row.supplierEmpty"],
      ]);
      expect(p.totalOpen).toBe(3700);
      expect(p.overdueOpen).toBe(2200);
      expect(p.aging.totals).toEqual([1500, 1000, 0, 0, 1200]);
      expect(p.bySupplier.map((s) => s.supplier)).toEqual(["Steel Co", "Glass AG"]);
      // Purchases in the 90 days to 06-30 (04-02 … 06-30): B-1 1,000 and B-2 2,000 → DPO 3,700 / 3,000 × 90 = 111.
      expect(p.purchasesInWindow).toBe(3000);
      expect(p.dpo).toBeCloseTo(111, 10);
    });
  }

  it("content sniffing and the user's correction", () => {
    const values = ledger(["Who", "Ref", "D1", "D2", "Sum", "P", "PD"]);
    const numberFormats = values.map(() => [
      "@",
      "@",
      "yyyy-mm-dd",
      "yyyy-mm-dd",
      "#,##0.00",
      "#,##0.00",
      "yyyy-mm-dd",
    ]);
    const sniffed = readPayables(
      { values, numberFormats, sheet: "AP", topLeft: "A1" },
      { asOf: AS_OF, dateOrder: "auto", headerRow: 1 },
    );
    expect(sniffed.mapping.columns).toMatchObject({ customer: 0, invoiceDate: 2, dueDate: 3 });
    expect(sniffed.mapping.source.customer).toBe("content");
    const fixed = readPayables(
      { values, numberFormats, sheet: "AP", topLeft: "A1" },
      { asOf: AS_OF, dateOrder: "auto", headerRow: 1, mapping: { paidAmount: 5, paidDate: 6 } },
    );
    expect(fixed.totalOpen).toBe(3700);
  });

  it('a "Customer" header is not taken for the supplier by its name', () => {
    const p = readPayables(
      {
        values: ledger(["Customer", "Bill No", "Bill date", "Due date", "Amount", "Paid", "Paid date"]),
        sheet: "AP",
        topLeft: "A1",
      },
      { asOf: AS_OF, dateOrder: "auto" },
    );
    expect(p.mapping.source.customer).not.toBe("header");
  });

  it("bills due: each open bill on its due date, paying early moves it earlier", () => {
    const p = readPayables(
      {
        values: ledger(["Supplier", "Bill No", "Bill date", "Due date", "Amount", "Paid", "Paid date"]),
        sheet: "AP",
        topLeft: "A1",
      },
      { asOf: AS_OF, dateOrder: "auto" },
    );
    expect(payablesDue(p.bills)).toEqual([
      { date: d("2025-05-31"), cents: 100_000 },
      { date: d("2025-07-10"), cents: 150_000 },
      { date: d("2025-03-03"), cents: 120_000 },
    ]);
    expect(payablesDue(p.bills, 5)[1].date).toBe(d("2025-07-05"));
  });
});
