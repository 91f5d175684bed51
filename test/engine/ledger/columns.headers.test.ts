/* header search beyond row 10, a note when none is found, a clear error for a bad column index. */
import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import { EngineError } from "../../../src/engine/core/errors";
import { detectColumns, findHeaderRow } from "../../../src/engine/ledger/columns";
import { engineErrorText } from "../../../src/i18n/engineErrors";
import { reasonText } from "../../../src/i18n/translate";
import { reasonTemplatesZh } from "../../../src/i18n/reasons.zh-CN";
import { AS_OF, d } from "../analysis/handLedger";

const title = (n: number) =>
  Array.from({ length: n }, (_, i) => (i % 3 === 0 ? [`Aged debtors report, page note ${i}`] : []));

test("the header row is found below a long title block (row 15, row 40)", () => {
  const header = ["Customer", "Invoice", "Due date", "Amount"];
  expect(findHeaderRow([...title(14), header, ["A", "1", 45000, 10]])).toBe(14);
  expect(findHeaderRow([...title(39), header, ["A", "1", 45000, 10]])).toBe(39);
});

test("when no header is found, a note says so (EN and ZH)", () => {
  const m = detectColumns([
    ["Acme", "INV-1", d("2025-01-01"), d("2025-01-31"), 10],
    ["Beta", "INV-2", d("2025-01-02"), d("2025-02-01"), 20],
  ]);
  expect(m.headerRow).toBe(-1);
  const note = m.notes.find((n) => n.code === "mapping.noHeader");
  expect(note?.text).toBe(
    "No header row was found in the first 100 rows: the columns were recognised from their content; check the mapping, or choose the header row",
  );
  expect(reasonText(note!, "zh-CN", reasonTemplatesZh)).toBe(
    "前 100 行中没有找到表头行：已按内容识别各列；请检查列映射，或指定表头行",
  );
  // A ledger with a header gets no such note.
  expect(
    detectColumns([
      ["Customer", "Amount"],
      ["A", 1],
    ]).notes.map((n) => n.code),
  ).not.toContain("mapping.noHeader");
});

test("a user column index outside the range is a clear error, not a malformed address", () => {
  const values = [
    ["Customer", "Invoice", "Due date", "Amount"],
    ["A", "1", d("2025-05-31"), 10],
  ];
  const run = (mapping: Record<string, number>) => () =>
    analyzeLedger(
      { values, sheet: "S", topLeft: "A1" },
      { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced", mapping },
    );
  expect(run({ amount: 7 })).toThrow(EngineError);
  expect(run({ amount: 7 })).toThrow("column mapping: amount is set to column 8, but the range has 4 columns (1 to 4)");
  expect(run({ customer: -2 })).toThrow(
    "column mapping: customer is set to column -1, but the range has 4 columns (1 to 4)",
  );
  expect(run({ customer: 1.5 })).toThrow(/column mapping: customer is set to column 2.5/);
  try {
    run({ amount: 7 })();
  } catch (e) {
    expect(engineErrorText(e, "zh-CN")).toBe("列映射：amount 设为第 8 列，但所选区域只有 4 列（1 到 4）");
  }
  const badHeader = () =>
    analyzeLedger(
      { values, sheet: "S", topLeft: "A1" },
      { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced", headerRow: 5 },
    );
  expect(badHeader).toThrow("header row: 6 is not a row of the range (1 to 2)");
});
