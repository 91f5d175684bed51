/**
 * The built bundle, loaded as Excel's shared runtime loads it: the functions' error reasons follow Office's display
 * language (read once, when the functions register), and every error any function raises on any input is in that
 * language — none reaches Excel without a code.
 */
import fc from "fast-check";
import { toExcelError } from "../../src/functions/args";
import { englishLeft } from "./englishLeft";
import { BundleError, FunctionMetadata, loadBundle, readMetadata } from "./loadBundle";

const HAN = /[\u4e00-\u9fff]/;

function errorOf(fn: () => unknown): BundleError {
  try {
    fn();
  } catch (e) {
    if (e instanceof BundleError) return e;
    throw e;
  }
  throw new Error("no error was raised");
}

describe("the language of the reasons", () => {
  it.each([
    ["zh-CN", "ending_ar：应为数字，实际为 “abc”"],
    ["zh-TW", "ending_ar：应为数字，实际为 “abc”"],
    ["zh", "ending_ar：应为数字，实际为 “abc”"],
    ["en-US", 'ending_ar: a number was expected, found "abc"'],
    ["fr-FR", 'ending_ar: a number was expected, found "abc"'],
  ])("Office in %s", (displayLanguage, message) => {
    const fns = loadBundle({ displayLanguage });
    const e = errorOf(() => fns.get("DSO")!("abc", 1, 90));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe(message);
  });

  it("a result Excel cannot show, and a failure nobody foresaw, are explained in Chinese too", () => {
    const fns = loadBundle({ displayLanguage: "zh-CN" });
    const e = errorOf(() => fns.get("DSO")!(1e308, 1e-300, 90));
    expect([e.code, e.message]).toEqual(["#NUM!", "结果过大或不是数字：请检查输入数值的数量级"]);
    expect(toExcelError(new TypeError("x is undefined"), "zh-CN").message).toBe("意外问题：x is undefined");
    expect(toExcelError(new TypeError("x is undefined"), "en").message).toBe("Unexpected problem: x is undefined");
  });

  it("outside Office (no display language): English", () => {
    expect(errorOf(() => loadBundle().get("DSO")!("abc", 1, 90)).message).toBe(
      'ending_ar: a number was expected, found "abc"',
    );
  });

  it("a ledger row the analysis cannot use is quoted in Chinese, with the argument and the row", () => {
    const fns = loadBundle({ displayLanguage: "zh-CN" });
    const e = errorOf(() =>
      fns.get("GRADE")!([["A"]], [["A"], ["B"]], [[100], ["一百"]], [[45600], [45650]], null, null, null, null, 45700),
    );
    expect(e.message).toBe("amounts：第 2 行：金额：应为金额，实际为 “一百”");
  });
});

// Any value a cell can hold; the arguments of every function drawn from them.
const cell = fc.oneof(
  fc.double({ noNaN: false }),
  fc.integer({ min: -1e6, max: 3e6 }),
  fc.integer({ min: 40000, max: 47000 }),
  fc.constantFrom(0, -1, 1, 1e308, 0.005, 2958465, 2958466),
  fc.string({ maxLength: 8 }),
  fc.constantFrom("", "abc", "2025-02-30", "03/04/2025", "¥1,234.50", "12,5", "#N/A", "12%", "due", "TRUE", "是"),
  fc.boolean(),
  fc.constant(null),
);
const matrix = fc
  .record({ rows: fc.integer({ min: 1, max: 4 }), columns: fc.integer({ min: 1, max: 2 }) })
  .chain(({ rows, columns }) =>
    fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }),
  );
const argFor = (p: FunctionMetadata["parameters"][number]): fc.Arbitrary<unknown> => {
  const value: fc.Arbitrary<unknown> = p.dimensionality === "matrix" ? matrix : cell;
  return p.optional ? fc.option(value, { nil: null }) : value;
};

describe("every error of every function, on random input, in Chinese", () => {
  const fns = loadBundle({ displayLanguage: "zh-CN" });
  const { functions } = readMetadata();
  const names = [...new Set(functions.flatMap((f) => f.parameters.map((p) => p.name)))];

  it.each(functions.map((f) => [f.id, f] as const))("%s", (_id, meta) => {
    fc.assert(
      fc.property(fc.tuple(...meta.parameters.map(argFor)), (args) => {
        let error: unknown;
        try {
          fns.get(meta.id)!(...args);
          return;
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(BundleError);
        const { message } = error as BundleError;
        // A reason of the catalogue: Chinese (no English left but argument names and the user's own values), every
        // placeholder filled, never the fallback for an unforeseen failure.
        expect(message).toMatch(HAN);
        // The user's own texts are taken out first, quoted or not: a cell holding "#{0}" is an error value the
        // message names as it stands.
        const own = (args as unknown[]).flat(2).filter((v): v is string => typeof v === "string" && v !== "");
        const withoutOwn = own.reduce((m, v) => m.split(v).join(""), message.replace(/“[^”]*”|"[^"]*"/g, ""));
        expect(withoutOwn).not.toMatch(/\{\w+\}|意外问题|Unexpected problem/);
        expect(englishLeft(message, names)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
