/** The invoices an analysis reads and hands over (hooks.onLedgerInvoices): what the worker sends the pane. */
import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import type { Invoice } from "../../../src/engine/model/types";

export function invoicesRead(values: unknown[][], asOf: number, numberFormats?: string[][]): Invoice[] {
  let read: Invoice[] = [];
  const settings = { asOf, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" } as const;
  const input = { values, sheet: "Ledger", topLeft: "A1", ...(numberFormats ? { numberFormats } : {}) };
  analyzeLedger(input, settings, { onLedgerInvoices: (invoices) => (read = invoices) });
  return read;
}
