/**
 * Portfolio figures: open and overdue amounts, the aging table (total and per customer), DSO by the period method
 * over a window ending on the as-of date, best possible DSO, average days delinquent, weighted days to pay and
 * late, and disputed amounts with their aging (definitions: docs/METRICS.md, Credit Research Foundation).
 */
import { bucketIndex, bucketLabels } from "../core/aging";
import { collectionEffectivenessIndex } from "../core/ratios";
import { fromCents, toCents } from "../core/money";
import type { AgingBasis, AgingTable, Invoice, PortfolioSummary } from "../model/types";

export interface PortfolioSettings {
  asOf: number;
  agingBasis: AgingBasis;
  agingEdges: number[];
  dsoWindowDays: number;
  currency: string;
}

/** The date an invoice ages from under the chosen basis. */
export function agingDate(invoice: Invoice, basis: AgingBasis): number {
  return basis === "invoice" && invoice.invoiceDate !== null ? invoice.invoiceDate : invoice.dueDate;
}

/** A fully settled invoice with a payment date: the ones that show how a customer pays (partial payments do not). */
export function isSettled(inv: Invoice): boolean {
  return inv.paidDate !== null && inv.amount > 0 && inv.openAmount <= 0;
}

/** Amount-weighted averages over paid invoices: days to pay and days late (0 for on-time payments). */
export function paymentBehaviour(invoices: readonly Invoice[]): {
  weightedDaysToPay: number | null;
  weightedDaysLate: number | null;
} {
  let wPay = 0;
  let sPay = 0;
  let wLate = 0;
  let sLate = 0;
  // Integer cents × whole days: exact sums, so the result does not depend on the order of the rows.
  for (let i = 0; i < invoices.length; i++) {
    const inv = invoices[i];
    if (!isSettled(inv) || inv.paidDate === null) continue;
    const cents = toCents(inv.amount);
    wLate += cents;
    sLate += cents * Math.max(0, inv.paidDate - inv.dueDate);
    if (inv.invoiceDate !== null) {
      wPay += cents;
      sPay += cents * (inv.paidDate - inv.invoiceDate);
    }
  }
  return { weightedDaysToPay: wPay > 0 ? sPay / wPay : null, weightedDaysLate: wLate > 0 ? sLate / wLate : null };
}

export function summarizePortfolio(
  invoices: readonly Invoice[],
  settings: PortfolioSettings,
): { portfolio: PortfolioSummary; aging: AgingTable } {
  const { asOf, agingBasis, agingEdges } = settings;
  const nb = agingEdges.length + 1;
  const totals = new Array<number>(nb).fill(0);
  const disputed = new Array<number>(nb).fill(0);
  const byCustomer = new Map<string, number[]>();
  let currentCents = 0;
  let over90Cents = 0;
  let salesCents = 0;
  let beginCents = 0;
  let openInvoices = 0;
  const windowStart = asOf - settings.dsoWindowDays;
  for (let i = 0; i < invoices.length; i++) {
    const inv = invoices[i];
    const open = toCents(inv.openAmount);
    const b = bucketIndex(asOf - agingDate(inv, agingBasis), agingEdges);
    totals[b] += open;
    let row = byCustomer.get(inv.customer);
    if (!row) byCustomer.set(inv.customer, (row = new Array<number>(nb).fill(0)));
    row[b] += open;
    if (inv.disputed) disputed[b] += open;
    const pastDue = asOf - inv.dueDate;
    if (pastDue <= 0) currentCents += open;
    if (pastDue > 90) over90Cents += open;
    if (open !== 0) openInvoices++;
    const saleDate = inv.invoiceDate ?? inv.dueDate;
    if (saleDate > windowStart && saleDate <= asOf) salesCents += toCents(inv.amount);
    // Open at the window's start: invoiced by then, less what was paid by then (a payment without a date is taken
    // as made after it).
    else if (saleDate <= windowStart)
      beginCents += inv.paidDate !== null && inv.paidDate <= windowStart ? open : toCents(inv.amount);
  }
  const totalCents = totals.reduce((s, c) => s + c, 0);
  const totalOpen = fromCents(totalCents);
  const sales = fromCents(salesCents);
  const window = settings.dsoWindowDays;
  // DSO, period method (CRF): ending AR / credit sales in the window × days in the window.
  const dso = sales > 0 ? (totalOpen / sales) * window : null;
  const bestPossibleDso = sales > 0 ? (fromCents(currentCents) / sales) * window : null;
  // CEI (CRF) over the same window, in months of 30 days: (begin AR + sales / N − end AR) / (begin AR + sales / N −
  // end current AR) × 100. None where it is undefined (no sales, nothing collectible, credits outweighing debts).
  const months = Math.max(1, Math.round(window / 30));
  let cei: number | null = null;
  if (salesCents > 0 && beginCents >= 0 && currentCents >= 0 && currentCents <= totalCents) {
    try {
      cei = collectionEffectivenessIndex(fromCents(beginCents), sales, totalOpen, fromCents(currentCents), months);
    } catch {
      cei = null;
    }
  }
  const behaviour = paymentBehaviour(invoices);
  const labels = bucketLabels(agingEdges, agingBasis);
  const customers = [...byCustomer.entries()]
    .map(([customer, cents]) => ({
      customer,
      buckets: cents.map(fromCents),
      total: fromCents(cents.reduce((s, c) => s + c, 0)),
    }))
    .sort((a, b) => b.total - a.total || (a.customer < b.customer ? -1 : a.customer > b.customer ? 1 : 0));
  return {
    aging: {
      basis: agingBasis,
      edges: [...agingEdges],
      labels,
      totals: totals.map(fromCents),
      total: totalOpen,
      byCustomer: customers,
    },
    portfolio: {
      currency: settings.currency,
      asOf,
      totalOpen,
      currentOpen: fromCents(currentCents),
      overdueOpen: fromCents(totalCents - currentCents),
      overdueShare: totalCents > 0 ? (totalCents - currentCents) / totalCents : 0,
      over90Share: totalCents > 0 ? over90Cents / totalCents : 0,
      invoiceCount: invoices.length,
      openInvoiceCount: openInvoices,
      customerCount: byCustomer.size,
      dsoWindowDays: window,
      creditSalesInWindow: sales,
      dso,
      bestPossibleDso,
      averageDaysDelinquent: dso !== null && bestPossibleDso !== null ? dso - bestPossibleDso : null,
      openAtWindowStart: fromCents(beginCents),
      collectionEffectivenessIndex: cei,
      weightedDaysToPay: behaviour.weightedDaysToPay,
      weightedDaysLate: behaviour.weightedDaysLate,
      disputedOpen: fromCents(disputed.reduce((s, c) => s + c, 0)),
      disputedAging: disputed.map(fromCents),
    },
  };
}
