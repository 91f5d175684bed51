/** The preview's workbook holds the late-paying sample as its own sheet, beside the English and Chinese ledgers. */
import { serialFromYmd } from "../../src/engine/core/dates";
import { generateLedger } from "../../src/engine/sample/generateLedger";
import { recalculate } from "../../src/preview/formulas/recalc";
import { formulaDemos, LATE_SAMPLE, SAMPLE, sampleWorkbook } from "../../src/preview/samples";
import { loadBundle, readMetadata } from "../functions/loadBundle";

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

const FORMULAS_AS_OF = serialFromYmd(2025, 6, 30);

test("the Formulas sheet demonstrates every AR.* function, none in error", () => {
  const ids = readMetadata().functions.map((f) => f.id);
  const demos = formulaDemos(FORMULAS_AS_OF).map((d) => d.formula);
  for (const id of ids) expect(demos.some((f) => f.includes(`AR.${id}(`))).toBe(true);
  const b = sampleWorkbook(FORMULAS_AS_OF);
  recalculate(b, loadBundle() as Map<string, (...args: unknown[]) => unknown>);
  const sheet = b.sheet("Formulas")!;
  expect(sheet.formulas.size).toBe(demos.length);
  for (const [key] of sheet.formulas) {
    const [r, c] = key.split(",").map(Number);
    expect({
      formula: sheet.formulas.get(key),
      value: sheet.get(r, c),
      message: sheet.errorMessages.get(key),
    }).toEqual(expect.objectContaining({ message: undefined }));
  }
});
