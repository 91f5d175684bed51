/**
 * The preview's exporter: a second company's books (generateExporter.ts) as four sheets in English and four in
 * Chinese — its receivables in USD and EUR with the booked rate and the CNY amount, its suppliers' bills in CNY, its
 * cash flows (wages, rent, the export VAT refund in CNY; the freight forwarder in USD) and the rates table to CNY —
 * so the cash plan can be made in one currency with a currency scenario.
 */
import { generateExporter } from "../engine/sample/generateExporter";
import { generatePayables } from "../engine/sample/generatePayables";
import { autofitColumns } from "./workbook/autofit";
import type { MemoryWorkbook } from "./workbook/memoryWorkbook";

export const EXPORTER_SAMPLE = {
  en: { ledger: "Exporter AR", payables: "Exporter AP", flows: "Exporter cash", rates: "FX rates", seed: 2026 },
  zh: { ledger: "外贸应收", payables: "外贸应付", flows: "外贸现金流", rates: "汇率表", seed: 2027 },
} as const;

/** Invoices in each exporter ledger (the header row comes on top). */
export const EXPORTER_INVOICES = 240;

export function addExporterSheets(book: MemoryWorkbook, asOf: number): void {
  for (const lang of ["en", "zh"] as const) {
    const names = EXPORTER_SAMPLE[lang];
    const books = generateExporter(asOf, lang, names.seed);
    const bills = generatePayables({
      seed: names.seed + 1,
      suppliers: 15,
      bills: 150,
      asOf,
      language: lang,
      monthlyPurchases: books.monthlySalesCny * 0.6,
    });
    const sheets: [string, (string | number)[][], string[]][] = [
      [names.ledger, books.ledger, books.ledgerFormats],
      [names.payables, bills.values, bills.columnFormats],
      [names.flows, books.flows, ["@", "#,##0.00", "yyyy-mm-dd", "@", "@", "@"]],
      [names.rates, books.rates, ["@", "0.0000", "yyyy-mm-dd"]],
    ];
    for (const [name, values, formats] of sheets) {
      const sheet = book.addSheet(name);
      book.load(sheet, values, formats);
      autofitColumns(sheet, sheet.usedArea()!);
    }
  }
}
