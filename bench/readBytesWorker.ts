/**
 * Bytes read from the workbook per ledger, in a fresh process: the Office gateway reads each ledger through the
 * Excel API stand-in, which counts the UTF-8 bytes of every request and response; the yardstick is the JSON of the
 * mapped columns' values (what the analysis cannot do without). Prints one JSON line per ledger.
 * Usage: node .bench-build/bench/readBytesWorker.js preview | <invoices>
 */
import { detectColumns } from "../src/engine/ledger/columns";
import { serialFromYmd } from "../src/engine/core/dates";
import { generateLedger } from "../src/engine/sample/generateLedger";
import { utf8Bytes } from "../src/excel/chunks";
import { createOfficeGateway } from "../src/excel/officeGateway";
import { LATE_SAMPLE, SAMPLE, sampleWorkbook } from "../src/preview/samples";
import { memoryExcelRun } from "../src/preview/workbook/excelApi";
import { MemoryWorkbook } from "../src/preview/workbook/memoryWorkbook";

const AS_OF = serialFromYmd(2025, 6, 30);

/** UTF-8 bytes of the mapped columns' values as JSON, header included, and the rows below the header. */
function mappedBytes(values: unknown[][], numberFormats: string[][] | undefined) {
  const mapping = detectColumns(values, { dateOrder: "auto", numberFormats });
  const columns = Object.values(mapping.columns).filter((c): c is number => c !== null);
  let bytes = 2;
  for (const row of values) bytes += utf8Bytes(JSON.stringify(columns.map((c) => row[c] ?? ""))) + 1;
  return {
    bytes,
    columns: columns.length,
    width: values[0]?.length ?? 0,
    invoices: values.length - mapping.headerRow - 1,
  };
}

async function measure(book: MemoryWorkbook, sheetName: string) {
  const sheet = book.sheet(sheetName)!;
  book.activeSheetId = sheet.id;
  book.selection = { sheetId: sheet.id, row: 0, column: 0, rows: 1, columns: 1 };
  let read = 0;
  let syncs = 0;
  const run = memoryExcelRun(book, {
    onSync: (s) => {
      read += s.requestBytes + s.responseBytes;
      syncs++;
    },
  });
  const t0 = process.hrtime.bigint();
  const input = await createOfficeGateway(run, "memory").readSelection();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const mapped = mappedBytes(input.values, input.numberFormats);
  return { sheet: sheetName, rows: input.values.length, read, syncs, ms, ...mapped };
}

async function main(): Promise<void> {
  const arg = process.argv[2];
  if (arg === "preview") {
    const book = sampleWorkbook(AS_OF);
    const ledgers = [SAMPLE.en.sheet, SAMPLE.zh.sheet, LATE_SAMPLE.sheet, ...book.sheets.slice(-3).map((s) => s.name)];
    for (const name of ledgers) process.stdout.write(JSON.stringify(await measure(book, name)) + "\n");
    return;
  }
  const book = new MemoryWorkbook();
  const sheet = book.addSheet("Ledger");
  const ledger = generateLedger({ seed: 11, customers: 5000, invoices: Number(arg), asOf: AS_OF, language: "en" });
  book.load(sheet, ledger.values, ledger.columnFormats);
  process.stdout.write(JSON.stringify(await measure(book, "Ledger")) + "\n");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
