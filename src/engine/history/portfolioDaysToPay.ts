/**
 * The portfolio's amount-weighted days to pay as known at each of several past month-ends (analysis/portfolio.ts
 * paymentBehaviour): Σ cents × (paid − invoice date) / Σ cents over the invoices billed and settled by t, rounded to
 * whole days — what the days-to-pay forecast of the forecast check adds to each billing date (forecastAt.ts).
 * A settled invoice counts from the first month-end on or after both its dates: each is read once for all of them.
 * The sums are of whole numbers below 2^53, exact in any order; a ledger where they are not (dates with a time of
 * day, or sums too large) is summed at each month-end in history order instead, as one month-end alone would be.
 */
import type { CustomerHistory } from "./customerHistory";
import { SETTLED, type HistoryColumns } from "./historyColumns";

/** Whole days to pay at each of `monthEnds` (ascending) of `histories`, which share one set of columns. */
export function portfolioDaysToPayAt(histories: readonly CustomerHistory[], monthEnds: readonly number[]): number[] {
  const sums = daysToPaySumsByMonthEnd(histories, monthEnds);
  if (!sums) return monthEnds.map((t) => wholeDays(sumsInOrder(histories, t)));
  let cents = 0;
  let dayCents = 0;
  return monthEnds.map((_, k) => {
    cents += sums.cents[k];
    dayCents += sums.dayCents[k];
    return wholeDays({ cents, dayCents });
  });
}

const wholeDays = (s: { cents: number; dayCents: number }) => Math.round(s.cents > 0 ? s.dayCents / s.cents : 0);

/** Whether row i is a settled invoice with both dates (NaN: none): what the days to pay are read from. */
const counts = (c: HistoryColumns, i: number) =>
  (c.flags[i] & SETTLED) !== 0 && c.invoiceDate[i] === c.invoiceDate[i] && c.paid[i] === c.paid[i];

/**
 * Each settled invoice's cents and cents × days to pay, added at the first month-end it is known by (billed and paid
 * by then); null when a sum may not be exact in another order.
 */
export function daysToPaySumsByMonthEnd(
  histories: readonly CustomerHistory[],
  monthEnds: readonly number[],
): { cents: number[]; dayCents: number[] } | null {
  const sums = { cents: monthEnds.map(() => 0), dayCents: monthEnds.map(() => 0) };
  let sizeCents = 0;
  let sizeDayCents = 0;
  for (let x = 0; x < histories.length; x++) {
    const h = histories[x]; // an index loop: an iterator's step makes a result object per customer
    const c = h.columns;
    for (let i = h.start, end = h.start + h.invoices.length; i < end; i++) {
      if (!counts(c, i)) continue;
      const known = Math.max(c.billed[i], c.paid[i]);
      let k = 0;
      while (k < monthEnds.length && monthEnds[k] < known) k++;
      if (k === monthEnds.length) continue;
      const dayCents = c.amount[i] * (c.paid[i] - c.invoiceDate[i]);
      if (!Number.isInteger(dayCents)) return null;
      sizeCents += Math.abs(c.amount[i]);
      sizeDayCents += Math.abs(dayCents);
      sums.cents[k] += c.amount[i];
      sums.dayCents[k] += dayCents;
    }
  }
  // Every partial sum in any order is a whole number no larger than these: exact (below 2^53).
  const exact = sizeCents <= Number.MAX_SAFE_INTEGER && sizeDayCents <= Number.MAX_SAFE_INTEGER;
  return exact ? sums : null;
}

/** The sums at t, invoice after invoice in history order (those billed by t that count). */
function sumsInOrder(histories: readonly CustomerHistory[], t: number): { cents: number; dayCents: number } {
  let cents = 0;
  let dayCents = 0;
  for (let x = 0; x < histories.length; x++) {
    const h = histories[x];
    const c = h.columns;
    for (let i = h.start, end = h.start + h.invoices.length; i < end; i++) {
      if (!(c.billed[i] <= t) || !counts(c, i) || !(c.paid[i] <= t)) continue;
      cents += c.amount[i];
      dayCents += c.amount[i] * (c.paid[i] - c.invoiceDate[i]);
    }
  }
  return { cents, dayCents };
}
