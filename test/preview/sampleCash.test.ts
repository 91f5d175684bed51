import { analyzeLedger } from "../../src/engine/analysis/analyze";
import { decodeSetting, settingKey } from "../../src/excel/workbookSettings";
import type { CashSettings } from "../../src/engine/cash/settings";
import { sampleWorkbook } from "../../src/preview/samples";

const AS_OF = 45_838; // 2025-06-30

test("the sample company: payables sheets in EN and ZH, every row read; the plan holds in the base case but not under stress", () => {
  const book = sampleWorkbook(AS_OF);
  const settings = decodeSetting<Partial<CashSettings>>(book.settings.get(settingKey("arlens.cash.settings")))!;
  expect(settings.flows!.length).toBeGreaterThanOrEqual(4);
  for (const sheet of ["Payables", "应付台账"]) {
    const values = book.sheet(sheet)!.rows;
    const a = analyzeLedger(
      { values: book.sheet("Ledger")!.rows, sheet: "Ledger", topLeft: "A1" },
      { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" },
      {},
      { payables: { values, sheet, topLeft: "A1" }, settings },
    );
    const p = a.cash!.payables!;
    expect(p.counts.invoices + p.counts.excluded + p.counts.blank).toBe(values.length - 1);
    expect(p.counts.excluded).toBe(0);
    expect(p.mapping.source.customer).toBe("header");
    if (sheet === "Payables") {
      expect(a.cash!.plan.firstBelow).toBeNull();
      expect(a.cash!.scenarios.find((s) => s.kind === "combined")!.plan.firstBelow).not.toBeNull();
      expect(a.cash!.levers.length).toBeGreaterThan(2);
      expect(a.cash!.payEarlyDays).toBeGreaterThan(0);
    }
  }
});

test("the sample company's cash flows are named in the preview's language (工资, 房租 … in Chinese)", () => {
  const names = (language: "en" | "zh-CN") => {
    const book = sampleWorkbook(AS_OF, language);
    const settings = decodeSetting<Partial<CashSettings>>(book.settings.get(settingKey("arlens.cash.settings")))!;
    return settings.flows!.map((f) => f.description);
  };
  expect(names("en")).toEqual(["Payroll", "Rent", "Loan repayment", "VAT"]);
  expect(names("zh-CN")).toEqual(["工资", "房租", "贷款还款", "增值税"]);
});
