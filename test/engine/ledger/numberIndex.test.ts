import fc from "fast-check";
import { NumberIndex } from "../../../src/engine/ledger/numberIndex";

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
        (ops) => {
          const ix = new NumberIndex(4);
          const map = new Map<string, number>();
          for (const [key, value] of ops) {
            expect(ix.has(key)).toBe(map.has(key));
            ix.set(key, value);
            map.set(key, value);
          }
          expect(ix.size).toBe(map.size);
          for (const [key, value] of map) expect(ix.get(key)).toBe(value);
        },
      ),
      { numRuns: 60 },
    );
  });
});
