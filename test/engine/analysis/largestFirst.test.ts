import fc from "fast-check";
import {
  ascendingNumbers,
  descendingNumbers,
  Largest,
  largestN,
  largestThenByName,
  orderStatistics,
} from "../../../src/engine/analysis/largestFirst";

interface Row {
  id: number;
  amount: number;
  name: string;
}

/** A small pseudo-random generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function rows(seed: number, count: number, extra: number[] = []): Row[] {
  const r = random(seed);
  const amounts = [0, -0, 12.5, 12.5, -3, 1e9, 0.01, ...extra];
  return Array.from({ length: count }, (_, id) => ({
    id,
    amount: r() < 0.5 ? amounts[Math.floor(r() * amounts.length)] : Math.round(r() * 1e5) / 100,
    name: ["Acme", "Beta", "acme", "Zeta", "Ünal", ""][Math.floor(r() * 6)] + (r() < 0.5 ? "" : String(id % 7)),
  }));
}

const ids = (xs: Row[]) => xs.map((x) => x.id);

describe("descendingNumbers and ascendingNumbers", () => {
  it("give the comparator sort's order, −0 and infinities included", () => {
    for (const extra of [[], [-0, 0, -0], [Infinity, -Infinity, 3]]) {
      const values = [...rows(7, 300).map((x) => x.amount), ...extra];
      expect(descendingNumbers(values)).toEqual([...values].sort((a, b) => b - a));
      expect(ascendingNumbers(values)).toEqual([...values].sort((a, b) => a - b));
      descendingNumbers(values).forEach((v, i) =>
        expect(Object.is(v, [...values].sort((a, b) => b - a)[i])).toBe(true),
      );
    }
  });
});

describe("largestN", () => {
  it.each([0, 1, 5, 40])("keeps the first %i of the comparator sort, ties in their own order", (n) => {
    const xs = rows(11, 400);
    const expected = [...xs].sort((a, b) => b.amount - a.amount).slice(0, n);
    expect(ids(largestN(xs, (x) => x.amount, n))).toEqual(ids(expected));
  });

  it("as the items come (Largest): the same n, and it says when a figure is not finite", () => {
    const xs = rows(13, 400);
    const top = new Largest(5, (x: Row) => x.amount);
    xs.forEach((x) => top.add(x));
    expect(top.finite).toBe(true);
    expect(ids(top.items)).toEqual(ids(largestN(xs, (x) => x.amount, 5)));
    top.add({ id: -1, amount: NaN, name: "none" });
    expect(top.finite).toBe(false);
  });

  it("keeps everything when there are fewer than n", () => {
    const xs = rows(12, 3);
    expect(ids(largestN(xs, (x) => x.amount, 5))).toEqual(ids([...xs].sort((a, b) => b.amount - a.amount)));
  });
});

describe("largestThenByName", () => {
  const byAmountThenName = (a: Row, b: Row) => b.amount - a.amount || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const named = (xs: Row[]) => xs.map((x) => ({ ...x, name: `${x.name} ${x.id}` }));
  /** The ids in the order largestThenByName gives (on a copy). */
  const sorted = (xs: Row[]) =>
    ids(
      largestThenByName(
        [...xs],
        (x) => x.amount,
        (x) => x.name,
        byAmountThenName,
      ),
    );
  /** The order largestThenByName gives is the comparator sort's. */
  const expectComparatorOrder = (xs: Row[]) => expect(sorted(xs)).toEqual(ids([...xs].sort(byAmountThenName)));

  it("gives the comparator sort's order: largest first, then by name (many at 0, −0 among them)", () => {
    for (const seed of [1, 2, 3]) {
      const xs = named(rows(seed, 500, [0, 0, 0, -0]));
      expectComparatorOrder(xs);
    }
  });

  it("sorts with the comparator as ever when a name repeats or an amount is not finite", () => {
    for (const xs of [rows(4, 300), named(rows(5, 300, [NaN, Infinity, -Infinity]))]) {
      expectComparatorOrder(xs);
    }
  });

  it("orders the same names at 0 seen again (the aging rows, then the customers) from the order found before", () => {
    const first = named(rows(6, 400, [0, 0, 0]));
    expect(sorted(first)).toEqual(ids([...first].sort(byAmountThenName)));
    // The same names in the same order, other items and amounts (the customers after the aging rows).
    const again = first.map((x, i) => ({ ...x, id: 1000 + i, amount: x.amount === 0 ? 0 : x.amount + 1 }));
    expect(sorted(again)).toEqual(ids([...again].sort(byAmountThenName)));
    // Other names at 0, or the same in another order: sorted afresh.
    const renamed = again.map((x) => ({ ...x, name: x.amount === 0 ? `z${x.name}` : x.name }));
    expect(sorted(renamed)).toEqual(ids([...renamed].sort(byAmountThenName)));
    const reversed = [...again].reverse();
    expect(sorted(reversed)).toEqual(ids([...reversed].sort(byAmountThenName)));
    const fewer = again.filter((x, i) => x.amount !== 0 || i % 2 === 0);
    expect(sorted(fewer)).toEqual(ids([...fewer].sort(byAmountThenName)));
  });
});

describe("order statistics by selection", () => {
  it("the figures at k − 1 and k of the ascending sort, ties, −0 and non-finite figures included", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ noNaN: false }), fc.constantFrom(0, -0, Infinity, 2.5)),
          { minLength: 2, maxLength: 300 },
        ),
        fc.nat(),
        (values, at) => {
          const k = 1 + (at % (values.length - 1));
          const sorted = ascendingNumbers(values);
          const [below, middle] = orderStatistics(values, k);
          expect(Object.is(below, sorted[k - 1]) && Object.is(middle, sorted[k])).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
    const many = Array.from({ length: 100_001 }, (_, i) => ((i * 7919) % 1000) / 8);
    const sorted = ascendingNumbers(many);
    expect(orderStatistics(many, 50_000)).toEqual([sorted[49_999], sorted[50_000]]);
    expect(orderStatistics(new Array<number>(1000).fill(3), 500)).toEqual([3, 3]);
  });
});
