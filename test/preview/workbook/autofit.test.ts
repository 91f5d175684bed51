import { importCsv } from "../../../src/preview/csvImport";
import { autofitColumns, DEFAULT_COLUMN_WIDTH, textWidth } from "../../../src/preview/workbook/autofit";
import { memoryExcelRun } from "../../../src/preview/workbook/excelApi";
import { MemoryWorkbook } from "../../../src/preview/workbook/memoryWorkbook";
import { sampleWorkbook } from "../../../src/preview/samples";

describe("column AutoFit in the preview workbook", () => {
  test("a column is as wide as its widest displayed text, Chinese counted wider, within bounds", () => {
    const book = new MemoryWorkbook();
    const sheet = book.addSheet("S");
    book.load(
      sheet,
      [
        ["客户名称", "Amount", "", "x"],
        ["上海某某贸易有限公司", 1234567.5, "", "y"],
        ["A", -3, "", "z".repeat(200)],
      ],
      ["@", "#,##0.00"],
    );
    autofitColumns(sheet, { row: 0, column: 0, rows: 3, columns: 4 });
    expect(textWidth("上海")).toBeGreaterThan(textWidth("AB"));
    expect(sheet.columnWidths[0]).toBe(Math.round(textWidth("上海某某贸易有限公司") + 14));
    expect(sheet.columnWidths[1]).toBe(Math.round(textWidth("1,234,567.50") + 14)); // the displayed text, not the raw number
    expect(sheet.columnWidths[2]).toBe(DEFAULT_COLUMN_WIDTH); // empty column
    expect(sheet.columnWidths[3]).toBe(360); // capped
  });

  test("the Excel stand-in's autofitColumns sets widths; the rest of the sheet is untouched", async () => {
    const book = new MemoryWorkbook();
    const sheet = book.addSheet("S");
    book.load(sheet, [["a long label of a report block", 1]]);
    await memoryExcelRun(book)(async (context) => {
      context.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 1, 1).format.autofitColumns();
      await context.sync();
    });
    expect(sheet.columnWidths[0]).toBeGreaterThan(DEFAULT_COLUMN_WIDTH);
    expect(sheet.columnWidths[1]).toBeUndefined();
    expect(sheet.get(0, 0)).toBe("a long label of a report block");
  });

  test("sample sheets and imported CSVs open fitted", () => {
    const book = sampleWorkbook();
    const ledger = book.sheet("Ledger")!;
    expect(ledger.columnWidths).toHaveLength(10);
    const formulas = book.sheet("Formulas")!;
    expect(formulas.columnWidths[0]).toBeGreaterThan(DEFAULT_COLUMN_WIDTH);
    const csv = importCsv(book, "Customer,Amount\nA very long customer name indeed Ltd,1\n", "x.csv");
    expect(csv.columnWidths[0]).toBeGreaterThan(DEFAULT_COLUMN_WIDTH);
  });
});
