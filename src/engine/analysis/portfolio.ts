/**
 * Portfolio figures: open and overdue amounts, the aging table (total and per customer), DSO by the period method
 * over a window ending on the as-of date, best possible DSO, average days delinquent, weighted days to pay and
 * late, and disputed amounts with their aging (definitions: docs/METRICS.md, Credit Research Foundation).
 */
import { bucketAmounts, bucketIndex, bucketLabels } from "../core/aging";
import { collectionEffectivenessIndex } from "../core/ratios";
import { fromCents, toCents } from "../model/money";
import type { AgingBasis, AgingTable, Invoice, PortfolioSummary } from "../model/types";
import { largestThenByName } from "./largestFirst";

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

/** One pass over the invoices: open cents by aging bucket (all, disputed, per customer) and the window's sums. */
function tallyInvoices(invoices: readonly Invoice[], settings: PortfolioSettings) {
  const { asOf, agingBasis, agingEdges } = settings;
  const nb = agingEdges.length + 1;
  const t = {
    totals: new Array<number>(nb).fill(0),
    disputed: new Array<number>(nb).fill(0),
    /** Each customer's row of `nb` bucket cents in `customerCents`, in the order customers first appear. */
    customerRow: new Map<string, number>(),
    customerCents: [] as number[],
    currentCents: 0,
    over90Cents: 0,
    salesCents: 0,
    beginCents: 0,
    openInvoices: 0,
  };
  const windowStart = asOf - settings.dsoWindowDays;
  for (let i = 0; i < invoices.length; i++) {
    const inv = invoices[i];
    const open = toCents(inv.openAmount);
    const b = bucketIndex(asOf - agingDate(inv, agingBasis), agingEdges);
    t.totals[b] += open;
    t.customerCents[rowOf(t, inv.customer, nb) + b] += open;
    if (inv.disputed) t.disputed[b] += open;
    const pastDue = asOf - inv.dueDate;
    if (pastDue <= 0) t.currentCents += open;
    if (pastDue > 90) t.over90Cents += open;
    if (open !== 0) t.openInvoices++;
    const saleDate = inv.invoiceDate ?? inv.dueDate;
    if (saleDate > windowStart && saleDate <= asOf) t.salesCents += toCents(inv.amount);
    // Open at the window's start: invoiced by then, less what was paid by then (a payment without a date is taken
    // as made after it).
    else if (saleDate <= windowStart)
      t.beginCents += inv.paidDate !== null && inv.paidDate <= windowStart ? open : toCents(inv.amount);
  }
  return t;
}

/** Where the customer's row of bucket cents starts (a new row of zeros for a customer not seen yet). */
function rowOf(t: { customerRow: Map<string, number>; customerCents: number[] }, customer: string, nb: number): number {
  let start = t.customerRow.get(customer);
  if (start === undefined) {
    start = t.customerCents.length;
    t.customerRow.set(customer, start);
    for (let k = 0; k < nb; k++) t.customerCents.push(0);
  }
  return start;
}

/**
 * CEI (CRF) over the DSO window, in months of 30 days: (begin AR + sales / N − end AR) / (begin AR + sales / N −
 * end current AR) × 100. None where it is undefined (no sales, nothing collectible, credits outweighing debts).
 */
function ceiOf(t: ReturnType<typeof tallyInvoices>, totalCents: number, window: number): number | null {
  const months = Math.max(1, Math.round(window / 30));
  if (!(t.salesCents > 0 && t.beginCents >= 0 && t.currentCents >= 0 && t.currentCents <= totalCents)) return null;
  try {
    const [begin, sales, end, current] = [t.beginCents, t.salesCents, totalCents, t.currentCents].map(fromCents);
    return collectionEffectivenessIndex(begin, sales, end, current, months);
  } catch {
    return null;
  }
}

/** Each customer's aging row, largest balance first (then by name). */
function agingRows(customerRow: Map<string, number>, cents: number[], nb: number): AgingTable["byCustomer"] {
  const rows: AgingRow[] = [];
  customerRow.forEach((start, customer) => {
    let total = 0;
    for (let k = start; k < start + nb; k++) total += cents[k];
    rows.push({ customer, buckets: bucketAmounts(cents, start, nb), total: fromCents(total) });
  });
  return largestThenByName(rows, totalOf, customerOf, byTotalThenName);
}

type AgingRow = AgingTable["byCustomer"][number];
const totalOf = (r: AgingRow) => r.total;
const customerOf = (r: AgingRow) => r.customer;
const byTotalThenName = (a: AgingRow, b: AgingRow) =>
  b.total - a.total || (a.customer < b.customer ? -1 : a.customer > b.customer ? 1 : 0);

export function summarizePortfolio(
  invoices: readonly Invoice[],
  settings: PortfolioSettings,
): { portfolio: PortfolioSummary; aging: AgingTable } {
  const { asOf, agingBasis, agingEdges } = settings;
  const t = tallyInvoices(invoices, settings);
  const { totals, disputed, currentCents } = t;
  const totalCents = totals.reduce((s, c) => s + c, 0);
  const totalOpen = fromCents(totalCents);
  const sales = fromCents(t.salesCents);
  const window = settings.dsoWindowDays;
  // DSO, period method (CRF): ending AR / credit sales in the window × days in the window.
  const dso = sales > 0 ? (totalOpen / sales) * window : null;
  const bestPossibleDso = sales > 0 ? (fromCents(currentCents) / sales) * window : null;
  const behaviour = paymentBehaviour(invoices);
  const labels = bucketLabels(agingEdges, agingBasis);
  const byCustomer = agingRows(t.customerRow, t.customerCents, agingEdges.length + 1);
  return {
    aging: {
      basis: agingBasis,
      edges: [...agingEdges],
      labels,
      totals: totals.map(fromCents),
      total: totalOpen,
      byCustomer,
    },
    portfolio: {
      currency: settings.currency,
      asOf,
      totalOpen,
      currentOpen: fromCents(currentCents),
      overdueOpen: fromCents(totalCents - currentCents),
      overdueShare: totalCents > 0 ? (totalCents - currentCents) / totalCents : 0,
      over90Share: totalCents > 0 ? t.over90Cents / totalCents : 0,
      invoiceCount: invoices.length,
      openInvoiceCount: t.openInvoices,
      customerCount: t.customerRow.size,
      dsoWindowDays: window,
      creditSalesInWindow: sales,
      dso,
      bestPossibleDso,
      averageDaysDelinquent: dso !== null && bestPossibleDso !== null ? dso - bestPossibleDso : null,
      openAtWindowStart: fromCents(t.beginCents),
      collectionEffectivenessIndex: ceiOf(t, totalCents, window),
      weightedDaysToPay: behaviour.weightedDaysToPay,
      weightedDaysLate: behaviour.weightedDaysLate,
      disputedOpen: fromCents(disputed.reduce((s, c) => s + c, 0)),
      disputedAging: disputed.map(fromCents),
    },
  };
}
