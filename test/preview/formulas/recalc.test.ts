import { serialFromYmd } from "../../../src/engine/core/dates";
import { enterCell } from "../../../src/preview/formulas/recalc";
import { MemoryWorkbook } from "../../../src/preview/workbook/memoryWorkbook";
import { loadBundle } from "../../functions/loadBundle";

const functions = loadBundle() as Map<string, (...args: unknown[]) => unknown>;
const AS_OF = serialFromYmd(2025, 6, 30);

describe("recalculation and spills", () => {
  function book() {
    const b = new MemoryWorkbook();
    const s = b.addSheet("S");
    b.load(s, [
      ["amount", "due"],
      [100, AS_OF - 10],
      [200, AS_OF - 40],
      [50, AS_OF + 5],
    ]);
    return { b, s };
  }

  test("an array result spills; a blocked spill is #SPILL!; clearing the blocker unblocks it", () => {
    const { b, s } = book();
    enterCell(b, s, 0, 3, `=AR.AGING(A2:A4,B2:B4,${AS_OF})`, functions);
    expect([0, 1, 2, 3, 4].map((c) => s.get(0, 3 + c))).toEqual([50, 100, 200, 0, 0]);
    enterCell(b, s, 0, 5, "x", functions);
    expect(s.get(0, 3)).toBe("#SPILL!");
    expect(s.errorMessages.get("0,3")).toMatch(/more cells/);
    enterCell(b, s, 0, 5, "", functions);
    expect(s.get(0, 3)).toBe(50);
  });

  test("errors carry their message; formulas read other formulas; edits recalculate", () => {
    const { b, s } = book();
    enterCell(b, s, 5, 0, "=AR.DSO(100,0)", functions);
    expect(s.get(5, 0)).toMatch(/^#/);
    expect(s.errorMessages.get("5,0")).toMatch(/credit_sales/);
    enterCell(b, s, 6, 0, "=SUM(A2:A4)", functions);
    enterCell(b, s, 6, 1, "=A7*2", functions);
    expect(s.get(6, 1)).toBe(700);
    enterCell(b, s, 1, 0, "1000", functions);
    expect(s.get(6, 1)).toBe(2500);
    enterCell(b, s, 7, 0, "=NOPE(1)", functions);
    expect(s.get(7, 0)).toBe("#NAME?");
  });

  test("AR.CONVERT spills the amounts it can convert; one without a rate is #N/A naming it, and SUM over it is #N/A", () => {
    const b = new MemoryWorkbook();
    const s = b.addSheet("S");
    b.load(s, [
      [100, "USD", "USD", 7.19],
      [50, "GBP", "EUR", 7.8123],
      [10, "CNY", "", ""],
    ]);
    enterCell(b, s, 4, 0, '=AR.CONVERT(A1:A3,B1:B3,C1:D2,"CNY")', functions);
    expect([s.get(4, 0), s.get(5, 0), s.get(6, 0)]).toEqual([719, "#N/A", 10]);
    expect(s.errorMessages.get("5,0")).toMatch(/no rate for GBP/);
    enterCell(b, s, 8, 0, "=SUM(A5:A7)", functions);
    expect(s.get(8, 0)).toBe("#N/A");
  });
});
