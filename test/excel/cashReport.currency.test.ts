import { groupByCustomer } from "../../src/engine/analysis/customers";
import { analyzeCash } from "../../src/engine/cash/cashAnalysis";
import type { Invoice } from "../../src/engine/model/types";
import { analyzeLedger } from "../../src/engine/analysis/analyze";
import { EXPORTER_RATES, generateExporter } from "../../src/engine/sample/generateExporter";
import { generatePayables } from "../../src/engine/sample/generatePayables";
import { buildReport } from "../../src/excel/buildReport";
import { cashReportSection } from "../../src/excel/cashReport";

const A = 45_800;
const inv = (customer: string, amount: number, currency: string): Invoice => ({
  row: 0,
  customer,
  invoiceNumber: customer,
  invoiceDate: A - 20,
  dueDate: A + 10,
  dueDateDerived: false,
  amount,
  paidAmount: 0,
  paidDate: null,
  openAmount: amount,
  disputed: false,
  currency,
  termsDays: 30,
});
const cash = analyzeCash(
  { settings: { asOf: A, currency: "CNY" } as never, customers: [], portfolio: { dso: null } as never },
  {
    byCustomer: groupByCustomer([inv("Acme", 1_000, "USD"), inv("Pound", 50, "GBP"), inv("Home", 500, "CNY")]),
    payables: null,
    settings: {
      weeks: 4,
      stressLateDays: [],
      flows: [
        { description: "Wages", amount: 8_000, direction: "out", firstDate: A + 17, repeat: "once", until: null },
      ],
    },
    rates: { reportingCurrency: "CNY", rates: [{ currency: "USD", rate: 7.2, date: A }] },
  },
);

test("the report's cash section shows the currency scenario, the rates used and what was left out", () => {
  const en = cashReportSection(cash, "en", "CNY");
  const scenarios = en.tables.find((t) => t.name === "CashScenarios")!;
  const usd = scenarios.rows.find((r) => r[0] === "USD −5 % against CNY")!;
  expect(usd[1]).toBe(6_840 + 500 - 8_000); // lowest cash, week 3: USD 1,000 at 6.84 and CNY 500 in, wages out
  expect(scenarios.rows[0][1]).toBe(7_200 + 500 - 8_000);
  const currencies = en.tables.find((t) => t.name === "CashCurrencies")!;
  expect(currencies.rows.map((r) => r[0])).toEqual([
    "USD converted to CNY at 7.2 (rates table)",
    "GBP 50.00 of receivables (1) left out of the cash plan: no rate from GBP to CNY",
  ]);
  const zh = cashReportSection(cash, "zh-CN", "CNY");
  expect(zh.tables.find((t) => t.name === "CashScenarios")!.rows.map((r) => r[0])).toContain("USD 兑 CNY 汇率 −5%");
  expect(zh.tables.find((t) => t.name === "CashCurrencies")!.rows.map((r) => r[0])).toEqual([
    "USD 按汇率 7.2 折算为本币 CNY（汇率表）",
    "GBP 50.00 的应收账款（1 笔）未计入现金计划：缺少 GBP 兑 CNY 的汇率",
  ]);
});

test("the exporter's written report: every scenario with its low point beside 'USD −5 % against CNY'; 原币, 本币, 汇兑损益", () => {
  const AS_OF = 46_000;
  const books = generateExporter(AS_OF, "en");
  const rates = [
    { currency: "USD", rate: EXPORTER_RATES.USD, date: AS_OF },
    { currency: "EUR", rate: EXPORTER_RATES.EUR, date: AS_OF },
  ];
  const bills = generatePayables({
    ...{ seed: 3, suppliers: 12, bills: 120, asOf: AS_OF, language: "en" as const },
    monthlyPurchases: books.monthlySalesCny * 0.6,
  });
  const a = analyzeLedger(
    { values: books.ledger, sheet: "Exporter AR", topLeft: "A1" },
    { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced", reportingCurrency: "CNY", rates },
    {},
    {
      payables: { values: bills.values, sheet: "Exporter AP", topLeft: "A1" },
      settings: { openingCash: 2_000_000, minimumCash: 500_000, flows: books.otherFlows },
    },
  );
  const kinds = a.cash!.scenarios.map((s) => s.kind);
  expect(kinds).toEqual(expect.arrayContaining(["base", "late", "currency"])); // lateness and default beside it
  for (const [language, name] of [
    ["en", "USD −5 % against CNY"],
    ["zh-CN", "USD 兑 CNY 汇率 −5%"],
  ] as const) {
    const report = buildReport(a, language);
    const scenarios = report.tables.find((t) => t.name === "CashScenarios")!;
    expect(scenarios.rows.map((r) => r[1])).toEqual(a.cash!.scenarios.map((s) => s.plan.lowest.closing));
    const usd = scenarios.rows[kinds.indexOf("currency")];
    expect(usd[0]).toBe(name);
    expect(usd[1]).toBeLessThan(scenarios.rows[0][1] as number); // the exporter is hurt when the dollar falls
    const currencies = report.tables.find((t) => t.name === "Currencies")!;
    expect(currencies.rows.at(-1)!.at(-1)).toBe(2_686.91); // 汇兑损益 in total, as worked in generateExporter.test.ts
    expect(currencies.rows.at(-1)!.at(-4)).toBe(13_879_114.89);
  }
  const zh = buildReport(a, "zh-CN").tables.find((t) => t.name === "Currencies")!;
  expect(zh.columns.map((c) => c.header)).toEqual(
    expect.arrayContaining(["未收（原币）", "未收（本币 CNY）", "汇率", "汇兑损益"]),
  );
});
