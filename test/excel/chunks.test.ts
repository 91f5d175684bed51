import { bytesPerRow, PAYLOAD_LIMIT_BYTES, utf8Bytes } from "../../src/excel/chunks";
import { createOfficeGateway } from "../../src/excel/officeGateway";
import { ExcelApiError, memoryExcelRun, SyncRecord } from "../../src/preview/workbook/excelApi";
import { MemoryWorkbook } from "../../src/preview/workbook/memoryWorkbook";

describe("blocks sized by UTF-8 bytes (Excel on the web's 5 MB limit is on the UTF-8 request)", () => {
  test("utf8Bytes: ASCII 1, é 2, Chinese 3, an emoji 4 bytes", () => {
    expect(utf8Bytes("abc")).toBe(3);
    expect(utf8Bytes("é")).toBe(2);
    expect(utf8Bytes("客户")).toBe(6);
    expect(utf8Bytes("😀")).toBe(4);
    expect(utf8Bytes("客户")).toBe(new TextEncoder().encode("客户").length);
    expect(bytesPerRow([["客户", 1]])).toBe(new TextEncoder().encode('["客户",1]').length);
  });

  test("the stand-in counts UTF-8 bytes: 2 M Chinese characters (6 MB) in one read fail", async () => {
    const book = new MemoryWorkbook();
    const sheet = book.addSheet("S");
    for (let r = 0; r < 20_000; r++) sheet.rows.push(["客".repeat(100)]); // 2,000,000 characters, 6,000,000 bytes
    const run = memoryExcelRun(book);
    await expect(
      run(async (context) => {
        const range = context.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 20_000, 1);
        range.load("values");
        await context.sync();
      }),
    ).rejects.toThrow(ExcelApiError);
  });

  test("a Chinese ledger is read in blocks under 5 MB of UTF-8 each", async () => {
    const book = new MemoryWorkbook();
    const sheet = book.addSheet("账本");
    const name = "上海某某国际贸易有限公司".repeat(8); // 96 characters, 288 bytes
    for (let r = 0; r < 60_000; r++) sheet.rows.push([`${name}${r}`, `${name}备注`, `${name}地址`]);
    book.selection = { sheetId: sheet.id, row: 0, column: 0, rows: 60_000, columns: 3 };
    const syncs: SyncRecord[] = [];
    const gateway = createOfficeGateway(memoryExcelRun(book, { onSync: (s) => syncs.push(s) }), "memory");
    const input = await gateway.readSelection();
    expect(input.values).toHaveLength(60_000);
    expect(Math.max(...syncs.map((s) => s.responseBytes))).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  }, 60_000);

  test("a Chinese report is written in blocks under 5 MB of UTF-8 each", async () => {
    const book = new MemoryWorkbook();
    const sheet = book.addSheet("S");
    const syncs: SyncRecord[] = [];
    const run = memoryExcelRun(book, { onSync: (s) => syncs.push(s) });
    // The writer's own loop, as in officeGateway.writeReport, on 60,000 rows of 3 × 96 Chinese characters.
    const { firstBlockRows, nextBlockRows } = await import("../../src/excel/chunks");
    const rows = Array.from({ length: 60_000 }, (_, r) => ["客".repeat(96) + r, "户".repeat(96), "名".repeat(96)]);
    await run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      let block = firstBlockRows(3);
      for (let start = 0; start < rows.length;) {
        const n = Math.min(block, rows.length - start);
        const slice = rows.slice(start, start + n);
        ws.getRangeByIndexes(start, 0, n, 3).values = slice;
        await context.sync();
        block = nextBlockRows(bytesPerRow(slice), 3);
        start += n;
      }
    });
    expect(sheet.get(59_999, 1)).toBe("户".repeat(96));
    expect(Math.max(...syncs.map((s) => s.requestBytes))).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  }, 60_000);
});
