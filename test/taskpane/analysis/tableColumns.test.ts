/* Tables as columns for the trip from the worker to the pane: every row comes back as a structured copy brings it. */
import fc from "fast-check";
import {
  columnTransfers,
  isTable,
  rowsFromColumns,
  type TableColumns,
  tableColumns,
} from "../../../src/taskpane/analysis/tableColumns";

/** The rows through columns and a copy as postMessage makes it (buffers moved), and back. */
function roundTrip(rows: readonly unknown[]): Record<string, unknown>[] {
  const columns = tableColumns(rows) as TableColumns;
  const copy = structuredClone(columns, { transfer: columnTransfers(columns) });
  const back: Record<string, unknown>[] = [];
  rowsFromColumns(copy, back);
  return back;
}

test("every value comes back as a copy brings it: −0, NaN, null, undefined, texts, flags, lists, objects, key order", () => {
  const terms = { code: "NET30", days: 30 };
  const rows = [
    {
      customer: "上海华东贸易有限公司",
      open: -0,
      share: null,
      grade: undefined,
      ok: true,
      buckets: [1, -0, 2.5],
      terms,
    },
    { customer: "", open: NaN, share: 0.1 + 0.2, grade: 3, ok: false, buckets: [0, 0, 1e21], terms },
    { customer: "Acme", open: -12.34, share: 1, grade: undefined, ok: true, buckets: [3, 4, 5], terms: null },
  ];
  const back = roundTrip(rows);
  expect(back).toStrictEqual(structuredClone(rows));
  expect(back.map((r) => Object.keys(r))).toEqual(rows.map((r) => Object.keys(r)));
  expect(Object.is(back[0].open, -0)).toBe(true);
  expect(Object.is((back[0].buckets as number[])[1], -0)).toBe(true);
  expect("grade" in back[0]).toBe(true);
  // An object shared by rows goes once and is shared again, as within one structured copy.
  expect(back[0].terms).toBe(back[1].terms);
});

test("columns of numbers and of lists of numbers travel in buffers; texts as a list; other values once each", () => {
  const shared = { reasons: ["a"] };
  const rows = Array.from({ length: 50 }, (_, i) => ({ name: `C${i}`, total: i / 7, buckets: [i, i], why: shared }));
  const columns = tableColumns(rows) as TableColumns;
  expect(columns.columns.map((c) => c.kind)).toEqual(["texts", "numbers", "lists", "values"]);
  expect(columnTransfers(columns)).toHaveLength(3);
  const why = columns.columns[3];
  expect(why.kind === "values" && why.table).toEqual([shared]);
});

test("lists of several lengths, with holes or texts are values, and come back as they were", () => {
  // eslint-disable-next-line no-sparse-arrays
  const rows = [{ list: [1, 2] }, { list: [1, 2, 3] }, { list: [1, , 3] }, { list: ["a", 1] }, { list: [] }];
  const columns = tableColumns(rows) as TableColumns;
  expect(columns.columns[0].kind).toBe("values");
  const back = roundTrip(rows);
  expect(back).toStrictEqual(structuredClone(rows));
  expect(1 in (back[2].list as unknown[])).toBe(false);
});

test("not a table: rows of other keys or another order, items that are not plain objects, no rows", () => {
  class Row {
    a = 1;
  }
  const cases: unknown[][] = [
    [
      { a: 1, b: 2 },
      { b: 2, a: 1 },
    ],
    [{ a: 1 }, { a: 1, b: 2 }],
    [{ a: 1 }, [1]],
    [{ a: 1 }, null],
    [new Row()],
    ["text"],
    [],
  ];
  for (const rows of cases) {
    expect(isTable(rows)).toBe(false);
    expect(tableColumns(rows)).toBeNull();
  }
  expect(isTable([{ a: 1 }, Object.assign(Object.create(null), { a: 2 })])).toBe(true);
});

test("any table of numbers, texts, nulls, lists and objects comes back as a structured copy brings it", () => {
  const value = fc.oneof(
    fc.double(),
    fc.integer(),
    fc.constant(null),
    fc.constant(undefined),
    fc.string(),
    fc.boolean(),
    fc.array(fc.double(), { maxLength: 3 }),
    fc.record({ code: fc.string() }),
  );
  const table = fc
    .uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 })
    .chain((keys) =>
      fc.array(fc.tuple(...keys.map(() => value)), { minLength: 1, maxLength: 20 }).map((rows) =>
        rows.map((values) => {
          const row: Record<string, unknown> = {};
          keys.forEach((k, i) => (row[k] = values[i]));
          return row;
        }),
      ),
    )
    .filter((rows) => isTable(rows)); // keys such as "1" are ordered by JavaScript, not as written
  fc.assert(
    fc.property(table, (rows) => {
      expect(roundTrip(rows)).toStrictEqual(structuredClone(rows));
    }),
  );
});
