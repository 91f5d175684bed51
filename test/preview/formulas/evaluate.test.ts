import { evaluate, isError, type EvalContext } from "../../../src/preview/formulas/evaluate";
import { parseFormula } from "../../../src/preview/formulas/parse";
import { MemoryWorkbook } from "../../../src/preview/workbook/memoryWorkbook";

function context(functions = new Map<string, (...args: unknown[]) => unknown>()): EvalContext {
  const book = new MemoryWorkbook();
  const sheet = book.addSheet("S");
  book.load(sheet, [
    [10, "x"],
    [20, ""],
  ]);
  const other = book.addSheet("My sheet");
  book.load(other, [[5]]);
  return { book, sheet, functions };
}
const run = (formula: string, ctx = context()) => evaluate(parseFormula(formula), ctx);

describe("evaluating a formula in the preview", () => {
  it("arithmetic, text joins, cells, ranges and other sheets", () => {
    expect(run("1+2*3")).toBe(7);
    expect(run("-A1+A2")).toBe(10);
    expect(run('B1&"y"')).toBe("xy");
    expect(run("A1:B2")).toEqual([
      [10, "x"],
      [20, ""],
    ]);
    expect(run("'My sheet'!A1*2")).toBe(10);
  });

  it("the built-ins the demonstrations use", () => {
    expect(run("SUM(A1:A2)")).toBe(30);
    expect(run("ROUND(AVERAGE(A1:A2,1)/3,2)")).toBe(3.44); // the average (10 + 20 + 1) / 3, divided by 3
    expect([run('IF(A1-10,"owed","settled")'), run('IF(A2,"owed","settled")')]).toEqual(["settled", "owed"]);
    expect(run("DATE(2025,6,30)")).toBe(45838);
  });

  it("errors are values with a message: division by zero, text as a number, an unknown sheet or name", () => {
    expect(run("1/0")).toEqual({ error: "#DIV/0!", message: "division by zero" });
    expect(run("B1+1")).toEqual({ error: "#VALUE!", message: 'left operand: "x" is not a number' });
    expect(run("Nowhere!A1")).toMatchObject({ error: "#REF!" });
    expect(run("NOPE(1)")).toMatchObject({ error: "#NAME?" });
    expect(run("AR.NOPE(1)")).toMatchObject({ error: "#NAME?" });
  });

  it("calls an AR.* function with ranges as rows, and turns its error into an error value", () => {
    const seen: unknown[][] = [];
    const functions = new Map<string, (...args: unknown[]) => unknown>([
      ["TWICE", (...args: unknown[]) => (seen.push(args), [[2], [4]])],
      [
        "FAIL",
        () => {
          throw Object.assign(new Error("no rate for EUR"), { code: "#N/A" });
        },
      ],
    ]);
    const ctx = context(functions);
    expect(run("AR.TWICE(A1:A2,,7)", ctx)).toEqual([[2], [4]]);
    expect(seen[0]).toEqual([[[10], [20]], null, 7]);
    const failed = run("AR.FAIL()", ctx);
    expect(isError(failed) && [failed.error, failed.message]).toEqual(["#N/A", "no rate for EUR"]);
    ctx.sheet.set(0, 2, "#N/A");
    ctx.sheet.errorMessages.set("0,2", "no rate for EUR");
    // A cell holding an error, passed to a function, stays that error with its message (as in Excel).
    expect(run("AR.TWICE(C1)", ctx)).toEqual({ error: "#N/A", message: "no rate for EUR" });
  });
});
