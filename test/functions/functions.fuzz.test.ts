/**
 * Fuzz: every function in the built functions.json, called through the built bundle with random cell values
 * (numbers, text, booleans, empties, huge and negative values, mismatched shapes). Nothing may escape but a
 * CustomFunctions.Error, and every result is a value or a 2-D array of values.
 */
import fc from "fast-check";
import { BundleError, FunctionMetadata, loadBundle, readMetadata } from "./loadBundle";

const cell = fc.oneof(
  fc.double({ noNaN: false }),
  fc.integer({ min: -1e6, max: 3e6 }),
  fc.integer({ min: 40000, max: 47000 }),
  fc.constantFrom(0, -1, 1, 1e308, -1e308, 0.005, 2958465, 2958466),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    "",
    " ",
    "abc",
    "2025-02-30",
    "03/04/2025",
    "¥1,234.50",
    "(120)",
    "#N/A",
    "12%",
    "due",
    "invoice",
    "TRUE",
  ),
  fc.boolean(),
  fc.constant(null),
);
const matrix = fc
  .record({ rows: fc.integer({ min: 1, max: 5 }), columns: fc.integer({ min: 1, max: 3 }) })
  .chain(({ rows, columns }) =>
    fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }),
  );

function argFor(p: FunctionMetadata["parameters"][number]): fc.Arbitrary<unknown> {
  const value: fc.Arbitrary<unknown> = p.dimensionality === "matrix" ? matrix : cell;
  return p.optional ? fc.option(value, { nil: null }) : value;
}

function isValue(v: unknown): boolean {
  if (typeof v === "number") return Number.isFinite(v); // Excel cannot show NaN or Infinity
  return ["string", "boolean"].includes(typeof v) || v instanceof BundleError;
}

describe("fuzzing every AR.* function in the built bundle", () => {
  const fns = loadBundle();
  const { functions } = readMetadata();

  it.each(functions.map((f) => [f.id, f] as const))(
    "%s never throws anything but CustomFunctions.Error",
    (_id, meta) => {
      const fn = fns.get(meta.id)!;
      fc.assert(
        fc.property(fc.tuple(...meta.parameters.map(argFor)), (args) => {
          let result: unknown;
          try {
            result = fn(...args);
          } catch (e) {
            expect(e).toBeInstanceOf(BundleError);
            expect(typeof (e as BundleError).code).toBe("string");
            return;
          }
          if (Array.isArray(result)) {
            expect(result.length).toBeGreaterThan(0);
            for (const row of result) {
              expect(Array.isArray(row)).toBe(true);
              for (const v of row as unknown[]) expect(isValue(v)).toBe(true);
            }
          } else {
            expect(isValue(result)).toBe(true);
          }
        }),
        { numRuns: 150 },
      );
    },
  );
});
