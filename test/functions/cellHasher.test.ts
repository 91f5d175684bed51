import { Hasher, stepA, stepB } from "../../src/functions/cellHasher";

// The cache key reads a column by loops that each expect one kind of value; whatever the mix, the words
// hashed must be the ones the header of cellHasher.ts describes, so no mix of cells can make two ledgers alike.
function referenceDigest(rows: unknown[][]): string {
  const words: number[] = [];
  const text = (s: string) => {
    for (let i = 0; i < s.length; i += 2)
      words.push(i + 1 < s.length ? s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16) : s.charCodeAt(i));
  };
  for (const row of rows) {
    for (const v of row) {
      if (typeof v === "number") {
        if (Number.isInteger(v) && v >= -(2 ** 31) && v < 2 ** 31 && !Object.is(v, -0)) words.push(v, 1);
        else {
          const u = new Uint32Array(new Float64Array([v]).buffer);
          words.push(u[0], u[1], 2);
        }
      } else if (typeof v === "string") {
        text(v);
        words.push(v.length * 8 + 3);
      } else if (v === true || v === false || v === null || v === undefined)
        words.push(v === true ? 4 : v === false ? 5 : 6);
      else {
        const s = String(v);
        text(s);
        words.push(s.length * 8 + 3, s.length * 8 + 7);
      }
    }
  }
  let a = 0x811c9dc5 | 0;
  let b = 0x5bd1e995 | 0;
  for (const w of words) {
    a = stepA(a, w);
    b = stepB(b, w);
  }
  return `${(a >>> 0).toString(16)}:${(b >>> 0).toString(16)}`;
}

function randomCell(next: () => number): unknown {
  const pick = next();
  if (pick < 0.3) return `客户 ${Math.floor(next() * 50)}${next() < 0.1 ? "\uD800" : ""}`;
  if (pick < 0.5) return 45000 + Math.floor(next() * 400);
  if (pick < 0.7) return Math.round(next() * 1e7) / 100 - 20000;
  if (pick < 0.75) return next() < 0.5;
  if (pick < 0.8) return null;
  if (pick < 0.85) return "";
  if (pick < 0.9) return 2 ** 31 + Math.floor(next() * 10);
  if (pick < 0.95) return -0;
  return { toString: () => "object" };
}

function seeded(seed: number): () => number {
  let s = seed;
  return () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

describe("the cell hasher's words", () => {
  test("columns of mixed cells hash to the documented words, whichever loop reads each run", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const next = seeded(seed);
      const runs = Array.from({ length: 30 }, () => {
        const cell = randomCell(next);
        return Array.from({ length: 1 + Math.floor(next() * 5) }, () =>
          typeof cell === "string" || typeof cell === "number" ? randomCell(next) : cell,
        );
      });
      const column = runs.flat().map((v) => [v]);
      const h = new Hasher();
      expect(h.rows(column, 1)).toBe(true);
      expect(h.digest()).toBe(referenceDigest(column));
    }
  });

  test("rows of several cells and single values give the same words as the column reader", () => {
    const next = seeded(7);
    const rows = Array.from({ length: 200 }, () => [randomCell(next), randomCell(next), randomCell(next)]);
    const h = new Hasher();
    expect(h.rows(rows, 3)).toBe(true);
    expect(h.digest()).toBe(referenceDigest(rows));
    const one = new Hasher();
    for (const row of rows) for (const v of row) one.value(v);
    expect(one.digest()).toBe(referenceDigest(rows));
  });

  test("a ragged range is reported (false) at its first short row, inside a run of texts or of numbers", () => {
    expect(new Hasher().rows([["a"], ["b"], ["c", "d"]], 1)).toBe(false);
    expect(new Hasher().rows([[1], [2], []], 1)).toBe(false);
    expect(new Hasher().rows([[1], "ab"] as unknown as unknown[][], 1)).toBe(false);
    expect(new Hasher().rows([[1, 2], [3]], 2)).toBe(false);
  });
});
