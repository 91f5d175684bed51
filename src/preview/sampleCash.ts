/**
 * The preview's sample company's payables ("Payables" and "应付台账", generated to match its receivables) and its cash
 * settings: payroll, rent, loan repayments and quarterly VAT sized on its sales, and an opening cash balance and
 * buffer chosen so that the plan stays above the buffer in the base case but dips below it under the combined stress
 * — the situation the cash plan is for.
 */
import { analyzeLedger } from "../engine/analysis/analyze";
import type { CashSettings } from "../engine/cash/settings";
import type { OtherFlow } from "../engine/cash/types";
import type { Language } from "../i18n/translate";
import { addMonths, endOfMonth } from "../engine/core/dates";
import { generatePayables } from "../engine/sample/generatePayables";
import { autofitColumns } from "./workbook/autofit";
import type { MemoryWorkbook } from "./workbook/memoryWorkbook";
import { encodeSetting, settingKey } from "../excel/workbookSettings";

/** Saves the sample cash settings in the workbook, as the taskpane would (key arlens.cash.settings). */
export function seedCashSettings(book: MemoryWorkbook, settings: Partial<CashSettings>): void {
  const key = settingKey("arlens.cash.settings");
  book.settings.set(key, encodeSetting(key, settings));
}

export const PAYABLES_SAMPLE = {
  en: { sheet: "Payables", suppliers: 40, bills: 600, seed: 515 },
  zh: { sheet: "应付台账", suppliers: 30, bills: 400, seed: 616 },
} as const;

/** Monthly credit sales of a ledger sheet over its last six months (amount column E, invoice date column C). */
function monthlySales(values: unknown[][], asOf: number): number {
  let sum = 0;
  for (const r of values.slice(1))
    if (typeof r[2] === "number" && r[2] > asOf - 183 && typeof r[4] === "number" && r[4] > 0) sum += r[4];
  return sum / 6;
}

const round = (x: number, to = 1000) => Math.round(x / to) * to;

export function addPayablesSheets(book: MemoryWorkbook, asOf: number, ledgerSheet: string): number {
  const ledger = book.sheet(ledgerSheet)!;
  const sales = monthlySales(ledger.rows, asOf);
  for (const lang of ["en", "zh"] as const) {
    const s = PAYABLES_SAMPLE[lang];
    const p = generatePayables({
      seed: s.seed,
      suppliers: s.suppliers,
      bills: s.bills,
      asOf,
      language: lang,
      monthlyPurchases: sales * 0.55,
    });
    const sheet = book.addSheet(s.sheet);
    book.load(sheet, p.values, p.columnFormats);
    autofitColumns(sheet, sheet.usedArea()!);
  }
  return sales;
}

/** The sample flows' names as the company's finance team would type them. */
const FLOW_NAMES: Record<Language, Record<"payroll" | "rent" | "loan" | "vat", string>> = {
  en: { payroll: "Payroll", rent: "Rent", loan: "Loan repayment", vat: "VAT" },
  "zh-CN": { payroll: "工资", rent: "房租", loan: "贷款还款", vat: "增值税" },
};

export function sampleFlows(asOf: number, monthlySales: number, language: Language = "en"): OtherFlow[] {
  const next25 = endOfMonth(asOf) - (endOfMonth(asOf) - asOf > 6 ? 6 : -25);
  const name = FLOW_NAMES[language];
  return [
    {
      description: name.payroll,
      amount: round(monthlySales * 0.22),
      direction: "out",
      firstDate: next25,
      repeat: "monthly",
      until: null,
    },
    {
      description: name.rent,
      amount: round(monthlySales * 0.04),
      direction: "out",
      firstDate: endOfMonth(asOf) + 1,
      repeat: "monthly",
      until: null,
    },
    {
      description: name.loan,
      amount: round(monthlySales * 0.03),
      direction: "out",
      firstDate: addMonths(asOf, 1),
      repeat: "monthly",
      until: null,
    },
    {
      description: name.vat,
      amount: round(monthlySales * 0.09),
      direction: "out",
      firstDate: endOfMonth(asOf, 1) - 15,
      repeat: "quarterly",
      until: null,
    },
  ];
}

/** Opening cash and buffer so that the base plan stays above the buffer and the combined stress falls below it. */
export function sampleCashSettings(
  book: MemoryWorkbook,
  asOf: number,
  ledgerSheet: string,
  payablesSheet: string,
  monthlySales: number,
  language: Language = "en",
): Partial<CashSettings> {
  const flows = sampleFlows(asOf, monthlySales, language);
  const read = (name: string) => ({ values: book.sheet(name)!.rows, sheet: name, topLeft: "A1" });
  const a = analyzeLedger(
    read(ledgerSheet),
    { asOf, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" },
    {},
    { payables: read(payablesSheet), settings: { flows, openingCash: 0, minimumCash: 0 } },
  );
  const base = a.cash!.plan.lowest.closing;
  const worst = Math.min(...a.cash!.scenarios.map((s) => s.plan.lowest.closing));
  const buffer = round(monthlySales * 0.25, 10_000);
  const opening = round(buffer - base + (base - worst) * 0.45, 10_000);
  return { openingCash: opening, minimumCash: buffer, creditLine: round(monthlySales * 0.3, 10_000), flows };
}
