/**
 * A customer's figures at the as-of date read from its history's columns (historyColumns.ts) instead of its invoice
 * objects: the open balance by aging bucket, the days beyond terms behind the PAYDEX-style score (analysis/paydex.ts
 * daysBeyondTerms) and the average monthly sales behind the credit limit (analysis/customers.ts monthlySales).
 * Whole cents summed, so the figures are those of the invoice-by-invoice definitions.
 */
import { bucketIndex } from "../core/aging";
import type { AgingBasis } from "../model/types";
import type { CustomerHistory } from "./customerHistory";
import { POSITIVE, SETTLED } from "./historyColumns";

/** Open cents per bucket (aged by due date, or by invoice date where the row has one) and how many rows are open. */
export function openBuckets(
  h: CustomerHistory,
  asOf: number,
  basis: AgingBasis,
  edges: readonly number[],
): { cents: number[]; openCount: number } {
  const cents = new Array<number>(edges.length + 1).fill(0);
  return { cents, openCount: openBucketsInto(cents, h, asOf, basis, edges) };
}

/** The same open cents per bucket written into `cents` (edges.length + 1 of them, set to 0 first); gives the count. */
export function openBucketsInto(
  cents: number[],
  h: CustomerHistory,
  asOf: number,
  basis: AgingBasis,
  edges: readonly number[],
): number {
  const c = h.columns;
  for (let k = 0; k <= edges.length; k++) cents[k] = 0;
  let openCount = 0;
  for (let i = h.start, end = h.start + h.invoices.length; i < end; i++) {
    const open = c.open[i];
    const invoiceDate = c.invoiceDate[i];
    const date = basis === "invoice" && invoiceDate === invoiceDate ? invoiceDate : c.due[i];
    cents[bucketIndex(asOf - date, edges)] += open;
    if (open !== 0) openCount++;
  }
  return openCount;
}

/** Amount-weighted days beyond terms (paid − due) over the settled invoices; null without any. */
export function daysBeyondTermsOf(h: CustomerHistory): number | null {
  const c = h.columns;
  let w = 0;
  let s = 0;
  for (let i = h.start, end = h.start + h.invoices.length; i < end; i++) {
    if ((c.flags[i] & SETTLED) === 0) continue;
    w += c.amount[i];
    s += c.amount[i] * (c.paid[i] - c.due[i]);
  }
  return w > 0 ? s / w : null;
}

/** Cents of the sales (positive amounts) dated in (asOf − days, asOf], dated by invoice date, else due date. */
export function salesCentsOf(h: CustomerHistory, asOf: number, days: number): number {
  const c = h.columns;
  let cents = 0;
  for (let i = h.start, end = h.start + h.invoices.length; i < end; i++) {
    const invoiceDate = c.invoiceDate[i];
    const d = invoiceDate === invoiceDate ? invoiceDate : c.due[i];
    if (d > asOf - days && d <= asOf && (c.flags[i] & POSITIVE) !== 0) cents += c.amount[i];
  }
  return cents;
}
