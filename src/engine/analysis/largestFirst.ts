/**
 * Orders for many customers without a comparator call per pair: an analysis of 100,000 customers sorted with a
 * JavaScript comparator spends half a second in it. Each function gives exactly what its comparator sort gives
 * (Array.prototype.sort is stable), and falls back to that sort when a figure is not finite or is −0 (where the
 * shortcut could order differently).
 */

/** Sorts in place as `(a, b) => amount(b) − amount(a) || name(a) vs name(b)` does: largest amount first, then by name. */
export function sortLargestFirst<T>(items: T[], amount: (t: T) => number, name: (t: T) => string): T[] {
  const byName = (a: T, b: T) => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0);
  const groups = new Map<number, T[]>(); // −0 and 0 share a group: the comparator holds them equal
  for (const item of items) {
    const key = amount(item);
    if (!Number.isFinite(key)) return items.sort((a, b) => amount(b) - amount(a) || byName(a, b));
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const keys = Float64Array.from(groups.keys()).sort();
  let at = 0;
  for (let k = keys.length - 1; k >= 0; k--) {
    const group = groups.get(keys[k])!;
    if (group.length > 1) group.sort(byName);
    for (const item of group) items[at++] = item;
  }
  return items;
}

/** A copy of the figures, largest first, as `.sort((a, b) => b − a)` orders them. */
export function descendingNumbers(values: readonly number[]): number[] {
  if (!values.every((v) => Number.isFinite(v) && !Object.is(v, -0))) return [...values].sort((a, b) => b - a);
  return Array.from(Float64Array.from(values).sort().reverse());
}

/** A copy of the figures, smallest first, as `.sort((a, b) => a − b)` orders them. */
export function ascendingNumbers(values: readonly number[]): number[] {
  if (!values.every((v) => Number.isFinite(v) && !Object.is(v, -0))) return [...values].sort((a, b) => a - b);
  return Array.from(Float64Array.from(values).sort());
}

/** The first `n` of `[...items].sort((a, b) => figure(b) − figure(a))`: the n largest, ties in their own order. */
export function largestN<T>(items: readonly T[], figure: (t: T) => number, n: number): T[] {
  if (!items.every((t) => Number.isFinite(figure(t))))
    return [...items].sort((a, b) => figure(b) - figure(a)).slice(0, n);
  const top: T[] = [];
  for (const item of items) {
    const f = figure(item);
    let j = top.length;
    while (j > 0 && f > figure(top[j - 1])) j--;
    if (j >= n) continue;
    top.splice(j, 0, item);
    if (top.length > n) top.pop();
  }
  return top;
}
