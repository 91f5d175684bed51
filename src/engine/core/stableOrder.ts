/**
 * The ascending order of n keys (positions 0 … n − 1 of keys[start …], ties in their order) — a customer's billing
 * dates, or its payments' offsets. Null when the keys are already in order (most ledgers are in date order). Whole
 * numbers within a short span are placed by a count per value; other keys are sorted.
 */
import { integers } from "./heapArrays";

export function stableOrder(keys: readonly number[], start: number, n: number): number[] | null {
  let inOrder = true;
  let whole = true;
  let first = Infinity;
  let last = -Infinity;
  for (let i = start; i < start + n; i++) {
    const d = keys[i];
    if (i > start && !(keys[i - 1] <= d)) inOrder = false;
    whole &&= Number.isInteger(d);
    first = Math.min(first, d);
    last = Math.max(last, d);
  }
  if (inOrder) return null;
  if (whole && last - first <= 4 * n + 64) return countingOrder(keys, start, n, first, last);
  return integers(n)
    .map((_, i) => i)
    .sort((x, y) => keys[start + x] - keys[start + y] || x - y);
}

/** Positions of the n whole-number keys from `start` (first … last) in ascending order, ties in their order. */
function countingOrder(keys: readonly number[], start: number, n: number, first: number, last: number): number[] {
  const starts = integers(last - first + 2);
  for (let i = 0; i < n; i++) starts[keys[start + i] - first + 1]++;
  for (let k = 1; k < starts.length; k++) starts[k] += starts[k - 1];
  const order = integers(n);
  for (let i = 0; i < n; i++) order[starts[keys[start + i] - first]++] = i;
  return order;
}
