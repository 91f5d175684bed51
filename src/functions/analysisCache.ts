/**
 * Excel calls every formula cell on its own, and a sheet often holds AR.GRADE, AR.TERMS, AR.CREDITLIMIT and
 * AR.FORECAST over the same ledger columns: the last analyses are kept, keyed by a fingerprint of every value
 * passed (two 32-bit hashes of different construction, and the sizes). Hashing costs a small fraction of an analysis
 * (measured in `npm run bench`: a cache hit under 10 % of the analysis on 1,048,576 rows).
 */
import { valueError } from "../engine/core/errors";
import type { Flat } from "./args";

const SIZE = 2;
const entries = new Map<string, unknown>();

/**
 * Two 32-bit hashes over 32-bit words, each an FNV-style multiply followed by an xorshift, with different odd
 * multipliers and shifts. Each step is a bijection of the state for a given word (and of the word for a given state),
 * so one changed cell always changes both; the xorshift carries high bits down, so two changes in words' top bits
 * (the signs of two amounts) do not cancel as they do under a multiply alone (test/functions/formulaCache.test.ts).
 */
export function stepA(h: number, k: number): number {
  h = Math.imul(h ^ k, 0x2c1b3c6d);
  return h ^ (h >>> 16);
}

export function stepB(h: number, k: number): number {
  h = Math.imul(h ^ k, 0x01000193);
  return h ^ (h >>> 13);
}

// A cell is its data words then one tag word naming its type (and a text's length), so the word sequence of a range
// reads back unambiguously from the end: whole number 1, other number 2 (its 64 bits), TRUE 4, FALSE 5, null 6,
// text 8·length + 3 (two UTF-16 units per word), any other value its text with 8·length + 7. Separator: 0.
const INT = 1;
const FLOAT = 2;
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

export class Hasher {
  a = 0x811c9dc5 | 0;
  b = 0x5bd1e995 | 0;

  /** Hashes one cell value. */
  value(v: unknown): void {
    this.rows([[v]], 1);
  }

  /** Hashes rows × columns cells (every row must be an array of `columns` cells: checked by the caller). */
  rows(rows: readonly unknown[][], columns: number): void {
    let a = this.a;
    let b = this.b;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      for (let c = 0; c < columns; c++) {
        const v = row[c];
        if (typeof v === "number") {
          if ((v | 0) === v && (v !== 0 || 1 / v > 0)) {
            a = stepA(stepA(a, v), INT);
            b = stepB(stepB(b, v), INT);
          } else {
            f64[0] = v;
            const lo = u32[0];
            const hi = u32[1];
            a = stepA(stepA(stepA(a, lo), hi), FLOAT);
            b = stepB(stepB(stepB(b, lo), hi), FLOAT);
          }
          continue;
        }
        let s: string;
        let tag: number;
        if (typeof v === "string") {
          s = v;
          tag = 3;
        } else if (typeof v === "boolean" || v === null || v === undefined) {
          const t = v === true ? 4 : v === false ? 5 : 6;
          a = stepA(a, t);
          b = stepB(b, t);
          continue;
        } else {
          s = String(v);
          tag = 7;
        }
        const n = s.length;
        let i = 0;
        for (; i + 1 < n; i += 2) {
          const k = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
          a = stepA(a, k);
          b = stepB(b, k);
        }
        if (i < n) {
          a = stepA(a, s.charCodeAt(i));
          b = stepB(b, s.charCodeAt(i));
        }
        a = stepA(a, n * 8 + tag);
        b = stepB(b, n * 8 + tag);
      }
    }
    this.a = a;
    this.b = b;
  }

  separator(): void {
    this.a = stepA(this.a, 0);
    this.b = stepB(this.b, 0);
  }

  digest(): string {
    return `${(this.a >>> 0).toString(16)}:${(this.b >>> 0).toString(16)}`;
  }
}

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
  for (let r = 0; r < arg.length; r++) {
    const row = arg[r] as unknown[];
    if (!Array.isArray(row) || row.length !== columns) throw valueError("arg.notRectangular", { name }, `${name}: the range is not rectangular`);
  }
  h.rows(arg as unknown[][], columns);
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

