/* `?ledger=100000` in the preview's address: a generated ledger of that many invoices on a sheet of its own. */
import { BIG_LEDGER_SHEET, addBigLedger, bigLedgerFromSearch } from "../../src/preview/bigLedger";
import { MemoryWorkbook } from "../../src/preview/workbook/memoryWorkbook";

test("the invoices asked for, within Excel's rows (header and 1,048,575 invoices); none without the parameter", () => {
  expect(bigLedgerFromSearch("?ledger=100000")).toBe(100_000);
  expect(bigLedgerFromSearch("?pane=320&ledger=2000000")).toBe(1_048_575);
  expect(bigLedgerFromSearch("?ledger=abc")).toBeNull();
  expect(bigLedgerFromSearch("?ledger=0")).toBeNull();
  expect(bigLedgerFromSearch("")).toBeNull();
});

test("the sheet holds the header and every invoice, over 5,000 customers, with the sample's formats", () => {
  const book = new MemoryWorkbook();
  addBigLedger(book, 46000, 12_000);
  const sheet = book.sheet(BIG_LEDGER_SHEET)!;
  expect(sheet.rows).toHaveLength(12_001);
  expect(sheet.rows[0][0]).toBe("Customer");
  expect(new Set(sheet.rows.slice(1).map((r) => r[0])).size).toBeGreaterThan(3_000);
  expect(sheet.format(5, 2)).toBe("yyyy-mm-dd");
});
