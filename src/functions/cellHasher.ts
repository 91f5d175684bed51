/**
 * The fingerprint of the cells a formula is given: two 32-bit hashes over 32-bit words, each an FNV-style multiply
 * followed by an xorshift, with different odd multipliers and shifts. Each step is a bijection of the state for a
 * given word (and of the word for a given state), so one changed cell always changes both; the xorshift carries high
 * bits down, so two changes in words' top bits (the signs of two amounts) do not cancel as they do under a multiply
 * alone (test/functions/analysisCache.test.ts).
 *
 * The words read back unambiguously from the end: a cell is its data words then one tag word — whole number 1, other
 * number 2 (its 64 bits), TRUE 4, FALSE 5, blank 6, text 8·length + 3 (two UTF-16 units a word), any other value its
 * text's words then 8·length + 7; a separator is 0.
 *
 * Speed (`npm run bench`): a ledger column is a run of texts or a run of numbers, each read by its own loop
 * that sees one kind of value (V8 compiles it for that kind and keeps it), any other cell through the general one.
 */
export function stepA(h: number, k: number): number {
  h = Math.imul(h ^ k, 0x2c1b3c6d);
  return h ^ (h >>> 16);
}

export function stepB(h: number, k: number): number {
  h = Math.imul(h ^ k, 0x01000193);
  return h ^ (h >>> 13);
}

const INT = 1;
const FLOAT = 2;
const TEXT = 3;
const OTHER = 7;
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

// The two running hashes while a hasher reads (one at a time: it loads them here and stores them back). Kept in the
// module, not on the hasher, so the compiled loops below refer to no object that a garbage collection could free.
let laneA = 0;
let laneB = 0;

export class Hasher {
  a = 0x811c9dc5 | 0;
  b = 0x5bd1e995 | 0;

  /** Hashes one cell value. */
  value(v: unknown): void {
    this.reading(() => anyCell(v));
  }

  /** Hashes rows × columns cells; false (nothing hashed past it) at the first row that is not an array of `columns` cells. */
  rows(rows: readonly unknown[][], columns: number): boolean {
    return this.reading(() => (columns === 1 ? oneColumn(rows) : manyColumns(rows, columns)));
  }

  separator(): void {
    this.a = stepA(this.a, 0);
    this.b = stepB(this.b, 0);
  }

  digest(): string {
    return `${(this.a >>> 0).toString(16)}:${(this.b >>> 0).toString(16)}`;
  }

  private reading<T>(read: () => T): T {
    laneA = this.a;
    laneB = this.b;
    try {
      return read();
    } finally {
      this.a = laneA;
      this.b = laneB;
    }
  }
}

/** A column (rows of one cell): runs of texts and of numbers by their own loops, anything else cell by cell. */
function oneColumn(rows: readonly unknown[][]): boolean {
  let r = 0;
  while (r < rows.length) {
    const row = rows[r];
    if (!Array.isArray(row) || row.length !== 1) return false;
    const v = row[0];
    if (typeof v === "string") r = textRun(rows, r);
    else if (typeof v === "number") r = numberRun(rows, r);
    else {
      anyCell(v);
      r++;
    }
  }
  return true;
}

/** Hashes texts from row `from` on while the rows are one text each; the row it stopped at. */
function textRun(rows: readonly unknown[][], from: number): number {
  let a = laneA;
  let b = laneB;
  let r = from;
  for (; r < rows.length; r++) {
    const row = rows[r];
    if (!Array.isArray(row) || row.length !== 1) break;
    const s = row[0];
    if (typeof s !== "string") break;
    const n = s.length;
    // No branch taken only now and then (an odd length's last unit): V8 would drop the compiled loop when one is.
    for (let i = 0; i < n; i += 2) {
      const k = s.charCodeAt(i) | ((i + 1 < n ? s.charCodeAt(i + 1) : 0) << 16);
      a = stepA(a, k);
      b = stepB(b, k);
    }
    a = stepA(a, n * 8 + TEXT);
    b = stepB(b, n * 8 + TEXT);
  }
  laneA = a;
  laneB = b;
  return r;
}

/** Hashes numbers from row `from` on while the rows are one number each; the row it stopped at. */
function numberRun(rows: readonly unknown[][], from: number): number {
  let a = laneA;
  let b = laneB;
  let r = from;
  for (; r < rows.length; r++) {
    const row = rows[r];
    if (!Array.isArray(row) || row.length !== 1) break;
    const v = row[0];
    if (typeof v !== "number") break;
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
  }
  laneA = a;
  laneB = b;
  return r;
}

/** Rows of several cells, each cell by the general reader. */
function manyColumns(rows: readonly unknown[][], columns: number): boolean {
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!Array.isArray(row) || row.length !== columns) return false;
    for (let c = 0; c < columns; c++) anyCell(row[c]);
  }
  return true;
}

/** Any one cell: its words as the header describes. */
function anyCell(v: unknown): void {
  if (typeof v === "string") textRun([[v]], 0);
  else if (typeof v === "number") numberRun([[v]], 0);
  else if (typeof v === "boolean" || v === null || v === undefined) word(v === true ? 4 : v === false ? 5 : 6);
  else {
    // Any other value (an object Excel should not pass): its text, tagged apart from a text cell.
    const s = String(v);
    textRun([[s]], 0);
    word(s.length * 8 + OTHER);
  }
}

function word(k: number): void {
  laneA = stepA(laneA, k);
  laneB = stepB(laneB, k);
}
