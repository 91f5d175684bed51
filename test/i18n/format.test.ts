/** One formatting rule per kind of figure, shared by the taskpane, the reasons and the report sheet. */
import { analyzeLedger } from "../../src/engine/analysis/analyze";
import { reason } from "../../src/engine/analysis/reasons";
import { buildReport } from "../../src/excel/buildReport";
import { excelFormat } from "../../src/excel/reportLayout";
import {
  excelMoneyFormat,
  formatCount,
  formatDays,
  formatMoney,
  formatMoneyShort,
  formatPercent,
  formatPercentPoints,
  formatRatio,
  MONEY_PARAMS,
} from "../../src/i18n/format";
import { PANE_TEXT } from "../../src/i18n/pane";
import { reasonTemplatesZh } from "../../src/i18n/reasons.zh-CN";
import { reasonText } from "../../src/i18n/translate";
import { AS_OF, handLedger } from "../engine/analysis/handLedger";
import { cashReasonsZh } from "../../src/i18n/cash";
import { run as runHandCompany } from "../engine/cash/handCompany";

describe("figures", () => {
  test("money: the same symbol in both languages and in the report's number format", () => {
    expect(formatMoney(1234567.891, "CNY", "en")).toBe("¥1,234,567.89");
    expect(formatMoney(1234567.891, "CNY", "zh-CN")).toBe("¥1,234,567.89");
    expect(formatMoney(-5, "USD", "en")).toBe("-$5.00");
    expect(formatMoney(-0.001, "USD", "en")).toBe("$0.00");
    expect(formatMoney(1200, "CHF", "en")).toBe("1,200.00 CHF");
    expect(excelMoneyFormat("CNY")).toBe('"¥"#,##0.00');
    expect(excelMoneyFormat("CHF")).toBe('#,##0.00 "CHF"');
    expect(formatMoneyShort(1_250_000, "CNY", "en")).toBe("¥1.3M");
  });

  test("percent: one decimal, one style per language; CEI points in the same style", () => {
    expect(formatPercent(0.47, "en")).toBe("47.0 %");
    expect(formatPercent(0.0944, "en")).toBe("9.4 %");
    expect(formatPercent(0.47, "zh-CN")).toBe("47.0%");
    expect(formatPercentPoints(86.5, "en")).toBe("86.5 %");
  });

  test("days one decimal, ratios two, counts grouped", () => {
    expect(formatDays(12, "en")).toBe("12.0");
    expect(formatDays(12.345, "en")).toBe("12.3");
    expect(formatDays(null, "en")).toBe("–");
    expect(formatRatio(1.2, "en")).toBe("1.20");
    expect(formatCount(3000, "en")).toBe("3,000");
    expect(formatCount(3000, "zh-CN")).toBe("3,000");
  });

  test("the report sheet: counts grouped, shares with one decimal in the taskpane's style", () => {
    const a = analyzeLedger(
      { values: handLedger(), sheet: "Ledger", topLeft: "A1" },
      { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" },
    );
    const en = buildReport(a, "en");
    expect(en.percentFormat).toBe("0.0 %");
    expect(buildReport(a, "zh-CN").percentFormat).toBe("0.0%");
    expect(excelFormat(en, "integer")).toBe("#,##0");
    expect(en.moneyFormat).toBe(excelMoneyFormat("CNY"));
  });
});

describe("amounts in reasons carry the currency", () => {
  const overLimit = reason(
    "alert.overLimit",
    { customer: "Acme", open: 12500, limit: 10000, excess: 2500 },
    "Acme owes 12,500.00, 2,500.00 above the recommended limit of 10,000.00",
  );

  test("English: each amount of the reason gets the symbol, other numbers are left alone", () => {
    expect(reasonText(overLimit, "en", reasonTemplatesZh, "CNY")).toBe(
      "Acme owes ¥12,500.00, ¥2,500.00 above the recommended limit of ¥10,000.00",
    );
    const need = reason(
      "limit.need",
      { monthlySales: 100, terms: 30, late: 1.5, needed: 1100.5 },
      "needed exposure = monthly sales 100.00 × (30 terms + 1.5 days late) / 30 = 1,100.50",
    );
    expect(reasonText(need, "en", reasonTemplatesZh, "USD")).toBe(
      "needed exposure = monthly sales $100.00 × (30 terms + 1.5 days late) / 30 = $1,100.50",
    );
    // Without a currency the engine's text is kept as it is.
    expect(reasonText(overLimit, "en", reasonTemplatesZh)).toBe(overLimit.text);
  });

  test("Chinese: the template's money params are filled with the symbol", () => {
    expect(reasonText(overLimit, "zh-CN", reasonTemplatesZh, "CNY")).toBe(
      "Acme 欠款 ¥12,500.00，超出您设定的额度 ¥10,000.00 共 ¥2,500.00",
    );
  });

  test("every amount in every reason of an analysis is shown with the symbol", () => {
    const a = analyzeLedger(
      { values: handLedger(), sheet: "Ledger", topLeft: "A1" },
      { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" },
    );
    const all = [
      ...a.alerts.map((x) => x.reason),
      ...a.customers.flatMap((c) => c.creditLimit.reasons),
      ...a.plans.flatMap((p) => p.reasons),
      ...a.forecast.reasons,
      ...a.issues.map((i) => i.reason),
    ];
    const withMoney = all.filter((r) => MONEY_PARAMS[r.code]);
    expect(withMoney.length).toBeGreaterThan(5);
    for (const r of withMoney) {
      for (const lang of ["en", "zh-CN"] as const) {
        const text = reasonText(r, lang, reasonTemplatesZh, "CNY");
        for (const key of MONEY_PARAMS[r.code])
          if (typeof r.params[key] === "number")
            expect(text).toContain(formatMoney(r.params[key] as number, "CNY", lang));
        // No bare amount is left ("2,400.00" without its symbol).
        expect(text.replace(/¥-?[\d,]+\.\d\d/g, "")).not.toMatch(/\d,\d{3}\.\d\d|\b\d+\.\d\d\b(?! ?(%|days|天))/);
      }
    }
  });
});

test("every alert's action shows its amounts with the symbol (the report's ten actions, the Alerts tab)", () => {
  const a = analyzeLedger(
    { values: handLedger(), sheet: "Ledger", topLeft: "A1" },
    { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" },
  );
  const actions = a.alerts
    .map((x) => x.action)
    .filter((r) => Object.values(r.params).some((v) => typeof v === "number"));
  expect(actions.length).toBeGreaterThan(1);
  const bare = actions.flatMap((r) =>
    (["en", "zh-CN"] as const)
      .map((lang) => reasonText(r, lang, reasonTemplatesZh, "CNY"))
      .filter((text) => /\d\.\d\d\b/.test(text.replace(/¥-?[\d,]+\.\d\d/g, ""))),
  );
  expect(bare).toEqual([]);
});

test("the narrow-pane strings exist in both languages with the same placeholders", () => {
  expect(Object.keys(PANE_TEXT["zh-CN"]).sort()).toEqual(Object.keys(PANE_TEXT.en).sort());
  for (const key of Object.keys(PANE_TEXT.en) as (keyof typeof PANE_TEXT.en)[]) {
    const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    expect(names(PANE_TEXT["zh-CN"][key])).toEqual(names(PANE_TEXT.en[key]));
  }
});

test("every amount in the cash plan's levers and summary shows the symbol (the Cash tab and the report)", () => {
  const plan = runHandCompany({
    insurance: { insured: true, indemnityShare: 0.9, protractedDefaultDays: 60, waitingPeriodDays: 150 },
  });
  const reasons = [...plan.levers.flatMap((l) => l.reasons), ...plan.reasons];
  expect(new Set(reasons.map((r) => r.code)).size).toBeGreaterThan(5);
  const bare = reasons.flatMap((r) =>
    (["en", "zh-CN"] as const)
      .map((lang) => reasonText(r, lang, cashReasonsZh, "CNY"))
      .filter((text) => /\d\.\d\d\b|\d,\d{3}/.test(text.replace(/¥-?[\d,]+\.\d\d/g, ""))),
  );
  expect(bare).toEqual([]);
});
