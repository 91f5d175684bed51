/**
 * Excel calls every formula cell on its own, and a sheet often holds AR.GRADE, AR.TERMS, AR.CREDITLIMIT and
 * AR.FORECAST over the same ledger columns: the last analyses are kept, keyed by a fingerprint of every value
 * passed (two independent 32-bit FNV-1a hashes and the sizes). Hashing costs a small fraction of an analysis.
 */
const SIZE = 2;
const entries = new Map<string, unknown>();

function mixString(h: number, s: string, prime: number): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), prime);
  return h;
}

/** A fingerprint of rows of cell values plus settings text. */
export function fingerprint(rows: readonly unknown[][], settings: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  const f64 = new Float64Array(1);
  const u32 = new Uint32Array(f64.buffer);
  for (const row of rows) {
    for (const v of row) {
      if (typeof v === "number") {
        f64[0] = v;
        a = Math.imul(a ^ u32[0], 16777619);
        a = Math.imul(a ^ u32[1], 16777619);
        b = Math.imul(b ^ u32[1], 2246822519);
        b = Math.imul(b ^ u32[0], 2246822519);
      } else {
        const s = typeof v === "string" ? `s${v}` : `o${String(v)}`;
        a = mixString(a, s, 16777619);
        b = mixString(b, s, 2246822519);
      }
      a = Math.imul(a ^ 0xff, 16777619); // cell separator
      b = Math.imul(b ^ 0xff, 2246822519);
    }
    a = Math.imul(a ^ 0xfe, 16777619); // row separator
  }
  return `${rows.length}:${rows[0]?.length ?? 0}:${(a >>> 0).toString(16)}:${(b >>> 0).toString(16)}:${settings}`;
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
