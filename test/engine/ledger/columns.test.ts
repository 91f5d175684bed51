import { detectColumns, findHeaderRow, mapHeaders, normalizeHeader } from "../../../src/engine/ledger/columns";

describe("column mapping", () => {
  test("the optional insured-limit column, in English or Chinese, is not taken for the amount", () => {
    expect(mapHeaders(["Customer", "Insured limit", "Amount"])).toMatchObject({
      customer: 0,
      insuredLimit: 1,
      amount: 2,
    });
    expect(mapHeaders(["客户", "金额", "保险限额"])).toMatchObject({ customer: 0, amount: 1, insuredLimit: 2 });
    expect(mapHeaders(["Customer", "Amount"]).insuredLimit).toBeNull();
  });

  test("English names and variants", () => {
    const m = mapHeaders([
      "Client Name",
      "Invoice #",
      "Bill Date",
      "Net Due Date",
      "Invoice Total",
      "Amount Paid",
      "Payment Date",
      "In Dispute",
      "CCY",
      "Payment Terms",
    ]);
    expect(m).toEqual({
      customer: 0,
      invoiceNumber: 1,
      invoiceDate: 2,
      dueDate: 3,
      amount: 4,
      paidAmount: 5,
      openAmount: null,
      paidDate: 6,
      disputed: 7,
      currency: 8,
      terms: 9,
      insuredLimit: null,
      localAmount: null,
      bookedRate: null,
      creditLimit: null,
    });
  });

  test("Chinese names and variants", () => {
    expect(
      mapHeaders([
        "客户",
        "发票号码",
        "开票日期",
        "到期日期",
        "金额",
        "已收金额",
        "回款日期",
        "是否争议",
        "币种",
        "账期",
      ]),
    ).toEqual({
      customer: 0,
      invoiceNumber: 1,
      invoiceDate: 2,
      dueDate: 3,
      amount: 4,
      paidAmount: 5,
      openAmount: null,
      paidDate: 6,
      disputed: 7,
      currency: 8,
      terms: 9,
      insuredLimit: null,
      localAmount: null,
      bookedRate: null,
      creditLimit: null,
    });
    expect(mapHeaders(["客户编号", "单据号", "应收金额"])).toMatchObject({ customer: 0, invoiceNumber: 1, amount: 2 });
    // ERP exports with a remaining-balance column: Kingdee (已核销/未核销), Dynamics (Original/Remaining Amount).
    expect(mapHeaders(["客户名称", "单据编号", "到期日", "本币金额", "已核销金额", "未核销金额"])).toMatchObject({
      amount: 3,
      paidAmount: 4,
      openAmount: 5,
    });
    expect(
      mapHeaders(["Customer Name", "Document No.", "Due Date", "Remaining Amount", "Original Amount"]),
    ).toMatchObject({ amount: 4, openAmount: 3 });
    expect(mapHeaders(["Customer", "Balance", "Amount"])).toMatchObject({ amount: 2, openAmount: null }); // a running balance is not the open amount
  });

  test("normalizes spacing and punctuation", () => {
    expect(normalizeHeader(" Invoice No. ")).toBe("invoiceno");
    expect(normalizeHeader("客户（名称）")).toBe("客户名称");
  });

  test("finds the header row below a title and blank rows", () => {
    expect(findHeaderRow([["Aged debtors"], [], ["Customer", "Due date", "Amount"], ["A", 45000, 10]])).toBe(2);
    expect(findHeaderRow([["A", 45000, 10]])).toBe(-1);
  });

  test("recognises columns by content when there is no header row", () => {
    const rows = [
      ["Acme Ltd", "INV-1", 45000, 45030, 100.5],
      ["Beta Co", "INV-2", 45010, 45040, 200],
      ["Acme Ltd", "INV-3", 45020, 45050, "1,200.00"],
    ];
    const formats = rows.map(() => ["@", "@", "yyyy-mm-dd", "yyyy-mm-dd", "#,##0.00"]);
    const m = detectColumns(rows, { numberFormats: formats });
    expect(m.headerRow).toBe(-1);
    expect(m.columns).toMatchObject({ customer: 0, invoiceDate: 2, dueDate: 3, amount: 4 });
    expect(m.source.amount).toBe("content");
    expect(m.notes.map((n) => n.code)).toContain("mapping.byContent");
  });

  test("the user's choice wins and frees the column it took", () => {
    const m = detectColumns(
      [
        ["Customer", "Amount", "Paid Amount"],
        ["A", 1, 1],
      ],
      { mapping: { amount: 2 } },
    );
    expect(m.columns.amount).toBe(2);
    expect(m.columns.paidAmount).toBeNull();
    expect(m.source.amount).toBe("user");
  });

  test("says what is missing", () => {
    const m = detectColumns([
      ["Name", "Note"],
      ["x", "y"],
    ]);
    const codes = m.notes.map((n) => n.code);
    expect(codes).toEqual(
      expect.arrayContaining(["mapping.missingAmount", "mapping.missingDates", "mapping.noPayments"]),
    );
  });
});
