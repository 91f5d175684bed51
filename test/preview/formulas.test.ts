import { serialFromYmd } from "../../src/engine/core/dates";
import { importCsv } from "../../src/preview/csvImport";
import { displayValue } from "../../src/preview/grid/display";
import { parseFormula } from "../../src/preview/formulas/parse";
import { enterCell, recalculate } from "../../src/preview/formulas/recalc";
import { formulaDemos, sampleWorkbook } from "../../src/preview/samples";
import { MemoryWorkbook } from "../../src/preview/workbook/memoryWorkbook";
import { loadBundle, readMetadata } from "../functions/loadBundle";

const functions = loadBundle() as Map<string, (...args: unknown[]) => unknown>;
const AS_OF = serialFromYmd(2025, 6, 30);

describe("formula parser", () => {
  test("references, sheets, calls with empty arguments, precedence", () => {
    expect(parseFormula("=AR.AGING(G2:G200,'My sheet'!F2:F200,DATE(2013,9,30),,TRUE)")).toEqual({
      kind: "call",
      name: "AR.AGING",
      args: [
        { kind: "ref", sheet: null, from: "G2", to: "G200" },
        { kind: "ref", sheet: "My sheet", from: "F2", to: "F200" },
        { kind: "call", name: "DATE", args: [2013, 9, 30].map((value) => ({ kind: "number", value })) },
        { kind: "empty" },
        { kind: "boolean", value: true },
      ],
    });
    expect(parseFormula("=1+2*3")).toEqual({
      kind: "binary",
      op: "+",
      left: { kind: "number", value: 1 },
      right: { kind: "binary", op: "*", left: { kind: "number", value: 2 }, right: { kind: "number", value: 3 } },
    });
    expect(parseFormula('=台账!$A$1&"x"')).toMatchObject({
      kind: "binary",
      op: "&",
      left: { kind: "ref", sheet: "台账", from: "A1" },
    });
    expect(() => parseFormula("=AR.DSO(1,")).toThrow(/ends too early/);
  });
});

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

  test("the Formulas sheet demonstrates every AR.* function, none in error", () => {
    const ids = readMetadata().functions.map((f) => f.id);
    const demos = formulaDemos(AS_OF).map((d) => d.formula);
    for (const id of ids) expect(demos.some((f) => f.includes(`AR.${id}(`))).toBe(true);
    const b = sampleWorkbook(AS_OF);
    recalculate(b, functions);
    const sheet = b.sheet("Formulas")!;
    expect(sheet.formulas.size).toBe(demos.length);
    for (const [key] of sheet.formulas) {
      const [r, c] = key.split(",").map(Number);
      expect({
        formula: sheet.formulas.get(key),
        value: sheet.get(r, c),
        message: sheet.errorMessages.get(key),
      }).toEqual(expect.objectContaining({ message: undefined }));
    }
  });
});

describe("CSV import and display", () => {
  test("a CSV becomes a new, selected sheet with a unique name", () => {
    const b = new MemoryWorkbook();
    b.addSheet("Data");
    const s = importCsv(b, "a,b\n1,2\n3,4", "Data.csv");
    expect(s.name).toBe("Data (2)");
    expect(b.selection).toEqual({ sheetId: s.id, row: 0, column: 0, rows: 3, columns: 2 });
    expect(s.get(2, 1)).toBe(4);
  });

  test("cells show under their number format", () => {
    expect(displayValue(serialFromYmd(2025, 7, 1), "yyyy-mm-dd")).toBe("2025-07-01");
    expect(displayValue(-1234.5, '"¥"#,##0.00')).toBe("-¥1,234.50");
    expect(displayValue(0.1234, "0.0%")).toBe("12.3%");
    expect(displayValue(true, "General")).toBe("TRUE");
  });
});
