import {
  addressMaker,
  cellAddress,
  columnIndex,
  columnLetters,
  parseCell,
  rangeAddress,
  sheetPrefix,
} from "../../../src/engine/ledger/addresses";

describe("A1 addresses", () => {
  it("column letters and back: A, Z, AA, AZ, XFD (Excel's last)", () => {
    expect([0, 25, 26, 51, 16383].map(columnLetters)).toEqual(["A", "Z", "AA", "AZ", "XFD"]);
    expect(["A", "z", "AA", "XFD"].map(columnIndex)).toEqual([0, 25, 26, 16383]);
  });

  it("reads B7 and $B$7; refuses anything else", () => {
    expect(parseCell("B7")).toEqual({ row: 6, column: 1 });
    expect(parseCell(" $AA$10 ")).toEqual({ row: 9, column: 26 });
    expect(() => parseCell("7B")).toThrow(/"7B" is not a cell address like B7/);
  });

  it("quotes a sheet name when it needs it, doubling its quotes", () => {
    expect(sheetPrefix("Ledger")).toBe("Ledger!");
    expect(sheetPrefix("My sheet")).toBe("'My sheet'!");
    expect(sheetPrefix("Bob's")).toBe("'Bob''s'!");
    expect(sheetPrefix("应收")).toBe("'应收'!");
  });

  it("addresses a cell or a range counted from the range's top-left cell", () => {
    expect(cellAddress("Ledger", "C5", 2, 1)).toBe("Ledger!D7");
    const at = addressMaker("My sheet", "A1");
    expect([at(0, 0), at(9, 27)]).toEqual(["'My sheet'!A1", "'My sheet'!AB10"]);
    expect(rangeAddress("Ledger", "B2", 3, 2)).toBe("Ledger!B2:C4");
    expect(rangeAddress("Ledger", "B2", 1, 1)).toBe("Ledger!B2");
    expect(rangeAddress("Ledger", "B2", 0, 0)).toBe("Ledger!B2");
  });
});
