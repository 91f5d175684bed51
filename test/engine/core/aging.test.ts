import fc from "fast-check";
import {
  agingTotals,
  bucketAmounts,
  agingTotalsOfColumns,
  bucketIndex,
  bucketLabels,
  defaultEdges,
  validateEdges,
} from "../../../src/engine/core/aging";
import { toCents } from "../../../src/engine/model/money";

describe("aging buckets (docs/METRICS.md)", () => {
  it("reproduces the worked example: Current 100, 1–30 200, 31–60 300, 61–90 400, 91+ 500", () => {
    const r = agingTotals([100, 200, 300, 400, 500], [45710, 45690, 45640, 45620, 45500], 45700, defaultEdges("due"));
    expect(r.totals).toEqual([100, 200, 300, 400, 500]);
    expect(r.total).toBe(1500);
  });
  it("puts edge days in the lower bucket: a bucket is (edge_i, edge_i+1]", () => {
    const edges = [0, 30, 60, 90];
    expect([0, 1, 30, 31, 60, 61, 90, 91, -5].map((d) => bucketIndex(d, edges))).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 0]);
  });
  it("labels buckets by due date and by invoice date", () => {
    expect(bucketLabels([0, 30, 60, 90], "due")).toEqual(["Current", "1-30", "31-60", "61-90", "91+"]);
    expect(bucketLabels([30, 60, 90], "invoice")).toEqual(["0-30", "31-60", "61-90", "91+"]);
    expect(bucketLabels([15, 45], "due")).toEqual(["Up to 15", "16-45", "46+"]);
  });
  it("lets credit notes reduce their bucket", () => {
    const r = agingTotals([100, -40, 10.01], [45690, 45695, 45600], 45700, [0, 30, 60, 90]);
    expect(r.totals).toEqual([0, 60, 0, 0, 10.01]);
    expect(r.total).toBe(70.01);
  });
  it("rejects bad edges naming the position", () => {
    expect(() => validateEdges([0, 30, 30])).toThrow(/edge 3 \(30\) is not greater than edge 2/);
    expect(() => validateEdges([-1, 30])).toThrow(/edge 1 is -1, edges cannot be negative/);
    expect(() => validateEdges([0, 15.5])).toThrow(/edge 2 is 15.5, a whole number/);
    expect(() => validateEdges([])).toThrow(/at least one/);
    expect(() => validateEdges([0, 30, 60, 90])).not.toThrow();
  });
  it("bucket totals add up to the total open amount, to the cent", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ cents: fc.integer({ min: -1e8, max: 1e9 }), date: fc.integer({ min: 40000, max: 46000 }) }),
          { maxLength: 200 },
        ),
        fc
          .uniqueArray(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 8 })
          .map((a) => a.sort((x, y) => x - y)),
        fc.integer({ min: 40000, max: 46000 }),
        (items, edges, asOf) => {
          const r = agingTotals(
            items.map((i) => i.cents / 100),
            items.map((i) => i.date),
            asOf,
            edges,
          );
          const direct = items.reduce((s, i) => s + i.cents, 0);
          expect(toCents(r.total)).toBe(direct);
          expect(r.totals.reduce((s, t) => s + toCents(t), 0)).toBe(direct);
          expect(r.totals).toHaveLength(edges.length + 1);
        },
      ),
    );
  });
});

describe("agingTotalsOfColumns (the AR.AGING hot path)", () => {
  test("agrees with agingTotals on any numbers, dates with a time of day and any edges", () => {
    let taken = 0;
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.oneof(
              { arbitrary: fc.integer({ min: -1e8, max: 1e8 }).map((c) => c / 100), weight: 30 },
              { arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }), weight: 1 },
            ),
            fc.double({ min: 40000, max: 46000, noNaN: true }),
          ),
          { maxLength: 60 },
        ),
        fc
          .uniqueArray(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 6 })
          .map((e) => e.sort((a, b) => a - b)),
        fc.integer({ min: 40000, max: 46500 }),
        (rows, edges, asOf) => {
          const fast = agingTotalsOfColumns(
            rows.map((r) => [r[0]]),
            rows.map((r) => [r[1]]),
            asOf,
            edges,
          );
          const slow = agingTotals(
            rows.map((r) => r[0]),
            rows.map((r) => Math.floor(r[1])),
            asOf,
            edges,
          );
          if (fast !== null) {
            taken++;
            expect(fast).toEqual(slow);
          }
        },
      ),
      { numRuns: 300 },
    );
    expect(taken).toBeGreaterThan(60); // the fast path really ran, not only its fallback
  });
});

describe("bucketAmounts (a customer's or an aging row's buckets)", () => {
  test("the amounts of the cents, as fromCents gives them", () => {
    expect(bucketAmounts([12345, 0, -50, 1, 0])).toEqual([123.45, 0, -0.5, 0.01, 0]);
  });

  test("nothing open: one frozen list of zeros per length, shared (most customers of a large ledger)", () => {
    const a = bucketAmounts([0, 0, 0, 0, 0]);
    expect(a).toEqual([0, 0, 0, 0, 0]);
    expect(Object.is(a[0], 0)).toBe(true);
    expect(bucketAmounts([0, 0, 0, 0, 0])).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(bucketAmounts([0, 0, 0, 0])).toEqual([0, 0, 0, 0]);
    expect(bucketAmounts([0, 0, 0, 0])).not.toBe(a);
    expect(JSON.stringify({ x: a })).toBe(JSON.stringify({ x: [0, 0, 0, 0, 0] }));
  });
});
