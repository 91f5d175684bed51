/* The reconciliation said in English and Chinese, as the taskpane and the report write it. */
import { readAsText, reconciliationLines } from "../../src/i18n/ledgerLayout";
import type { Reconciliation } from "../../src/engine/ledger/reconcile";
import { buildReport } from "../../src/excel/buildReport";
import { analyzeLedger } from "../../src/engine/analysis/analyze";

const line = (over: Partial<Reconciliation["lines"][number]>): Reconciliation["lines"][number] => ({
  scope: "total",
  label: "合计",
  row: 71,
  currency: "CNY",
  customer: null,
  exportTotal: 7034744.66,
  counted: 7034744.66,
  difference: 0,
  leftOut: [],
  ...over,
});

test("matches: the export's total with its currency, EN and ZH", () => {
  const rec: Reconciliation = { figure: "open", matches: true, lines: [line({})] };
  expect(reconciliationLines(rec, "en", "CNY", (r) => String(r + 1))).toEqual([
    "Matches the export's total ¥7,034,744.66 ✓",
  ]);
  expect(reconciliationLines(rec, "zh-CN", "CNY", (r) => String(r + 1))).toEqual(["与导出表合计 ¥7,034,744.66 一致 ✓"]);
});

test("subtotals only, and a difference with the rows left out inside it", () => {
  const rec: Reconciliation = {
    figure: "open",
    matches: false,
    lines: [
      line({ scope: "customer", label: "A (2)", currency: null }),
      line({
        scope: "customer",
        label: "Kessler & Lowe LLP (6)",
        currency: null,
        row: 52,
        exportTotal: 16226.52,
        counted: 14076.52,
        difference: -2150,
        leftOut: [58],
      }),
    ],
  };
  expect(reconciliationLines(rec, "en", "USD", (r) => String(r + 1))).toEqual([
    "Matches the export's 1 subtotals ✓",
    "Differs from the export's Kessler & Lowe LLP (6) $16,226.52 (row 53) by -$2,150.00; rows left out inside it: 59",
  ]);
  expect(reconciliationLines(rec, "zh-CN", "USD", (r) => String(r + 1))[1]).toBe(
    "与导出表“Kessler & Lowe LLP (6)” $16,226.52（第 53 行）相差 -$2,150.00；其中未计入的行：59",
  );
});

test("the report writes the system and the reconciliation under its header lines", () => {
  const values = [
    [
      "",
      "Date",
      "Transaction type",
      "Num",
      "Customer full name",
      "Location full name",
      "Due date",
      "Amount",
      "Open balance",
    ],
    ["", 45700, "Invoice", "1001", "Acme", "", 45730, 100, 60],
    ["TOTAL", "", "", "", "", "", "", 100, 60],
  ];
  const a = analyzeLedger(
    { values, sheet: "QBO", topLeft: "A1" },
    { asOf: 45747, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced", currency: "USD" },
  );
  const header = buildReport(a, "en").heading.join("\n");
  expect(header).toContain(readAsText(a.mapping.system!, "en"));
  expect(header).toContain("Matches the export's total $60.00 ✓");
  expect(buildReport(a, "zh-CN").heading.join("\n")).toContain("与导出表合计 $60.00 一致 ✓");
});
