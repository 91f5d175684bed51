/**
 * KPI trend: the portfolio's figures at each of the last 12 (or 24) month-ends up to the as-of date — open AR,
 * overdue share, share over 90 days past due, DSO (period method over the analysis's DSO window), best possible DSO,
 * average days delinquent (Credit Research Foundation definitions, docs/METRICS.md) — plus two monthly figures: the
 * month's CEI (begin AR = the previous month-end's open AR, the month's credit sales, end AR and end current AR,
 * N = 1) and the amount-weighted days late of the invoices settled in the month.
 *
 * Each month-end figure equals what `analyzeLedger` with that as-of date gives (the ledger as an analysis reads it
 * at a past date: `listedAt`, `analysedOpenCentsAt`). One pass over the invoices: each adds its cents to
 * difference arrays over the month-ends where it is open, current, over 90 days or in the DSO window.
 */
import { fromCents, toCents } from "../model/money";
import { collectionEffectivenessIndex } from "../core/ratios";
import { isSettled } from "../analysis/portfolio";
import type { Invoice } from "../model/types";
import { firstOnOrAfter, monthEndsUpTo } from "./pointInTime";

export const TREND_MONTH_CHOICES = [12, 24] as const;
export const DEFAULT_TREND_MONTHS = 12;

export interface KpiTrendPoint {
  /** The month-end (Excel serial). */
  monthEnd: number;
  totalOpen: number;
  currentOpen: number;
  /** Share of the open amount past due (0 when nothing is open), as the analysis's portfolio gives it. */
  overdueShare: number;
  /** Share of the open amount more than 90 days past due. */
  over90Share: number;
  /** Credit sales in the DSO window ending on the month-end. */
  creditSalesInWindow: number;
  dso: number | null;
  bestPossibleDso: number | null;
  averageDaysDelinquent: number | null;
  /** Open AR at the previous month-end (the month's begin AR for CEI). */
  beginOpen: number;
  /** Credit sales invoiced in the month (after the previous month-end, up to this one). */
  monthSales: number;
  /** CEI of the month (N = 1); null where it is undefined (no sales, nothing collectible, credits outweighing debts). */
  cei: number | null;
  /** Amount-weighted days late of the invoices settled in the month; null when none was. */
  paidWeightedDaysLate: number | null;
}

export interface KpiTrend {
  months: number;
  dsoWindowDays: number;
  points: KpiTrendPoint[];
}

export interface KpiTrendSettings {
  asOf: number;
  dsoWindowDays: number;
  months: number;
}

/** Adds `cents` over the index range [from, to) of a difference array. */
function addRange(diff: Float64Array, from: number, to: number, cents: number): void {
  if (from >= to || cents === 0) return;
  diff[from] += cents;
  diff[to] -= cents;
}

/** Adds `cents` where [from, to) and [lo, hi) overlap. */
function addOverlap(diff: Float64Array, from: number, to: number, lo: number, hi: number, cents: number): void {
  addRange(diff, Math.max(from, lo), Math.min(to, hi), cents);
}

/** One stretch [from, to) of month-ends where the invoice is open for `cents`: to the totals, current and over 90. */
function addPiece(
  open: Float64Array,
  current: Float64Array,
  over90: Float64Array,
  from: number,
  to: number,
  cents: number,
  dueUntil: number,
  over90From: number,
  n: number,
): void {
  if (from >= to || cents === 0) return;
  addRange(open, from, to, cents);
  addOverlap(current, from, to, 0, dueUntil, cents);
  addOverlap(over90, from, to, over90From, n, cents);
}

function runningSums(diff: Float64Array, n: number): number[] {
  const out = new Array<number>(n);
  let s = 0;
  for (let i = 0; i < n; i++) out[i] = s += diff[i];
  return out;
}

/** The trend over `settings.months` month-ends up to `settings.asOf` (integer cents throughout, so sums are exact). */
export function kpiTrend(invoices: readonly Invoice[], settings: KpiTrendSettings): KpiTrend {
  const window = settings.dsoWindowDays;
  // dates[0] is the month-end before the first one shown: the first month's begin AR.
  const dates = monthEndsUpTo(settings.asOf, settings.months + 1);
  const n = dates.length;
  const open = new Float64Array(n + 1);
  const current = new Float64Array(n + 1);
  const over90 = new Float64Array(n + 1);
  const sales = new Float64Array(n + 1);
  const monthSales = new Float64Array(n);
  const paidCents = new Float64Array(n);
  const paidLateCents = new Float64Array(n);
  for (let i = 0; i < invoices.length; i++) {
    const inv = invoices[i];
    const amount = toCents(inv.amount);
    const rest = amount - toCents(inv.paidAmount);
    const listed = inv.invoiceDate === null ? 0 : firstOnOrAfter(dates, inv.invoiceDate);
    const paidAt = inv.paidDate === null ? listed : Math.max(listed, firstOnOrAfter(dates, inv.paidDate));
    // Current while the month-end is on or before the due date; over 90 once it is more than 90 days after it.
    const dueUntil = firstOnOrAfter(dates, inv.dueDate + 1);
    const over90From = firstOnOrAfter(dates, inv.dueDate + 91);
    // Open for the full amount from its listing until its payment, then for the rest.
    addPiece(open, current, over90, listed, paidAt, amount, dueUntil, over90From, n);
    addPiece(open, current, over90, paidAt, n, rest, dueUntil, over90From, n);
    // In the DSO window ending on m when m − window < sale date ≤ m (portfolio.ts dates a sale like this).
    const saleDate = inv.invoiceDate ?? inv.dueDate;
    const saleAt = firstOnOrAfter(dates, saleDate);
    addRange(sales, saleAt, firstOnOrAfter(dates, saleDate + window), amount);
    if (saleAt >= 1 && saleAt < n) monthSales[saleAt] += amount;
    if (isSettled(inv) && inv.paidDate !== null) {
      const k = firstOnOrAfter(dates, inv.paidDate);
      if (k >= 1 && k < n) {
        paidCents[k] += amount;
        paidLateCents[k] += amount * Math.max(0, inv.paidDate - inv.dueDate);
      }
    }
  }
  const openAt = runningSums(open, n);
  const currentAt = runningSums(current, n);
  const over90At = runningSums(over90, n);
  const salesAt = runningSums(sales, n);
  const points: KpiTrendPoint[] = [];
  for (let k = 1; k < n; k++) {
    points.push(
      pointAt(
        dates[k],
        window,
        openAt[k],
        currentAt[k],
        over90At[k],
        salesAt[k],
        openAt[k - 1],
        monthSales[k],
        paidCents[k],
        paidLateCents[k],
      ),
    );
  }
  return { months: settings.months, dsoWindowDays: window, points };
}

/** One month-end's figures from its cent sums, computed exactly as portfolio.ts computes them. */
function pointAt(
  monthEnd: number,
  window: number,
  totalCents: number,
  currentCents: number,
  over90Cents: number,
  salesCents: number,
  beginCents: number,
  monthSalesCents: number,
  paidCents: number,
  paidLateCents: number,
): KpiTrendPoint {
  const totalOpen = fromCents(totalCents);
  const sales = fromCents(salesCents);
  // DSO and best possible DSO, period method (CRF): AR / credit sales in the window × days in the window.
  const dso = sales > 0 ? (totalOpen / sales) * window : null;
  const bestPossibleDso = sales > 0 ? (fromCents(currentCents) / sales) * window : null;
  return {
    monthEnd,
    totalOpen,
    currentOpen: fromCents(currentCents),
    overdueShare: totalCents > 0 ? (totalCents - currentCents) / totalCents : 0,
    over90Share: totalCents > 0 ? over90Cents / totalCents : 0,
    creditSalesInWindow: sales,
    dso,
    bestPossibleDso,
    averageDaysDelinquent: dso !== null && bestPossibleDso !== null ? dso - bestPossibleDso : null,
    beginOpen: fromCents(beginCents),
    monthSales: fromCents(monthSalesCents),
    cei: monthlyCei(beginCents, monthSalesCents, totalCents, currentCents),
    paidWeightedDaysLate: paidCents > 0 ? paidLateCents / paidCents : null,
  };
}

/** CEI of one month (CRF, N = 1): (begin + sales − end AR) / (begin + sales − end current AR) × 100. */
function monthlyCei(beginCents: number, salesCents: number, endCents: number, endCurrentCents: number): number | null {
  if (salesCents <= 0 || beginCents < 0 || endCurrentCents < 0 || endCurrentCents > endCents) return null;
  try {
    return collectionEffectivenessIndex(
      fromCents(beginCents),
      fromCents(salesCents),
      fromCents(endCents),
      fromCents(endCurrentCents),
      1,
    );
  } catch {
    return null;
  }
}
