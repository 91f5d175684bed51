/**
 * The ledger's invoices as an analysis read them (hooks.onLedgerInvoices), kept beside that analysis — sent by the
 * worker, or handed over on the pane's thread — so that the collections desk does not parse every row of the ledger
 * again (a second or more at 100,000 rows, in one piece); with them, when they came from the worker, the desk's
 * groups of them, put together as they arrived (customerGroups.ts).
 */
import type { AnalysisBeforeChecks, DeskGroups, Invoice } from "../../engine";

const read = new WeakMap<AnalysisBeforeChecks, { invoices: Invoice[]; groups?: DeskGroups }>();

/** Keeps `invoices` (and their groups) with `analysis` (none kept when the list is empty) and returns the analysis. */
export function keepInvoices<A extends AnalysisBeforeChecks>(analysis: A, invoices: Invoice[], groups?: DeskGroups): A {
  if (invoices.length > 0 || analysis.counts?.invoices === 0)
    read.set(analysis, { invoices, ...(groups ? { groups } : {}) });
  return analysis;
}

/** The invoices kept with this analysis, or undefined (then the desk reads them from the ledger). */
export function keptInvoices(analysis: AnalysisBeforeChecks): Invoice[] | undefined {
  return read.get(analysis)?.invoices;
}

/** The desk's groups of the invoices kept with this analysis, or undefined (then the desk groups them). */
export function keptGroups(analysis: AnalysisBeforeChecks): DeskGroups | undefined {
  return read.get(analysis)?.groups;
}
