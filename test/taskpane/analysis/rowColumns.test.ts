/* The ledger's rows as columns for the trip from the pane to the worker: every cell comes back as it was. */
import fc from "fast-check";
import { rowColumns, rowsFromColumns, rowTransfers } from "../../../src/taskpane/analysis/rowColumns";

/** The rows through columns and a copy as postMessage makes it (buffers moved), and back. */
function roundTrip(rows: unknown[][]): unknown[][] {
  const columns = rowColumns(rows)!;
  return rowsFromColumns(structuredClone(columns, { transfer: rowTransfers(columns) }));
}

test("every cell comes back: numbers (−0, NaN), texts, empty texts, flags, null, undefined, rows of any length", () => {
  const rows: unknown[][] = [
    ["客户", "到期日", "金额", "Disputed"],
    ["上海华东贸易有限公司", 45600, -0, true],
    ["Acme", "", NaN, null],
    ["Acme", 45601.5, 1e21],
    [],
    ["Acme", undefined, 0.1 + 0.2, "No", "extra"],
  ];
  const back = roundTrip(rows);
  expect(back).toStrictEqual(rows);
  expect(back.map((r) => r.length)).toEqual(rows.map((r) => r.length));
  expect(Object.is(back[1][2], -0)).toBe(true);
  expect(back[5]).toHaveLength(5);
});

test("a column's texts go once each; a column of mostly different texts goes as its list, both exact", () => {
  const rows = Array.from({ length: 2000 }, (_, i) => [`Customer ${i % 7}`, `INV-${i}`, i]);
  const columns = rowColumns(rows)!;
  expect(columns.columns[0].texts).toHaveLength(7);
  expect(columns.columns[1].texts).toHaveLength(2000);
  expect(roundTrip(rows)).toStrictEqual(rows);
  expect(rowTransfers(columns)).toHaveLength(1 + 3 * 3);
});

test("rows that are not all arrays are not columns", () => {
  expect(rowColumns([["a"], undefined])).toBeNull();
  expect(rowColumns([["a"], "b"])).toBeNull();
  expect(rowColumns([])).toEqual({ count: 0, lengths: new Uint32Array(0), columns: [] });
});

test("any rows of cells come back as they were", () => {
  const cell = fc.oneof(
    fc.double(),
    fc.string({ maxLength: 3 }),
    fc.constantFrom("", "No", "CNY"),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
  );
  fc.assert(
    fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 400 }), (rows) => {
      expect(roundTrip(rows)).toStrictEqual(rows);
    }),
  );
});
