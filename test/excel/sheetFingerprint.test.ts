import { ContentHash, decodeReportMark, encodeReportMark, sheetFingerprint } from "../../src/excel/sheetFingerprint";
import { memoryExcelRun } from "../../src/preview/workbook/excelApi";
import { MemoryWorkbook } from "../../src/preview/workbook/memoryWorkbook";

describe("a sheet's fingerprint", () => {
  it("hashes texts in order, with a separator between them", () => {
    const digest = (texts: string[]) => texts.reduce((h, t) => h.add(t), new ContentHash()).digest();
    expect(digest(["ab", "c"])).not.toBe(digest(["a", "bc"]));
    expect(digest(["ab", "c"])).toBe(digest(["ab", "c"]));
    expect(digest(["x"])).toMatch(/^[0-9a-z]{14}$/);
  });

  it("stays while the sheet is as written; changes with a value, a format or the name", async () => {
    const book = new MemoryWorkbook();
    const sheet = book.addSheet("Report");
    book.load(sheet, [
      ["Customer", "Open"],
      ["Alpha", 1200],
    ]);
    const run = memoryExcelRun(book);
    const print = (name = "Report") =>
      run((context) => sheetFingerprint(context, context.workbook.worksheets.getItem("Report"), name));
    const first = await print();
    expect(await print()).toBe(first);
    expect(await print("Renamed")).not.toBe(first);
    sheet.set(1, 1, 1300);
    const edited = await print();
    expect(edited).not.toBe(first);
    sheet.setFormat(1, 1, "#,##0.00");
    expect(await print()).not.toBe(edited);
  });

  it("the report mark round-trips; an earlier version's mark without a fingerprint reads as none", () => {
    const mark = { fingerprint: "abc123", preferredName: "应收账款分析" };
    expect(decodeReportMark(encodeReportMark(mark))).toEqual(mark);
    expect(encodeReportMark({ fingerprint: "f", preferredName: "x".repeat(300) })).toHaveLength(255);
    expect(decodeReportMark("1")).toBeNull();
    expect(decodeReportMark(42)).toBeNull();
  });
});
