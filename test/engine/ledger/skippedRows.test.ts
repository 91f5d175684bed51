import { skippedNotes } from "../../../src/engine/ledger/skippedRows";
import { reasonTemplatesZh } from "../../../src/i18n/reasons.zh-CN";
import { reasonText } from "../../../src/i18n/translate";
import { SKIP_KINDS } from "../../../src/engine/ledger/rowKinds";

test("one line per kind with the count and the first addresses, in English and Chinese", () => {
  const notes = skippedNotes(
    [
      { kind: "subtotal", rows: [13, 26, 40, 51, 60, 71, 80] },
      { kind: "total", rows: [90] },
    ],
    [5],
    "Data",
    "A1",
  );
  expect(notes.map((n) => n.text)).toEqual([
    "7 subtotal rows skipped: Data!A14, Data!A27, Data!A41, Data!A52, Data!A61, Data!A72, …",
    "1 total row skipped: Data!A91",
    "1 voided document read with nothing owed: Data!A6",
  ]);
  expect(reasonText(notes[0], "zh-CN", reasonTemplatesZh)).toBe(
    "跳过 7 行小计：Data!A14, Data!A27, Data!A41, Data!A52, Data!A61, Data!A72, …",
  );
});

test("every kind has a Chinese template", () => {
  for (const kind of SKIP_KINDS) expect(reasonTemplatesZh[`layout.skipped.${kind}`]).toBeDefined();
  expect(reasonTemplatesZh["layout.voided"]).toBeDefined();
});
