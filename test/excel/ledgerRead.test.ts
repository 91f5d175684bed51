/* The ledger read (ledgerRead.ts, formatSamples.ts): values in blocks, formats for the head and a sample of rows. */
import { generateLedger } from "../../src/engine/sample/generateLedger";
import { utf8Bytes } from "../../src/excel/chunks";
import { FORMAT_HEAD_ROWS, FORMAT_STRIDE } from "../../src/excel/formatSamples";
import { createOfficeGateway } from "../../src/excel/officeGateway";
import { memoryExcelRun, SyncRecord } from "../../src/preview/workbook/excelApi";
import { MemorySheet, MemoryWorkbook } from "../../src/preview/workbook/memoryWorkbook";

const AS_OF = 46000;

function ledgerBook(invoices: number): { book: MemoryWorkbook; sheet: MemorySheet } {
  const book = new MemoryWorkbook();
  const sheet = book.addSheet("Ledger");
  const ledger = generateLedger({ seed: 7, customers: 200, invoices, asOf: AS_OF, language: "en" });
  book.load(sheet, ledger.values, ledger.columnFormats);
  book.selection = { sheetId: sheet.id, row: 0, column: 0, rows: 1, columns: 1 };
  return { book, sheet };
}

async function readCounting(book: MemoryWorkbook) {
  const syncs: SyncRecord[] = [];
  const gateway = createOfficeGateway(memoryExcelRun(book, { onSync: (s) => syncs.push(s) }), "memory");
  const input = await gateway.readSelection();
  const bytes = syncs.reduce((s, x) => s + x.requestBytes + x.responseBytes, 0);
  return { input, bytes, syncs };
}

/** Every cell's number format as the sheet holds it (what a full read would give). */
const allFormats = (sheet: MemorySheet, rows: number, columns: number) =>
  Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => sheet.format(r, c)));

describe("number formats: the head and a sample of rows, in full where they change", () => {
  test("uniform columns: every row's formats as the sheet's, for far fewer bytes than values and formats", async () => {
    const { book, sheet } = ledgerBook(30_000);
    const { input, bytes } = await readCounting(book);
    expect(input.values).toHaveLength(30_001);
    expect(input.numberFormats).toEqual(allFormats(sheet, 30_001, 10));
    // Values of the ten columns (all mapped) as JSON; the read may add at most a quarter to them.
    const valueBytes = utf8Bytes(JSON.stringify(input.values));
    expect(bytes).toBeLessThanOrEqual(1.25 * valueBytes);
  }, 60_000);

  test("an area of euro amounts in a dollar column is found to the row, wherever it starts and ends", async () => {
    const { book, sheet } = ledgerBook(20_000);
    for (let r = 0; r <= 20_000; r++) sheet.setFormat(r, 4, "[$$-409]#,##0.00");
    const from = FORMAT_HEAD_ROWS + 5 * FORMAT_STRIDE + 3;
    for (let r = from; r < from + 2 * FORMAT_STRIDE + 1; r++) sheet.setFormat(r, 4, "[$€-407] #,##0.00");
    for (let r = 15_000; r < 20_001; r++) sheet.setFormat(r, 5, "[$€-407] #,##0.00");
    const { input } = await readCounting(book);
    expect(input.numberFormats).toEqual(allFormats(sheet, 20_001, 10));
  }, 60_000);

  test("formats changing row by row below the head (currencies marked by format): every row read", async () => {
    const { book, sheet } = ledgerBook(3_000);
    const marks = ["[$$-409]#,##0.00", "[$€-407] #,##0.00", '"¥"#,##0.00'];
    for (let r = 1; r <= 3_000; r++) sheet.setFormat(r, 4, marks[r % 3]);
    const { input } = await readCounting(book);
    expect(input.numberFormats).toEqual(allFormats(sheet, 3_001, 10));
  });

  test("a small ledger is read whole, formats of every cell", async () => {
    const { book, sheet } = ledgerBook(50);
    sheet.setFormat(20, 4, "[$€-407] #,##0.00");
    const { input } = await readCounting(book);
    expect(input.numberFormats).toEqual(allFormats(sheet, 51, 10));
  });
});

describe("the stand-in counts what a read asks for", () => {
  test("a load of values is a request too: its bytes are counted", async () => {
    const { book } = ledgerBook(10);
    const syncs: SyncRecord[] = [];
    await memoryExcelRun(book, { onSync: (s) => syncs.push(s) })(async (context) => {
      context.workbook.worksheets.getItem("Ledger").getRangeByIndexes(0, 0, 5, 3).load("values");
      await context.sync();
    });
    expect(syncs[0].requestBytes).toBeGreaterThan(0);
  });
});
