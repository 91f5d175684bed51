/** The preview's exporter sheets: its books in English and Chinese, read as the pane reads them. */
import { serialFromYmd } from "../../src/engine/core/dates";
import { readFlowsRange } from "../../src/engine/cash/flowsRange";
import { rateTable } from "../../src/engine/ledger/rateTable";
import { EXPORTER_INVOICES, EXPORTER_SAMPLE } from "../../src/preview/sampleExporter";
import { sampleWorkbook } from "../../src/preview/samples";

test("an exporter's ledger, bills, cash flows and rates table, in English and in Chinese, after the other samples", () => {
  const book = sampleWorkbook(serialFromYmd(2025, 11, 17));
  const names = book.sheets.map((s) => s.name);
  const en = EXPORTER_SAMPLE.en;
  const zh = EXPORTER_SAMPLE.zh;
  expect(names.slice(-8)).toEqual([
    en.ledger,
    en.payables,
    en.flows,
    en.rates,
    zh.ledger,
    zh.payables,
    zh.flows,
    zh.rates,
  ]);
  expect(book.sheet(en.ledger)!.usedArea()!.rows).toBe(EXPORTER_INVOICES + 1);
  expect(book.sheet(zh.ledger)!.rows[0]).toContain("本币金额");
  const rows = (name: string) => book.sheet(name)!.rows as unknown[][];
  const zhRates = rateTable(rows(zh.rates), { reportingCurrency: "CNY", at: (r, c) => `${zh.rates} ${r},${c}` });
  expect(zhRates.problems).toEqual([]); // its header row (币种) passed over
  expect(zhRates.rates.map((r) => r.currency)).toEqual(["USD", "EUR"]);
  const flows = readFlowsRange(rows(zh.flows), zh.flows, "A1");
  expect(flows.issues).toEqual([]);
  expect(flows.flows.map((f) => f.description)).toEqual(["工资", "厂房租金", "银行贷款还款", "出口退税", "货代运费"]);
  expect(flows.flows.find((f) => f.description === "货代运费")!.currency).toBe("USD");
});
