/**
 * Excel calls every formula cell on its own, and a sheet often holds AR.GRADE, AR.TERMS, AR.CREDITLIMIT and
 * AR.FORECAST over the same ledger columns: the last analyses are kept, keyed by a fingerprint of every value
 * passed (two 32-bit hashes of different construction, and the sizes: cellHasher.ts). Hashing costs a small
 * fraction of an analysis (measured in `npm run bench`: a cache hit under 10 % of the analysis on 1,048,576 rows).
 */
import { valueError } from "../engine";
import type { Flat } from "./args";
import { Hasher } from "./cellHasher";

const SIZE = 2;
const entries = new Map<string, unknown>();

export { Hasher } from "./cellHasher";

/**
 * Hashes every cell of a formula argument where it lies (no copy) and returns its shape, as `flatten` (args.ts)
 * reads it: a single value, one row (a plain list) or rows × columns; a ragged range is the #VALUE! error naming the argument.
 */
export function hashArgument(h: Hasher, arg: unknown, name: string): Flat {
  if (!Array.isArray(arg)) {
    h.value(arg);
    return { values: [], rows: 1, columns: 1 };
  }
  if (arg.length === 0) return { values: [], rows: 0, columns: 0 };
  if (!Array.isArray(arg[0])) {
    h.rows([arg], arg.length);
    return { values: [], rows: 1, columns: arg.length };
  }
  const columns = (arg[0] as unknown[]).length;
  // The hash checks each row's size as it reads it (one pass over the rows).
  if (!h.rows(arg as unknown[][], columns))
    throw valueError("arg.notRectangular", { name }, `${name}: the range is not rectangular`);
  return { values: [], rows: arg.length, columns };
}

/** A fingerprint of rows of cell values plus settings text. */
export function fingerprint(rows: readonly unknown[][], settings: string): string {
  const h = new Hasher();
  for (const row of rows) {
    h.rows([row], row.length);
    h.separator();
  }
  return `${rows.length}:${rows[0]?.length ?? 0}:${h.digest()}:${settings}`;
}

/** The cached value for `key`, or `compute()` stored under it (errors are not cached). */
export function cached<T>(key: string, compute: () => T): T {
  if (entries.has(key)) {
    const hit = entries.get(key) as T;
    entries.delete(key);
    entries.set(key, hit); // most recently used last
    return hit;
  }
  const value = compute();
  entries.set(key, value);
  while (entries.size > SIZE) entries.delete(entries.keys().next().value as string);
  return value;
}

export function clearAnalysisCache(): void {
  entries.clear();
}
