/**
 * The Excel stand-in is at least as strict as Excel, so a gateway that passes here does not fail in Excel.
 * Each test here failed on the earlier, looser stand-in.
 */
import { formulaOf, memoryExcelRun } from "../../../src/preview/workbook/excelApi";
import { MemoryWorkbook } from "../../../src/preview/workbook/memoryWorkbook";

function book1() {
  const book = new MemoryWorkbook();
  const sheet = book.addSheet("S");
  return { book, sheet, run: memoryExcelRun(book) };
}

describe("a string written to a cell becomes a formula as in Excel", () => {
  test('"=…" in a General cell is stored as a formula, not as the text', async () => {
    const { sheet, run } = book1();
    await run(async (context) => {
      context.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 1, 2).values = [['=HYPERLINK("http://x","y")', "plain"]];
      await context.sync();
    });
    expect(sheet.formulas.get("0,0")).toBe('=HYPERLINK("http://x","y")');
    expect(sheet.get(0, 0)).not.toBe('=HYPERLINK("http://x","y")');
    expect(sheet.formulas.has("0,1")).toBe(false);
    expect(sheet.get(0, 1)).toBe("plain");
  });

  test('in a cell formatted as text ("@", set before the value) it stays text', async () => {
    const { sheet, run } = book1();
    await run(async (context) => {
      const r = context.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 1, 1);
      r.numberFormat = [["@"]];
      r.values = [["=1+1"]];
      await context.sync();
    });
    expect(sheet.formulas.size).toBe(0);
    expect(sheet.get(0, 0)).toBe("=1+1");
  });

  test('"+", "-" and "@" start a formula too (as typed); a plain signed number does not; a later value replaces a formula', () => {
    expect(formulaOf("+cmd|' /C calc'!A0", "General")).toBe("=+cmd|' /C calc'!A0");
    expect(formulaOf("-2+3", "#,##0.00")).toBe("=-2+3");
    expect(formulaOf("@SUM(1)", "General")).toBe("=SUM(1)");
    expect(formulaOf("-5", "General")).toBeNull();
    expect(formulaOf("-", "General")).toBeNull();
    expect(formulaOf("=1", "@")).toBeNull();
  });
});
