import * as argsModule from "../../src/functions/args";
import { clearAnalysisCache, hashArgument, Hasher } from "../../src/functions/analysisCache";
import { creditLimit, grade, terms } from "../../src/functions/ledger";
import { AS_OF, handLedger } from "../engine/analysis/handLedger";
import { outcome } from "./helpers";

// "Speed of the formulas on big ranges": a cache hit must cost a pass over the arguments, not copies of
// them (on 1,048,576 rows the copies and the rebuilt range took longer than the analysis they saved).
const rows = handLedger()
  .slice(2)
  .filter((r) => r[0] !== "" && !["INV-301", "INV-302", "INV-401", "INV-501"].includes(r[1] as string));
const col = (i: number) => rows.map((r) => [r[i]]);
const [c, a, du] = [col(0), col(4), col(3)];

describe("the functions' analysis cache on big ranges", () => {
  beforeEach(() => clearAnalysisCache());

  test("a cache hit copies none of the ledger columns", () => {
    grade([["Alpha"]], c, a, du, undefined, undefined, undefined, undefined, AS_OF);
    const spy = jest.spyOn(argsModule, "flatten");
    terms([["Alpha"]], c, a, du, undefined, undefined, undefined, undefined, AS_OF);
    creditLimit([["Alpha"]], c, a, du, undefined, undefined, undefined, undefined, AS_OF);
    // Only the customer looked up (the first argument) is read into a list.
    expect(spy.mock.calls.map((call) => call[1])).toEqual(["customer", "customer"]);
    spy.mockRestore();
  });

  test("the key tells apart shapes and missing columns, and a ragged or mis-sized range is still an error on a hit", () => {
    const first = grade([["Alpha"]], c, a, du, undefined, undefined, undefined, undefined, AS_OF);
    // The same values with an empty paid-amount column given: another ledger, analysed anew, same grade.
    const blanks = c.map(() => [""]);
    expect(grade([["Alpha"]], c, a, du, undefined, undefined, blanks, undefined, AS_OF)).toEqual(first);
    const ragged = a.map((r, i) => (i === 2 ? [r[0], 1] : r));
    expect(outcome(() => grade([["Alpha"]], c, ragged, du, undefined, undefined, undefined, undefined, AS_OF))).toEqual(
      { code: "#VALUE!", message: "amounts: the range is not rectangular" },
    );
    expect(
      outcome(() => grade([["Alpha"]], c, a.slice(1), du, undefined, undefined, undefined, undefined, AS_OF)),
    ).toMatchObject({ message: expect.stringMatching(/^amounts has \d+ cell\(s\) but customers has/) });
  });
});

describe("the cache key sees every changed cell", () => {
  beforeEach(() => clearAnalysisCache());
  const fp = (cols: unknown[][][]) => {
    const h = new Hasher();
    for (const col of cols) {
      hashArgument(h, col, "column");
      h.separator();
    }
    return h.digest();
  };

  test("two amounts whose signs both change (one bit each in the hash's input) are another ledger", () => {
    // A multiply-only hash keeps a change in a word's top bit in the state's top bit: two sign flips cancelled.
    const before = fp([[[100.5], [200.25], [3]]]);
    expect(fp([[[-100.5], [-200.25], [3]]])).not.toBe(before);
    expect(fp([[[-100.5], [200.25], [3]]])).not.toBe(before);
    const ints = fp([[[5], [7]]]);
    expect(fp([[[5 - 2 ** 31], [7 - 2 ** 31]]])).not.toBe(ints);
    expect(fp([[[0], [1]]])).not.toBe(fp([[[-0], [1]]]));
  });

  test("a value moved to another column, type changes and blanks are told apart", () => {
    expect(
      fp([
        [[1], [2]],
        [[3], [4]],
      ]),
    ).not.toBe(fp([[[1], [2], [3]], [[4]]]));
    expect(fp([[[1]], [["1"]]])).not.toBe(fp([[["1"]], [[1]]]));
    expect(fp([[[true]]])).not.toBe(fp([[["true"]]]));
    expect(fp([[[0]]])).not.toBe(fp([[[""]]]));
    expect(fp([[["ab"], [""]]])).not.toBe(fp([[["a"], ["b"]]]));
    expect(fp([[["a\u0000"]]])).not.toBe(fp([[["a"]]]));
    expect(fp([[[1.5]]])).not.toBe(fp([[[1]]]));
  });

  test("changing any one cell of a 2,000-row ledger misses the cache (every column, first, middle and last row)", () => {
    const n = 2000;
    const base = [
      Array.from({ length: n }, (_, i) => [`Customer ${i % 37}`]),
      Array.from({ length: n }, (_, i) => [
        Math.round(((i * 7919) % 100000) + 0.37 * (i % 3)) / 1 + (i % 2 ? 0.25 : 0),
      ]),
      Array.from({ length: n }, (_, i) => [45000 + (i % 400)]),
      Array.from({ length: n }, (_, i) => [i % 5 ? "No" : "Yes"]),
    ];
    const seen = new Set([fp(base)]);
    let variants = 1;
    for (let c = 0; c < base.length; c++) {
      for (const r of [0, 1, n / 2, n - 1]) {
        const v = base[c][r][0];
        const changed = typeof v === "number" ? [v + 0.01, -v, v + 1, v * 2] : [`${v} `, String(v).toUpperCase(), 1];
        for (const w of changed.filter((x) => !Object.is(x, v))) {
          const cols = base.map((col, i) => (i === c ? col.map((row, j) => (j === r ? [w] : row)) : col));
          seen.add(fp(cols));
          variants++;
        }
      }
    }
    expect(seen.size).toBe(variants);
  });

  test("through the formulas: negating two amounts is analysed anew", () => {
    const cents = a.map((r, i) => (i === 0 ? [1000.5] : i === 1 ? [2000.25] : r));
    grade([["Alpha"]], c, cents, du, undefined, undefined, undefined, undefined, AS_OF);
    const flipped = cents.map((r, i) => (i < 2 ? [-(r[0] as number)] : r));
    const spy = jest.spyOn(argsModule, "flatten");
    grade([["Alpha"]], c, flipped, du, undefined, undefined, undefined, undefined, AS_OF);
    expect(spy.mock.calls.map((call) => call[1])).toContain("amounts");
    spy.mockRestore();
  });
});
