/* The preview's export sheets: the sample ledger as QuickBooks, Xero and 金蝶 export it, each read and reconciled. */
import { analyzeLedger } from "../../src/engine/analysis/analyze";
import { MemoryWorkbook } from "../../src/preview/workbook/memoryWorkbook";
import { addExportSheets } from "../../src/preview/sampleExports";

test("three export sheets, one Chinese; each is read as its system and matches its own total where it has one", () => {
  const asOf = 45747;
  const book = new MemoryWorkbook();
  const names = addExportSheets(book, asOf);
  expect(names).toEqual(["QuickBooks export", "Xero export", "金蝶导出"]);
  const read = names.map((name) => {
    const sheet = book.sheet(name)!;
    const area = sheet.usedArea()!;
    const values = Array.from({ length: area.rows }, (_, r) =>
      Array.from({ length: area.columns }, (_, c) => sheet.get(r, c) ?? ""),
    );
    const a = analyzeLedger(
      { values, sheet: name, topLeft: "A1" },
      { asOf, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" },
    );
    return [
      a.mapping.system?.id,
      a.reconciliation?.matches ?? null,
      a.issues.filter((i) => i.severity === "excluded").length,
    ];
  });
  expect(read).toEqual([
    ["qbo-ar-aging-detail", true, 0],
    ["xero-invoices", null, 0],
    ["kingdee-ar-aging", true, 0],
  ]);
});
