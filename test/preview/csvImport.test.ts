import { importCsv } from "../../src/preview/csvImport";
import { MemoryWorkbook } from "../../src/preview/workbook/memoryWorkbook";

test("a CSV becomes a new, selected sheet with a unique name", () => {
  const b = new MemoryWorkbook();
  b.addSheet("Data");
  const s = importCsv(b, "a,b\n1,2\n3,4", "Data.csv");
  expect(s.name).toBe("Data (2)");
  expect(b.selection).toEqual({ sheetId: s.id, row: 0, column: 0, rows: 3, columns: 2 });
  expect(s.get(2, 1)).toBe(4);
});
