import { analyzeLedger } from "../../src/engine/analysis/analyze";
import { currencyReportTable } from "../../src/excel/currencyReport";
import { buildReport } from "../../src/excel/buildReport";
import { displayText, excelFormat } from "../../src/excel/reportLayout";
import { d } from "../engine/analysis/handLedger";

const values = [
  ["Customer", "Invoice", "Invoice Date", "Due Date", "Amount", "Local amount", "Currency"],
  ["Acme", "A-1", d("2025-05-01"), d("2025-05-31"), 1000, 1000, "CNY"],
  ["Acme", "A-2", d("2025-04-01"), d("2025-04-30"), 100.01, 710.07, "USD"],
  ["Bolt", "B-2", d("2025-06-01"), d("2025-07-01"), 250.5, "", "EUR"],
  ["Bolt", "B-3", d("2025-06-01"), d("2025-07-01"), 10, "", "GBP"],
];
const settings = { asOf: d("2025-06-30"), agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" } as const;
const rates = [
  { currency: "USD", rate: 7.19, date: d("2025-06-30") },
  { currency: "EUR", rate: 7.8123, date: d("2025-06-30") },
];
const a = analyzeLedger({ values, sheet: "S", topLeft: "A1" }, { ...settings, rates });

describe("the report's several-currencies table", () => {
  test("per currency: 原币, rate and its source, 本币, booked vs today; the total and the gain or loss", () => {
    const table = currencyReportTable(a, "en")!;
    expect(table.columns.map((c) => c.header)).toEqual([
      "Currency",
      "Invoices",
      "Open (original)",
      "Rate",
      "Rate from",
      "Rate date",
      "Open (CNY)",
      "At booked rates",
      "At today's rate",
      "Exchange gain (loss)",
    ]);
    expect(table.rows).toEqual([
      ["CNY", 1, 1000, 1, "reporting currency", null, 1000, null, null, null],
      ["EUR", 1, 250.5, 7.8123, "rates table", d("2025-06-30"), 1956.98, null, null, null],
      ["USD", 1, 100.01, 7.09999, "ledger (booked)", null, 710.07, 710.07, 719.07, 9],
      ["GBP", 0, 10, null, "no rate: left out", null, null, null, null, null],
      ["Total", null, null, null, null, null, 3667.05, null, null, 9],
    ]);
    expect(a.portfolio.totalOpen).toBe(3667.05);
  });

  test("in Chinese: 原币, 本币, 汇率, 汇兑损益; in the written report after the aging; none for one currency", () => {
    const zh = currencyReportTable(a, "zh-CN")!;
    expect(zh.title).toBe("多币种");
    expect(zh.columns.map((c) => c.header)).toContain("未收（原币）");
    expect(zh.columns.map((c) => c.header)).toContain("汇兑损益");
    expect(zh.columns.map((c) => c.header)).toContain("未收（本币 CNY）");
    const names = buildReport(a, "en").tables.map((t) => t.name);
    expect(names.indexOf("Currencies")).toBe(names.indexOf("Aging") + 1);
    const one = analyzeLedger({ values: values.slice(0, 2), sheet: "S", topLeft: "A1" }, settings);
    expect(currencyReportTable(one, "en")).toBeNull();
  });

  test("original amounts are written as amounts without the reporting currency's symbol", () => {
    const model = buildReport(a, "en");
    expect(displayText(model, 250.5, "amount")).toBe("250.50");
    expect(excelFormat(model, "amount")).toBe("#,##0.00");
  });
});
