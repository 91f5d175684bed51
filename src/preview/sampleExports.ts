/**
 * Extra preview sheets: the sample ledgers written in three accounting-system export layouts (QuickBooks Online
 * A/R Aging Detail, Xero's invoice export, 金蝶云星空 应收款账龄分析表), so a person can select one and see AR Lens
 * read it: the system named, the title, bucket and total rows skipped, the reconciliation with the export's total.
 */
import { generateLedger } from "../engine/sample/generateLedger";
import { kingdeeAging, openItems, quickBooksAgingDetail, xeroInvoices } from "../engine/sample/exportLayouts";
import { autofitColumns } from "./workbook/autofit";
import type { MemoryWorkbook } from "./workbook/memoryWorkbook";

/** Open invoices per export sheet: enough to show every section, small enough to read. */
const ITEMS = 40;

export function addExportSheets(book: MemoryWorkbook, asOf: number): string[] {
  const en = openItems(generateLedger({ seed: 7, customers: 12, invoices: 200, asOf, language: "en" }), asOf, ITEMS);
  const zh = openItems(generateLedger({ seed: 8, customers: 12, invoices: 200, asOf, language: "zh" }), asOf, ITEMS);
  const sheets = [
    quickBooksAgingDetail(en, asOf, "Harbor Lane Supply Co."),
    xeroInvoices(en),
    kingdeeAging(zh, asOf, "苏州恒润精密机械有限公司"),
  ];
  for (const s of sheets) {
    const sheet = book.addSheet(s.sheet);
    const width = s.values.reduce((w, r) => Math.max(w, r.length), 0);
    book.load(
      sheet,
      s.values,
      Array.from({ length: width }, (_, c) => (s.dateColumns.includes(c) ? "yyyy-mm-dd" : "General")),
    );
    autofitColumns(sheet, sheet.usedArea()!);
  }
  return sheets.map((s) => s.sheet);
}
