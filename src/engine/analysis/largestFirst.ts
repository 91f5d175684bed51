/**
 * Orders for many customers without a JavaScript comparator call per pair of figures (100,000 customers cost tens of
 * milliseconds a sort), and the few largest by selection instead of a full sort. Each function gives exactly what
 * its comparator sort gives (Array.prototype.sort is stable), and falls back to that sort when a figure is not
 * finite or is −0 (where the shortcut could order differently).
 */

/** A copy of the figures, largest first, as `.sort((a, b) => b − a)` orders them. */
export function descendingNumbers(values: readonly number[]): number[] {
  if (!allPlain(values)) return [...values].sort((a, b) => b - a);
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  const out = new Array<number>(n); // copied by index (Array.from reads a typed array through its iterator)
  for (let i = 0; i < n; i++) out[i] = sorted[n - 1 - i];
  return out;
}

/** A copy of the figures, smallest first, as `.sort((a, b) => a − b)` orders them. */
export function ascendingNumbers(values: readonly number[]): number[] {
  if (!allPlain(values)) return [...values].sort((a, b) => a - b);
  const sorted = Float64Array.from(values).sort();
  const out = new Array<number>(sorted.length);
  for (let i = 0; i < sorted.length; i++) out[i] = sorted[i];
  return out;
}

/**
 * The figures at positions k − 1 and k of `ascendingNumbers(values)` (k ≥ 1, k < values.length): the two middle ones
 * of a median, found by selection in a copy instead of a sort of every figure (then the sort, when a figure is not
 * finite or is −0).
 */
export function orderStatistics(values: readonly number[], k: number): [number, number] {
  if (!allPlain(values)) {
    const sorted = ascendingNumbers(values);
    return [sorted[k - 1], sorted[k]];
  }
  const a = Float64Array.from(values);
  select(a, k);
  let below = a[0]; // the largest of the k figures before position k
  for (let i = 1; i < k; i++) if (a[i] > below) below = a[i];
  return [below, a[k]];
}

/**
 * Puts the figure of rank k at position k, those before it no larger and those after it no smaller (Hoare's
 * selection, the middle of three as pivot); a range that narrows too slowly is sorted instead.
 */
function select(a: Float64Array, k: number): void {
  let lo = 0;
  let hi = a.length - 1;
  for (let rounds = 0; hi > lo; rounds++) {
    if (rounds > 64) {
      a.subarray(lo, hi + 1).sort();
      return;
    }
    const pivot = middleOfThree(a[lo], a[(lo + hi) >> 1], a[hi]);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i++] = a[j];
        a[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return; // between j and i: every figure there equals the pivot
  }
}

const middleOfThree = (x: number, y: number, z: number) => Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));

/** Every figure finite and none −0: the typed array's sort orders them as the comparator sort does. */
function allPlain(values: readonly number[]): boolean {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v) || Object.is(v, -0)) return false;
  }
  return true;
}

/** The first `n` of `[...items].sort((a, b) => figure(b) − figure(a))`: the n largest, ties in their own order. */
export function largestN<T>(items: readonly T[], figure: (t: T) => number, n: number): T[] {
  if (!items.every((t) => Number.isFinite(figure(t))))
    return [...items].sort((a, b) => figure(b) - figure(a)).slice(0, n);
  const top = new Largest(n, figure);
  for (const item of items) top.add(item);
  return top.items;
}

/**
 * largestN as the items come, for a pass that reads them for something else too (one pass over many customers
 * instead of two): `items` is largestN's answer for the items added, while every figure added is finite (`finite`;
 * otherwise ask largestN).
 */
export class Largest<T> {
  readonly items: T[] = [];
  finite = true;

  constructor(
    private readonly n: number,
    private readonly figure: (t: T) => number,
  ) {}

  add(item: T): void {
    const f = this.figure(item);
    if (!Number.isFinite(f)) this.finite = false;
    const top = this.items;
    let j = top.length;
    while (j > 0 && f > this.figure(top[j - 1])) j--;
    if (j >= this.n) return;
    top.splice(j, 0, item);
    if (top.length > this.n) top.pop();
  }
}

/**
 * `items` in the order of `compare` — largest amount first, then by name (code-unit order, as `<` compares) — with
 * the items at 0 (customers with nothing open: most of a large ledger's) put in name order by the engine's own
 * string sort instead of a comparator call per pair. Names must be unique (one per customer) and amounts finite;
 * otherwise the comparator sort as ever. Sorts `items` in place for the comparator sort, else gives a new array.
 */
export function largestThenByName<T>(
  items: T[],
  amountOf: (t: T) => number,
  nameOf: (t: T) => string,
  compare: (a: T, b: T) => number,
): T[] {
  const above: T[] = [];
  const below: T[] = [];
  const zeroNames: string[] = [];
  const zeroItems: T[] = [];
  for (let i = 0; i < items.length; i++) {
    const t = items[i]; // by index: no iterator (a pass over many customers)
    const amount = amountOf(t);
    if (amount === 0) {
      zeroNames.push(nameOf(t));
      zeroItems.push(t);
    } else if (amount > 0 && amount < Infinity) above.push(t);
    else if (amount < 0 && amount > -Infinity) below.push(t);
    else return items.sort(compare); // not a finite number
  }
  const order = zeroNames.length < 2 ? null : nameOrder(zeroNames);
  if (!order) return items.sort(compare);
  const out = above.sort(compare);
  for (let k = 0; k < order.length; k++) out.push(zeroItems[order[k]]);
  below.sort(compare);
  for (let i = 0; i < below.length; i++) out.push(below[i]);
  return out;
}

/**
 * The positions of `names` in name order, or null when a name repeats. The last order found is kept with its names:
 * the aging rows and then the customers of one ledger put the same names at 0 in the same order, and the second
 * sort is read from the first (a ledger of 100,000 customers: one string sort of them instead of two).
 */
function nameOrder(names: string[]): Int32Array | null {
  const last = lastOrder;
  if (last && last.names.length === names.length && names.every((n, i) => n === last.names[i])) return last.order;
  const position = new Map<string, number>();
  for (let i = 0; i < names.length; i++) position.set(names[i], i);
  if (position.size !== names.length) return null;
  const sorted = [...names].sort();
  const order = new Int32Array(sorted.length);
  for (let k = 0; k < sorted.length; k++) order[k] = position.get(sorted[k])!;
  lastOrder = { names, order };
  return order;
}
let lastOrder: { names: string[]; order: Int32Array } | null = null;
