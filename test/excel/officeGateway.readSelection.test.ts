import { createOfficeGateway } from "../../src/excel/officeGateway";
import { memoryExcelRun } from "../../src/preview/workbook/excelApi";
import { MemoryWorkbook } from "../../src/preview/workbook/memoryWorkbook";
import { handLedger } from "../engine/analysis/handLedger";

test("a ledger that starts at C5: one selected cell reads exactly it (Excel's used range starts at the first value)", async () => {
  const book = new MemoryWorkbook();
  const sheet = book.addSheet("Ledger");
  const rows = handLedger() as (string | number)[][];
  rows.forEach((row, r) => row.forEach((v, c) => sheet.set(4 + r, 2 + c, v)));
  book.selection = { sheetId: sheet.id, row: 10, column: 4, rows: 1, columns: 1 };
  const gateway = createOfficeGateway(memoryExcelRun(book), "memory");
  const input = await gateway.readSelection();
  expect(input.address).toBe("Ledger!C5:J23");
  expect(input.topLeft).toBe("C5");
  expect(input.values[1]).toEqual(rows[1]);
});
