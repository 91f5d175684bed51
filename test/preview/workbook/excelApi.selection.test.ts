/** Each sheet keeps its own selection; Excel's getSelectedRange (the stand-in) reads the visible sheet's. */
import { memoryExcelRun } from "../../../src/preview/workbook/excelApi";
import { MemoryWorkbook } from "../../../src/preview/workbook/memoryWorkbook";

function book() {
  const b = new MemoryWorkbook();
  const ledger = b.addSheet("Ledger");
  const zh = b.addSheet("台账");
  b.selection = { sheetId: ledger.id, row: 0, column: 0, rows: 3001, columns: 10 };
  return { b, ledger, zh };
}

test("switching the visible sheet shows that sheet's own selection, A1 if none was made", () => {
  const { b, ledger, zh } = book();
  b.activeSheetId = zh.id;
  expect(b.selection).toEqual({ sheetId: zh.id, row: 0, column: 0, rows: 1, columns: 1 });
  b.selection = { sheetId: zh.id, row: 4, column: 2, rows: 1, columns: 1 };
  b.activeSheetId = ledger.id;
  expect(b.selection).toEqual({ sheetId: ledger.id, row: 0, column: 0, rows: 3001, columns: 10 });
  b.activeSheetId = zh.id;
  expect(b.selection).toEqual({ sheetId: zh.id, row: 4, column: 2, rows: 1, columns: 1 });
});

test("setting a selection grows its sheet's stamp, even to the same cells; a removed sheet forgets its selection", () => {
  const { b, zh } = book();
  const before = b.selectionStamp(zh.id);
  b.selection = { sheetId: zh.id, row: 1, column: 1, rows: 1, columns: 1 };
  const once = b.selectionStamp(zh.id);
  b.selection = { sheetId: zh.id, row: 1, column: 1, rows: 1, columns: 1 };
  expect(once).toBeGreaterThan(before);
  expect(b.selectionStamp(zh.id)).toBeGreaterThan(once);
  b.removeSheet(zh.id);
  expect(b.selectionStamp(zh.id)).toBe(0);
});

test("getSelectedRange reads the visible sheet after a switch without a click", async () => {
  const { b, zh } = book();
  b.activeSheetId = zh.id;
  const address = await memoryExcelRun(b)(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load("address");
    await context.sync();
    return range.address as string;
  });
  expect(address).toBe("台账!A1:A1");
});
