/* Competing money headers ("Amount" and "Total"…): the amount column is chosen by meaning, and the notes say which. */
import { detectColumns } from "../../../src/engine/ledger/columns";

const map = (headers: string[], extra: Parameters<typeof detectColumns>[1] = {}) =>
  detectColumns([headers, headers.map((_, i) => (i === 0 ? "Acme" : 1))], extra);
const chosen = (m: ReturnType<typeof map>) =>
  m.notes.filter((n) => n.code.startsWith("mapping.amountChosen")).map((n) => [n.code, n.params.used, n.params.other]);

describe("Amount and Total in one header row", () => {
  test.each([
    [["Customer", "Invoice", "Due Date", "Total", "Amount"]],
    [["Customer", "Invoice", "Due Date", "Amount", "Total"]],
  ])(
    "without a tax column, Amount is the invoice amount whichever is leftmost (Total may be a running total): %j",
    (headers) => {
      const m = map(headers);
      expect(headers[m.columns.amount!]).toBe("Amount");
      expect(chosen(m)).toEqual([["mapping.amountChosen", "Amount", "Total"]]);
    },
  );

  test("beside a tax column, Total (the amount with tax, what the customer owes) is used, and the note says why", () => {
    const headers = ["Customer", "Invoice", "Due Date", "Amount", "Tax", "Total"];
    const m = map(headers);
    expect(headers[m.columns.amount!]).toBe("Total");
    expect(chosen(m)).toEqual([["mapping.amountChosenGross", "Total", "Amount"]]);
    expect(m.notes.find((n) => n.code === "mapping.amountChosenGross")!.params.beside).toBe("Tax");
  });

  test("an explicit invoice amount wins over Total and Amount; Chinese 价税合计 over 金额", () => {
    expect(map(["Customer", "Total", "Amount", "Invoice Amount", "Due Date"]).columns.amount).toBe(3);
    const zh = map(["客户", "发票号", "到期日", "金额", "税额", "价税合计"]);
    expect(zh.columns.amount).toBe(5);
    expect(chosen(zh)).toEqual([["mapping.amountChosenGross", "价税合计", "金额"]]);
  });

  test("beside an amount before tax (Odoo's Untaxed Amount Signed), Total Signed is the invoice amount", () => {
    const headers = [
      "Number",
      "Invoice Partner Display Name",
      "Invoice/Bill Date",
      "Due Date",
      "Untaxed Amount Signed",
      "Total Signed",
      "Amount Due Signed",
    ];
    const m = map(headers);
    expect(headers[m.columns.amount!]).toBe("Total Signed");
    expect(headers[m.columns.openAmount!]).toBe("Amount Due Signed");
    expect(chosen(m)).toEqual([["mapping.amountChosenGross", "Total Signed", "Untaxed Amount Signed"]]);
  });

  test("one money header gives no note; the user's choice wins and gives no note", () => {
    expect(chosen(map(["Customer", "Invoice", "Due Date", "Amount"]))).toEqual([]);
    const user = map(["Customer", "Invoice", "Due Date", "Total", "Amount"], { mapping: { amount: 3 } });
    expect(user.columns.amount).toBe(3);
    expect(chosen(user)).toEqual([]);
  });
});
