/**
 * A customer's payment habit: when, relative to the due date, it pays — early payers too (a negative offset).
 * From the fully settled invoices (paid date − due date, weighted by amount) we keep HABIT_POINTS equally likely
 * offsets (the amount-weighted quantiles). A customer with few paid invoices is shrunk toward the portfolio's habit:
 * its own points weigh n / (n + SHRINK_INVOICES), the portfolio's the rest (a credibility weighting, as in
 * Bühlmann's credibility formula, with SHRINK_INVOICES paid invoices worth as much as the portfolio).
 */
import { toCents } from "../model/money";
import { isSettled } from "./portfolio";
import type { Invoice } from "../model/types";

export const HABIT_POINTS = 20;
export const SHRINK_INVOICES = 5;

/** Offsets (days after the due date) with whole-number weights (probability = weight / Σ weights, exact sums). */
export interface PaymentHabit {
  offsets: number[];
  weights: number[];
  /** Paid invoices the customer's own part is read from. */
  paidInvoices: number;
}

/** Amount-weighted quantile offsets of a set of (offset, cents) observations; empty when there are none. */
export function habitPoints(
  observations: readonly { offset: number; cents: number }[],
  points = HABIT_POINTS,
): number[] {
  const sorted = observations.filter((o) => o.cents > 0).sort((a, b) => a.offset - b.offset);
  return sortedHabitPoints(
    sorted.map((o) => o.offset),
    sorted.map((o) => o.cents),
    sorted.length,
    points,
  );
}

/**
 * The same quantiles from observations already in ascending order of offset, all with cents > 0: the first `count`
 * entries of `offsets` and `cents` (typed arrays filled without building an object per invoice).
 */
export function sortedHabitPoints(
  offsets: ArrayLike<number>,
  cents: ArrayLike<number>,
  count: number,
  points = HABIT_POINTS,
): number[] {
  let total = 0;
  for (let i = 0; i < count; i++) total += cents[i];
  if (total === 0) return [];
  const out: number[] = [];
  let i = 0;
  let cumulative = cents[0];
  for (let k = 0; k < points; k++) {
    const target = ((k + 0.5) / points) * total;
    while (cumulative < target && i < count - 1) cumulative += cents[++i];
    out.push(offsets[i]);
  }
  return out;
}

/** Settled invoices as (days after due, cents) observations. */
export function paymentOffsets(invoices: readonly Invoice[]): { offset: number; cents: number }[] {
  const out: { offset: number; cents: number }[] = [];
  for (const inv of invoices)
    if (isSettled(inv) && inv.paidDate !== null)
      out.push({ offset: inv.paidDate - inv.dueDate, cents: toCents(inv.amount) });
  return out;
}

/** The customer's habit shrunk toward the portfolio's points (on the due date when nobody has paid yet). */
export function customerHabit(
  own: readonly { offset: number; cents: number }[],
  portfolioPoints: readonly number[],
): PaymentHabit {
  return habitFromPoints(habitPoints(own), own.length, portfolioPoints);
}

/** customerHabit from the customer's own points (habitPoints) and its number of settled invoices `n`. */
export function habitFromPoints(mine: readonly number[], n: number, portfolioPoints: readonly number[]): PaymentHabit {
  const base = portfolioPoints.length > 0 ? portfolioPoints : [0];
  if (mine.length === 0) return { offsets: [...base], weights: base.map(() => 1), paidInvoices: 0 };
  // Own share n / (n + K) over M points, portfolio share K / (n + K) over B points: weights n·B and K·M.
  return {
    offsets: [...mine, ...base],
    weights: [...mine.map(() => n * base.length), ...base.map(() => SHRINK_INVOICES * mine.length)],
    paidInvoices: n,
  };
}

/** Days past due after which a disputed invoice's fate is taken as known when measuring how disputes end. */
export const DISPUTE_SETTLE_DAYS = 90;

/**
 * The share of disputed amounts the ledger's own history shows collected: over the disputed invoices due at least
 * DISPUTE_SETTLE_DAYS before the as-of date, paid cents ÷ billed cents. 0 without such history (all doubtful).
 */
export function disputedCollectionRate(invoices: Iterable<Invoice>, asOf: number): number {
  let billed = 0;
  let paid = 0;
  for (const inv of invoices) {
    if (!inv.disputed || inv.amount <= 0 || inv.dueDate > asOf - DISPUTE_SETTLE_DAYS) continue;
    billed += toCents(inv.amount);
    if (inv.paidDate !== null && inv.paidDate <= asOf) paid += Math.max(0, toCents(inv.paidAmount));
  }
  return billed > 0 ? Math.min(1, paid / billed) : 0;
}
