import { totalsKind } from "../../../src/engine/ledger/totalsLine";

describe("totals lines in any spelling", () => {
  it("reads totals", () => {
    for (const t of ["Total", "TOTAL", "Totals:", "Grand Totals:", "Total Amount", "Totaal", "合计", "合　计", "总 计"])
      expect([t, totalsKind(t)]).toEqual([t, "total"]);
    expect(totalsKind("Ｔｏｔａｌ")).toBe("total");
    expect(totalsKind("Total\u200b")).toBe("total");
  });

  it("reads subtotals", () => {
    for (const t of ["Subtotal", "Sub Total", "Total for Current", "Acme Ltd Total", "小计", "上海贸易 小计"])
      expect([t, totalsKind(t)]).toEqual([t, "subtotal"]);
  });

  it("a customer called Total, or anything else, is not a totals line", () => {
    for (const t of ["Total Solutions Ltd", "Acme Ltd", "", "   ", 123, null, "x".repeat(81) + " total"])
      expect([t, totalsKind(t)]).toEqual([t, null]);
  });

  it("answers each text as it reads alone whatever was asked before (the text asked last is remembered)", () => {
    const kinds: [unknown, ReturnType<typeof totalsKind>][] = [
      ["Total", "total"],
      ["Subtotal", "subtotal"],
      ["INV-1001", null],
      ["Ｔｏｔａｌ", "total"],
      [" Total ", "total"],
      ["Total\u200b", "total"],
      ["小计", "subtotal"],
      ["Total Solutions Ltd", null],
      ["", null],
      [45000, null],
      [null, null],
    ];
    for (const [a] of kinds)
      for (const [b, kind] of kinds) {
        totalsKind(a);
        expect([a, b, totalsKind(b)]).toEqual([a, b, kind]);
        expect([b, totalsKind(b)]).toEqual([b, kind]);
      }
  });
});
