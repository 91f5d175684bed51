import { analyzeLedger } from "../../src/engine/analysis/analyze";
import { buildReport } from "../../src/excel/buildReport";
import { AS_OF, handLedger } from "../engine/analysis/handLedger";

const settings = {
  asOf: AS_OF,
  agingBasis: "due" as const,
  dateOrder: "auto" as const,
  riskAppetite: "balanced" as const,
};
const flows = [
  {
    description: "Payroll",
    amount: 3000,
    direction: "out" as const,
    firstDate: AS_OF + 10,
    repeat: "monthly" as const,
    until: null,
  },
];

test("the report's cash-plan section: weeks, scenarios, levers and a line chart of closing cash against the buffer", () => {
  const a = analyzeLedger(
    { values: handLedger(), sheet: "Ledger", topLeft: "A1" },
    settings,
    {},
    { payables: null, settings: { openingCash: 5000, minimumCash: 1000, creditLine: 2000, flows } },
  );
  const en = buildReport(a, "en");
  const plan = en.tables.find((t) => t.name === "CashPlan")!;
  expect(plan.columns.map((c) => c.header)).toEqual([
    "Week start",
    "Collections",
    "Payables",
    "Other in",
    "Other out",
    "Closing cash",
    "Buffer",
  ]);
  expect(plan.rows.map((r) => r[5])).toEqual(a.cash!.plan.weeks.map((w) => w.closing));
  expect(plan.rows[0]).toEqual([AS_OF + 1, 3850, 0, 0, 0, 8850, 1000]);
  expect(en.tables.find((t) => t.name === "CashScenarios")!.rows).toHaveLength(a.cash!.scenarios.length);
  expect(en.tables.find((t) => t.name === "CashLevers")!.rows.length).toBe(a.cash!.levers.length);
  expect(en.charts).toContainEqual({
    kind: "line",
    title: "Closing cash per week",
    table: "CashPlan",
    series: [5, 6],
    lowPoint: a.cash!.plan.lowest.week - 1,
    categoryTitle: "Week starting",
    valueTitle: "Cash at week end (CNY)",
    valueFormat: '"¥"#,##0',
  });
  const zh = buildReport(a, "zh-CN");
  expect(zh.tables.find((t) => t.name === "CashPlan")!.columns[5].header).toBe("期末现金");
  for (const row of zh.tables.find((t) => t.name === "CashLevers")!.rows)
    expect(String(row[2])).toMatch(/[\u4e00-\u9fff]/);
  // The levers' amounts with the report's currency, in both languages (they read "finance 16,000.00 of …").
  for (const report of [en, zh])
    for (const row of report.tables.find((t) => t.name === "CashLevers")!.rows) {
      expect(String(row[2])).toMatch(/¥[\d,]+\.\d\d/);
      expect(String(row[2]).replace(/¥-?[\d,]+\.\d\d/g, "")).not.toMatch(/\d\.\d\d\b|\d,\d{3}/);
    }
  // Without a cash plan, no cash section.
  expect(
    buildReport(analyzeLedger({ values: handLedger(), sheet: "Ledger", topLeft: "A1" }, settings), "en").tables.some(
      (t) => t.name === "CashPlan",
    ),
  ).toBe(false);
});
