import fc from "fast-check";
import { MemoryWorkbook } from "../../../src/preview/workbook/memoryWorkbook";

describe("the in-memory workbook", () => {
  it("sheets: names unique whatever the case, the first one active, removal moves the active sheet", () => {
    const book = new MemoryWorkbook();
    const ledger = book.addSheet("Ledger");
    const report = book.addSheet("Report");
    expect(() => book.addSheet("ledger")).toThrow(/already exists/);
    expect(book.sheet("REPORT")).toBe(report);
    expect(book.activeSheet).toBe(ledger);
    book.removeSheet(ledger.id);
    expect(book.activeSheet).toBe(report);
    expect(book.byId(ledger.id)).toBeUndefined();
  });

  it("cells: blank until set, formats by cell over column over General", () => {
    const book = new MemoryWorkbook();
    const s = book.addSheet("S");
    book.load(
      s,
      [
        ["Customer", "Due"],
        ["Acme", 45_700],
      ],
      ["@", "yyyy-mm-dd"],
    );
    s.set(4, 2, 7);
    expect([s.get(1, 0), s.get(3, 3), s.get(4, 2)]).toEqual(["Acme", "", 7]);
    s.setFormat(1, 1, "d/m/yyyy");
    expect([s.format(1, 1), s.format(0, 1), s.format(0, 5)]).toEqual(["d/m/yyyy", "yyyy-mm-dd", "General"]);
  });

  it("bounds: the values' area, the used range with formatted cells, and the grid's area from A1", () => {
    const book = new MemoryWorkbook();
    const s = book.addSheet("S");
    expect(s.valueBounds()).toBeNull();
    s.set(2, 1, "x");
    s.set(3, 3, 5);
    expect(s.valueBounds()).toEqual({ row: 2, column: 1, rows: 2, columns: 3 });
    s.setFormat(6, 0, "0.00");
    expect(s.usedBounds(true)).toEqual({ row: 2, column: 1, rows: 2, columns: 3 });
    expect(s.usedBounds(false)).toEqual({ row: 2, column: 0, rows: 5, columns: 4 });
    expect(s.usedArea()).toEqual({ row: 0, column: 0, rows: 4, columns: 4 });
  });

  it("the grid's area and the values' bounds follow every write: a cell set grows them, a cell blanked shrinks them, rows inserted move them", () => {
    const s = new MemoryWorkbook().addSheet("S");
    expect(s.usedArea()).toBeNull();
    s.set(1, 1, "x");
    expect(s.usedArea()).toEqual({ row: 0, column: 0, rows: 2, columns: 2 });
    s.set(9, 4, 7);
    expect(s.usedArea()).toEqual({ row: 0, column: 0, rows: 10, columns: 5 });
    s.usedArea()!.rows = 99; // a copy: the kept area is not changed through it
    expect(s.usedArea()).toEqual({ row: 0, column: 0, rows: 10, columns: 5 });
    s.set(9, 4, "");
    expect(s.usedArea()).toEqual({ row: 0, column: 0, rows: 2, columns: 2 });
    s.insertRows(0, 3);
    expect(s.usedArea()).toEqual({ row: 0, column: 0, rows: 5, columns: 2 });
    expect(s.valueBounds()).toEqual({ row: 4, column: 1, rows: 1, columns: 1 });
    s.valueBounds()!.row = 0; // a copy too
    expect(s.valueBounds()).toEqual({ row: 4, column: 1, rows: 1, columns: 1 });
    s.set(0, 0, "top");
    expect(s.valueBounds()).toEqual({ row: 0, column: 0, rows: 5, columns: 2 });
  });

  it("the values' area of a sparse sheet is the one every cell gives (blank texts, holes and empty rows)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.array(fc.constantFrom("", "x", 0, undefined), { maxLength: 6 })), { maxLength: 8 }),
        (rows) => {
          const s = new MemoryWorkbook().addSheet("S");
          rows.forEach((r, i) => (s.rows[i] = r as never));
          const cells = rows.flatMap((r, i) =>
            (r ?? []).flatMap((v, c) => (v === "" || v === undefined ? [] : [[i, c]])),
          );
          const [is, cs] = [cells.map((x) => x[0]), cells.map((x) => x[1])];
          const area = cells.length
            ? { row: Math.min(...is), column: Math.min(...cs), rows: Math.max(...is) - Math.min(...is) + 1 }
            : null;
          expect(s.valueBounds()).toEqual(area && { ...area, columns: Math.max(...cs) - area.column + 1 });
        },
      ),
    );
  });

  it("inserting rows moves values, formats and tables below; a table cut through grows", () => {
    const book = new MemoryWorkbook();
    const s = book.addSheet("S");
    book.load(s, [["a"], ["b"], ["c"]]);
    s.setFormat(2, 0, "0.00");
    s.tables.push({ name: "T", row: 0, column: 0, rows: 3, columns: 1 });
    s.insertRows(1, 2);
    expect(s.rows.map((r) => r[0] ?? "")).toEqual(["a", "", "", "b", "c"]);
    expect(s.format(4, 0)).toBe("0.00");
    expect(s.tables[0].rows).toBe(5);
  });

  it("each sheet keeps its own selection (A1 at first); listeners hear of changes until they leave", () => {
    const book = new MemoryWorkbook();
    const a = book.addSheet("A");
    const b = book.addSheet("B");
    expect(book.selection).toEqual({ sheetId: a.id, row: 0, column: 0, rows: 1, columns: 1 });
    book.selection = { sheetId: b.id, row: 2, column: 1, rows: 3, columns: 2, kind: "cells" };
    expect(book.selection.sheetId).toBe(a.id); // B's selection set, A still the visible sheet
    expect(book.selectionOf(b.id)).toEqual({ row: 2, column: 1, rows: 3, columns: 2 });
    const stamp = book.selectionStamp(b.id);
    book.selection = { sheetId: b.id, row: 2, column: 1, rows: 3, columns: 2 };
    expect(book.selectionStamp(b.id)).toBeGreaterThan(stamp);
    let heard = 0;
    const leave = book.subscribe(() => heard++);
    book.changed();
    leave();
    book.changed();
    expect([heard, book.version]).toEqual([1, 2]);
  });
});
