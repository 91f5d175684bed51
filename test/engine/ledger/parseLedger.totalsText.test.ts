import { isTotalsText } from "../../../src/engine/ledger/parseLedger";

describe("a totals cell (read on every row, without making strings)", () => {
  it.each([
    ["Total", true], ["total", true], ["TOTALS", true], [" Grand total: ", true], ["Subtotal", true], ["sum", true],
    ["\u00a0Total", true], ["Total\u3000", true], ["\t合计", true], ["上海贸易 小计", true], ["汇总：", true], ["\u3000合计", true],
    ["INV-1", false], ["Totalitarian Ltd", false], ["Ｔotal", false], ["", false], ["   ", false], [45000, false], [null, false],
  ])("%j → %s", (value, expected) => {
    expect(isTotalsText(value)).toBe(expected);
  });
});
