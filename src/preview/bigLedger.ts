/**
 * A large generated ledger in the preview, on request: `?ledger=100000` in the page's address adds a sheet holding
 * that many invoices over 5,000 customers (our own generator), for trying AR Lens — and testing it in a browser —
 * at the size of a real company's ledger. At most 1,048,575 invoices: with the header, Excel's last row.
 */
import { generateLedger } from "../engine/sample/generateLedger";
import type { MemoryWorkbook } from "./workbook/memoryWorkbook";

export const BIG_LEDGER_SHEET = "Large ledger";
const MAX_INVOICES = 1_048_575;

/** The invoices `?ledger=` asks for, capped at Excel's rows; null when absent or not a positive number. */
export function bigLedgerFromSearch(search: string): number | null {
  const wanted = Math.floor(Number(new URLSearchParams(search).get("ledger")));
  return Number.isFinite(wanted) && wanted > 0 ? Math.min(wanted, MAX_INVOICES) : null;
}

/** Adds the sheet with `invoices` generated invoices (header in English), as the last sheet. */
export function addBigLedger(book: MemoryWorkbook, asOf: number, invoices: number): void {
  const ledger = generateLedger({ seed: 11, customers: 5000, invoices, asOf, language: "en" });
  book.load(book.addSheet(BIG_LEDGER_SHEET), ledger.values, ledger.columnFormats);
}
