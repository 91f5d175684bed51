import fc from "fast-check";
import { NumberIndex, hashOf } from "../../../src/engine/ledger/numberIndex";

describe("NumberIndex: the invoice numbers met so far", () => {
  it("gets, sets, overwrites and counts like a Map", () => {
    const ix = new NumberIndex(2);
    expect(ix.has("INV-1")).toBe(false);
    expect(ix.get("INV-1")).toBeUndefined();
    ix.set("INV-1", 0);
    ix.set("发票-2", 5);
    ix.set("INV-1", -1);
    expect([ix.get("INV-1"), ix.get("发票-2"), ix.size, ix.has("INV-3"), ix.has("")]).toEqual([-1, 5, 2, false, false]);
    ix.set("", 7);
    expect([ix.get(""), ix.size]).toEqual([7, 3]);
  });

  it("grows past its expected size and keeps every number (random numbers, repeats, near-identical texts)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.oneof(
              fc.string({ maxLength: 6 }),
              fc.integer({ min: 0, max: 300 }).map((n) => `INV-${n}`),
            ),
            fc.integer(),
          ),
          { maxLength: 400 },
        ),
        (ops) => replayAgainstMap(new NumberIndex(4), ops, (ix, map, key) => expect(ix.has(key)).toBe(map.has(key))),
      ),
      { numRuns: 60 },
    );
  });

  it("keeps numbers apart that differ only in their digits, their zeros or their width (like a Map)", () => {
    const digits = fc.oneof(fc.integer({ min: 0, max: 2_000_000 }).map(String), fc.constantFrom("0", "00", "１", "٣"));
    const key = fc.tuple(fc.constantFrom("", "INV-", "INV", "ＩＮＶ-", "A1-", "1", "0"), digits).map(([p, d]) => p + d);
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.integer()), { maxLength: 300 }), (ops) =>
        replayAgainstMap(new NumberIndex(2), ops, (ix, map, k) => expect(ix.get(k)).toBe(map.get(k))),
      ),
      { numRuns: 100 },
    );
  });

  it("hashes consecutive numbers to neighbouring slots, and leading zeros or other text apart", () => {
    expect(hashOf("INV-1002") - hashOf("INV-1001")).toBe(1);
    expect(hashOf("2025/000120") - hashOf("2025/000119")).toBe(1);
    expect(hashOf("INV-1000000") - hashOf("INV-999999")).toBe(1);
    expect(hashOf("INV-0100") - hashOf("INV-0099")).not.toBe(1); // "0099" and "0100": one zero leads them, or two
    expect(hashOf("INV-01")).not.toBe(hashOf("INV-1"));
    expect(hashOf("CN-1001")).not.toBe(hashOf("INV-1001"));
    for (const k of ["", "INV-1", "发票-99", "9999999999999", "ＩＮＶ-１"]) {
      expect(Number.isInteger(hashOf(k)) && hashOf(k) >= 0 && hashOf(k) < 2 ** 30).toBe(true);
    }
  });

  it("does not pile up series of consecutive numbers that land on each other's slots", () => {
    // 50 series of 8,000 numbers: stepping to the next slot on a collision would probe millions of times here.
    const ix = new NumberIndex(16);
    for (let s = 0; s < 50; s++) for (let n = 0; n < 8000; n++) ix.set(`S${s}-${1000 + n}`, n);
    expect(ix.size).toBe(400_000);
    expect(ix.collisions).toBeLessThan(2 * ix.size);
    expect(ix.get("S49-8999")).toBe(7999);
  });
});

/**
 * Sets each (key, value) of `ops` in the index and in a Map, `before` checking the two agree on the key first; then
 * the same size and every key's value.
 */
function replayAgainstMap(
  ix: NumberIndex,
  ops: readonly (readonly [string, number])[],
  before: (ix: NumberIndex, map: Map<string, number>, key: string) => void,
): void {
  const map = new Map<string, number>();
  for (const [key, value] of ops) {
    before(ix, map, key);
    ix.set(key, value);
    map.set(key, value);
  }
  expect(ix.size).toBe(map.size);
  for (const [key, value] of map) expect(ix.get(key)).toBe(value);
}
