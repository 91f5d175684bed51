import { isTotalsText } from "../../../src/engine/ledger/parseLedger";

describe("a totals cell (read on every row, without making strings)", () => {
  it.each([
    ["Total", true],
    ["total", true],
    ["TOTALS", true],
    [" Grand total: ", true],
    ["Subtotal", true],
    ["sum", true],
    ["\u00a0Total", true],
    ["Total\u3000", true],
    ["\t合计", true],
    ["上海贸易 小计", true],
    ["汇总：", true],
    ["\u3000合计", true],
    // One rule with width, spacing and invisible characters folded (also when the line carries a date).
    ["Sub Total", true],
    ["Acme Ltd Total", true],
    ["Total Amount", true],
    ["Ｔｏｔａｌ", true],
    ["Ｔotal", true],
    ["Totaal", true],
    ["总 计", true],
    ["合  计", true],
    ["合\u3000计", true],
    ["Total\u200b", true],
    ["Total for Current", true],
    ["Grand Totals:", true],
    ["INV-1", false],
    ["Totalitarian Ltd", false],
    ["Total Solutions Ltd", false],
    ["Totally Fresh", false],
    ["", false],
    ["   ", false],
    [45000, false],
    [null, false],
  ])("%j → %s", (value, expected) => {
    expect(isTotalsText(value)).toBe(expected);
  });
});
