/**
 * The ledger's invoices as an analysis read them (hooks.onLedgerInvoices), kept beside that analysis — sent by the
 * worker, or handed over on the pane's thread — so that the collections desk does not parse every row of the ledger
 * again (a second or more at 100,000 rows, in one piece).
 */
import type { AnalysisBeforeChecks, Invoice } from "../../engine";

const read = new WeakMap<AnalysisBeforeChecks, Invoice[]>();

/** Keeps `invoices` with `analysis` (none kept when the list is empty) and returns the analysis. */
export function keepInvoices<A extends AnalysisBeforeChecks>(analysis: A, invoices: Invoice[]): A {
  if (invoices.length > 0 || analysis.counts?.invoices === 0) read.set(analysis, invoices);
  return analysis;
}

/** The invoices kept with this analysis, or undefined (then the desk reads them from the ledger). */
export function keptInvoices(analysis: AnalysisBeforeChecks): Invoice[] | undefined {
  return read.get(analysis);
}
