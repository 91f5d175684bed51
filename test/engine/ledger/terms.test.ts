import { isEndOfMonthTerms, parseTermsDays } from "../../../src/engine/ledger/terms";

test.each([
  ["Net 30", 30, false],
  ["N30", 30, false],
  [45, 45, false],
  ["30天", 30, false],
  ["1% 10 Net 30", 30, false],
  ["2/10 Net 30", 30, false],
  ["2% 10, Net 60", 60, false],
  ["Due on receipt", 0, false],
  ["Due upon receipt", 0, false],
  ["货到付款", 0, false],
  ["见票即付", 0, false],
  ["COD", 0, false],
  ["EOM", 0, true],
  ["Net EOM", 0, true],
  ["Net 30 EOM", 30, true],
  ["30 days EOM", 30, true],
  ["月结30天", 30, true],
  ["月结60天", 60, true],
])("%j → %s days (end of month: %s)", (terms, days, eom) => {
  const t = parseTermsDays(terms);
  expect(t.ok && t.value).toBe(days);
  expect(isEndOfMonthTerms(terms)).toBe(eom);
});

test("terms not understood say so", () => {
  expect(parseTermsDays("whenever").ok).toBe(false);
  expect(parseTermsDays("Net 30 or so").ok).toBe(false);
});

test("a due date from end-of-month terms counts from the end of the invoice's month", () => {
  const { detectColumns } = require("../../../src/engine/ledger/columns");
  const { parseLedger } = require("../../../src/engine/ledger/parseLedger");
  const { d } = require("../analysis/handLedger");
  const values = [
    ["Customer", "Invoice No", "Invoice Date", "Terms", "Amount"],
    ["A", "1", d("2025-05-10"), "月结30天", 100],
    ["B", "2", d("2025-05-10"), "1% 10 Net 30", 100],
  ];
  const p = parseLedger({ values, sheet: "S", topLeft: "A1" }, detectColumns(values), {
    asOf: d("2025-06-30"),
    dateOrder: "auto",
    defaultTermsDays: 30,
  });
  expect(p.invoices.map((i: { dueDate: number }) => i.dueDate)).toEqual([d("2025-05-31") + 30, d("2025-05-10") + 30]);
  expect(p.issues.filter((i: { field: string }) => i.field === "terms")).toEqual([]);
});
