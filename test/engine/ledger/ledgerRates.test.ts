import { ledgerRates } from "../../../src/engine/ledger/ledgerRates";
import { detectColumns } from "../../../src/engine/ledger/columns";
import type { Invoice } from "../../../src/engine/model/types";

const invoice = (row: number, amount: number, currency = "USD") => ({ row, amount, currency }) as Invoice;

describe("the rate each invoice books in the ledger", () => {
  test("local amount ÷ amount (用友 本币 beside 金额)", () => {
    const values = [
      ["客户", "币种", "金额", "本币金额"],
      ["甲", "美元", 15895.9, 112860.89],
      ["乙", "美元", 100, ""],
      ["丙", "美元", 100, -710],
    ];
    const mapping = detectColumns(values, { dateOrder: "auto" });
    const r = ledgerRates({ values, sheet: "S", topLeft: "A1" }, mapping, new Map());
    expect(r.bookedRate(invoice(1, 15895.9))).toBeCloseTo(7.1, 6);
    expect(r.bookedRate(invoice(2, 100))).toBeNull(); // blank: the rates table decides
    expect(r.bookedRate(invoice(3, 100))).toBeNull();
    expect(r.issues.map((i) => [i.address, i.severity, i.reason.code])).toEqual([
      ["S!D4", "warning", "row.badLocalAmount"],
    ]);
  });

  test("a rate column: 汇率 as local per foreign unit; Xero's CurrencyRate as foreign units per local unit", () => {
    const zh = [
      ["客户", "币种", "金额", "汇率"],
      ["甲", "USD", 100, 7.2],
      ["乙", "USD", 100, "abc"],
    ];
    const r = ledgerRates({ values: zh, sheet: "S", topLeft: "A1" }, detectColumns(zh, {}), new Map());
    expect(r.bookedRate(invoice(1, 100))).toBe(7.2);
    expect(r.bookedRate(invoice(2, 100))).toBeNull();
    expect(r.issues.map((i) => [i.address, i.reason.code])).toEqual([["S!D3", "row.badRate"]]);
    const xero = [
      ["ContactName", "Total", "Currency", "CurrencyRate"],
      ["Acme", 100, "USD", 0.125],
    ];
    const x = ledgerRates({ values: xero, sheet: "S", topLeft: "A1" }, detectColumns(xero, {}), new Map());
    expect(x.bookedRate(invoice(1, 100))).toBe(8);
  });

  test("no local amount or rate column: no booked rates", () => {
    const values = [
      ["Customer", "Amount"],
      ["A", 1],
    ];
    const r = ledgerRates({ values, sheet: "S", topLeft: "A1" }, detectColumns(values, {}), new Map());
    expect(r.bookedRate(invoice(1, 1))).toBeNull();
  });
});
