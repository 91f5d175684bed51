import fc from "fast-check";
import { detectColumns } from "../../../src/engine/ledger/columns";
import { inferDateOrder } from "../../../src/engine/ledger/dateOrder";

const column = (...dates: unknown[]) => [["Date"], ...dates.map((d) => [d])];

describe("inferDateOrder", () => {
  test("a second part above 12 means month/day/year; a first part above 12, day/month/year", () => {
    expect(inferDateOrder(column("1/2/2013", "3/4/2013", "1/15/2013"), [0], 1)).toEqual({
      order: "mdy",
      example: "1/15/2013",
      conflict: false,
    });
    expect(inferDateOrder(column("1/2/2013", "15.1.2013"), [0], 1)).toEqual({
      order: "dmy",
      example: "15.1.2013",
      conflict: false,
    });
  });

  test("nothing is inferred from ambiguous, ISO or numeric dates, nor when the ledger disagrees with itself", () => {
    expect(inferDateOrder(column("1/2/2013", "2013-01-15", 45000, "", null), [0], 1)).toEqual({
      order: null,
      example: null,
      conflict: false,
    });
    expect(inferDateOrder(column("1/15/2013", "15/1/2013"), [0], 1)).toEqual({
      order: null,
      example: null,
      conflict: true,
    });
  });

  test("evidence from any date column counts, the header row does not", () => {
    const values = [
      ["13/13/13", "Due"],
      ["1/2/2013", "1/2/2013"],
      ["3/4/2013", "4/20/2013"],
    ];
    expect(inferDateOrder(values, [0, 1], 1).order).toBe("mdy");
  });
});

describe("inferDateOrder reads the columns in one pass, as if column by column", () => {
  const SLASH = /^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?:\s.*)?$/;
  /** Column by column, each column's first `limit` slash dates (the definition). */
  function byColumn(values: unknown[][], columns: number[], first: number, limit: number) {
    let mdy: string | null = null;
    let dmy: string | null = null;
    for (const c of columns)
      for (let r = first, seen = 0; r < values.length && seen < limit; r++) {
        const v = values[r]?.[c];
        const m = typeof v === "string" ? SLASH.exec(v) : null;
        if (!m) continue;
        seen++;
        const [a, b] = [Number(m[1]), Number(m[2])];
        if (a > 12 && b <= 12) dmy ??= (v as string).trim();
        else if (b > 12 && a <= 12) mdy ??= (v as string).trim();
      }
    if (mdy && dmy) return { order: null, example: null, conflict: true };
    if (mdy) return { order: "mdy", example: mdy, conflict: false };
    if (dmy) return { order: "dmy", example: dmy, conflict: false };
    return { order: null, example: null, conflict: false };
  }
  const cell = fc.oneof(
    fc.tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 31 })).map(([a, b]) => `${a}/${b}/2013`),
    fc.constantFrom(45000, "", null, "2013-01-15", "n/a"),
  );

  test("the same order, example and conflict as reading each column in turn", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 30 }), (rows) => {
        for (const columns of [[0], [2, 0], [1, 2, 0]])
          expect(inferDateOrder(rows, columns, 1)).toEqual(byColumn(rows, columns, 1, 5000));
      }),
      { numRuns: 300 },
    );
  });

  test("a column's evidence is its first 5,000 slash dates", () => {
    const rows: unknown[][] = [["Date", "Due"]];
    for (let r = 0; r < 5000; r++) rows.push(["1/2/2013", r === 4999 ? "1/20/2013" : ""]);
    rows.push(["20/1/2013", ""]);
    expect(inferDateOrder(rows, [0, 1], 1)).toEqual(byColumn(rows, [0, 1], 1, 5000));
    expect(inferDateOrder(rows, [0, 1], 1).order).toBe("mdy");
  });
});

describe("detectColumns applies it only while the date order is automatic", () => {
  const values = [
    ["Customer", "Due Date", "Amount"],
    ["A", "1/2/2013", 5],
    ["B", "1/20/2013", 6],
  ];
  test("auto: inferred and said", () => {
    const m = detectColumns(values, { dateOrder: "auto" });
    expect(m.dateOrder).toBe("mdy");
    expect(m.notes.map((n) => [n.code, n.params.example])).toContainEqual(["mapping.dateOrder.mdy", "1/20/2013"]);
  });
  test("a chosen order is kept as chosen", () => {
    const m = detectColumns(values, { dateOrder: "dmy" });
    expect(m.dateOrder).toBeNull();
    expect(m.notes.map((n) => n.code)).not.toContain("mapping.dateOrder.mdy");
  });
});
