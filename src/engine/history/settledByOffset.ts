/**
 * The ledger's settled invoices (paid in full, with a payment date) customer by customer, each customer's in
 * ascending order of offset (paid − due): the payment habits' raw material (habitsAt.ts). Put in order once per set
 * of histories — a counting sort over the distinct offsets — so that reading the habits at a date is one pass.
 */
import { integers, numbers } from "../core/heapArrays";
import { stableOrder } from "../core/stableOrder";
import type { CustomerHistory } from "./customerHistory";
import { DISPUTED, POSITIVE, SETTLED } from "./historyColumns";

/** Customer k's settled invoices are entries from[k] … from[k + 1] − 1 of the other arrays. */
export interface SettledByOffset {
  from: number[];
  offset: number[];
  /** The amount in cents. */
  cents: number[];
  /** The first day the payment is known: billed by then and paid by then (the later of the two dates). */
  known: number[];
  /** Position of the offset among the ledger's distinct offsets (`distinct`, ascending). */
  rank: number[];
  distinct: number[];
  /** Rows (history order) of the disputed sales: the only ones the disputed collection rate reads. */
  disputed: number[];
}

const cache = new WeakMap<readonly CustomerHistory[], SettledByOffset>();

/** The settled invoices of `histories` (sharing one set of columns) by offset, computed once per set, then remembered. */
export function settledByOffset(histories: readonly CustomerHistory[]): SettledByOffset {
  let s = cache.get(histories);
  if (!s) cache.set(histories, (s = sortSettled(histories)));
  return s;
}

function sortSettled(histories: readonly CustomerHistory[]): SettledByOffset {
  if (histories.length === 0)
    return { from: [0], offset: [], cents: [], known: [], rank: [], distinct: [], disputed: [] };
  const c = histories[0].columns;
  const from = integers(histories.length + 1);
  histories.forEach((h, k) => {
    from[k + 1] = from[k];
    for (let i = h.start, end = h.start + h.invoices.length; i < end; i++) if (c.flags[i] & SETTLED) from[k + 1]++;
  });
  // The settled invoices in history order (read one after the other), then each customer's put in offset order.
  const n = from[histories.length];
  const inRows = { offset: numbers(n), cents: numbers(n), known: numbers(n) };
  let j = 0;
  for (let k = 0; k < histories.length; k++) {
    const h = histories[k]; // an index loop: an iterator's step makes a result object per customer
    for (let i = h.start, end = h.start + h.invoices.length; i < end; i++) {
      if ((c.flags[i] & SETTLED) === 0) continue;
      inRows.offset[j] = c.paid[i] - c.due[i];
      inRows.cents[j] = c.amount[i];
      inRows.known[j++] = Math.max(c.billed[i], c.paid[i]);
    }
  }
  const { distinct, rank } = rankOffsets(inRows.offset);
  const s: SettledByOffset = {
    from,
    offset: numbers(n),
    cents: numbers(n),
    known: numbers(n),
    rank: integers(n),
    distinct,
    disputed: disputedSales(histories),
  };
  for (let k = 0; k < histories.length; k++) {
    const order = stableOrder(rank, from[k], from[k + 1] - from[k]);
    for (let p = from[k]; p < from[k + 1]; p++) {
      const e = order ? from[k] + order[p - from[k]] : p;
      s.offset[p] = inRows.offset[e];
      s.cents[p] = inRows.cents[e];
      s.known[p] = inRows.known[e];
      s.rank[p] = rank[e];
    }
  }
  return s;
}

/** The distinct offsets in ascending order and each offset's position among them. */
export function rankOffsets(offsets: readonly number[]): { distinct: number[]; rank: number[] } {
  const rank = integers(offsets.length);
  if (offsets.length === 0) return { distinct: [], rank };
  let lo = Infinity;
  let hi = -Infinity;
  let whole = true;
  for (let j = 0; j < offsets.length; j++) {
    const x = offsets[j];
    lo = Math.min(lo, x);
    hi = Math.max(hi, x);
    whole &&= Number.isInteger(x);
  }
  if (whole && hi - lo <= 2 * offsets.length + 1000) {
    // Whole days in a short span (the ledger's case): a table of the days instead of a sort.
    const at = integers(hi - lo + 1, -1);
    for (let j = 0; j < offsets.length; j++) at[offsets[j] - lo] = 0;
    const distinct: number[] = [];
    for (let d = 0; d < at.length; d++) if (at[d] === 0) at[d] = distinct.push(lo + d) - 1;
    for (let j = 0; j < offsets.length; j++) rank[j] = at[offsets[j] - lo];
    return { distinct, rank };
  }
  const distinct = uniqueSorted(offsets.slice().sort((a, b) => a - b));
  for (let j = 0; j < offsets.length; j++) rank[j] = indexOf(distinct, offsets[j]);
  return { distinct, rank };
}

function uniqueSorted(sorted: number[]): number[] {
  let n = 0;
  // −0 is written 0 (the same offset; −0 and 0 are equal here, so whichever sorts first stands for both).
  for (let i = 0; i < sorted.length; i++)
    if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i] === 0 ? 0 : sorted[i];
  sorted.length = n;
  return sorted;
}

/** Index of `value` in the ascending `sorted` (it is there). */
function indexOf(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function disputedSales(histories: readonly CustomerHistory[]): number[] {
  const c = histories[0].columns;
  const rows: number[] = [];
  for (let k = 0; k < histories.length; k++) {
    const h = histories[k]; // an index loop: an iterator's step makes a result object per customer
    for (let i = h.start, end = h.start + h.invoices.length; i < end; i++) {
      if ((c.flags[i] & (DISPUTED | POSITIVE)) === (DISPUTED | POSITIVE)) rows.push(i);
    }
  }
  return rows;
}
