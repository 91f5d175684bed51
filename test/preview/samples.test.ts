/** The preview's workbook holds the late-paying sample as its own sheet, beside the English and Chinese ledgers. */
import { serialFromYmd } from "../../src/engine/core/dates";
import { generateLedger } from "../../src/engine/sample/generateLedger";
import { LATE_SAMPLE, SAMPLE, sampleWorkbook } from "../../src/preview/samples";

test("three ledgers: Ledger, 台账 and Late payers, the last generated with the late-paying profile", () => {
  const asOf = serialFromYmd(2025, 11, 17);
  const book = sampleWorkbook(asOf);
  const names = book.sheets.map((s) => s.name);
  expect(names.slice(0, 3)).toEqual([SAMPLE.en.sheet, SAMPLE.zh.sheet, LATE_SAMPLE.sheet]);
  const late = book.sheet(LATE_SAMPLE.sheet)!;
  const expected = generateLedger({ ...LATE_SAMPLE, asOf, language: "en" }).values;
  expect(late.usedArea()!.rows).toBe(expected.length);
  expect(book.activeSheetId).toBe(book.sheet(SAMPLE.en.sheet)!.id);
});
