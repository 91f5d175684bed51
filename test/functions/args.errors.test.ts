/**
 * Every argument of every AR.* function, given a value it cannot use: the error names the argument in English and in
 * Chinese, the Chinese reads as Chinese (no English sentence left but argument names and the user's own values), and
 * the English rendered from the catalogue is exactly the engine's message. Together with the catalogue test
 * (test/i18n/functionErrors.test.ts) this makes sure no error reaches Excel without a code.
 */
import * as fs from "fs";
import * as path from "path";
import type { EngineError } from "../../src/engine/core/errors";
import * as catalogue from "../../src/i18n/functionErrors";
import * as agingFns from "../../src/functions/aging";
import * as cashFns from "../../src/functions/cash";
import * as convertFns from "../../src/functions/convert";
import * as deskFns from "../../src/functions/desk";
import { setFunctionLanguage } from "../../src/functions/language";
import * as ledgerFns from "../../src/functions/ledger";
import * as planFns from "../../src/functions/plans";
import * as ratioFns from "../../src/functions/ratios";
import * as trendFns from "../../src/functions/trend";
import { CfError, col, outcome } from "./helpers";
import { englishLeft } from "./englishLeft";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each AR.* function takes its own arguments
type Fn = (...args: any[]) => unknown;

const FUNCTIONS: Record<string, Fn> = {
  AGING: agingFns.aging,
  AGINGBUCKET: agingFns.agingBucket,
  DAYSLATE: agingFns.daysLate,
  CONVERT: convertFns.convert,
  DSO: ratioFns.dso,
  "DSO.COUNTBACK": ratioFns.dsoCountback,
  BPDSO: ratioFns.bpdso,
  ADD: ratioFns.add,
  CEI: ratioFns.cei,
  TURNOVER: ratioFns.turnover,
  WADP: ratioFns.wadp,
  WADL: ratioFns.wadl,
  CASHRATIO: ratioFns.cashRatio,
  CCC: ratioFns.ccc,
  DISCOUNTCOST: ratioFns.discountCost,
  LATEINTEREST: ratioFns.lateInterest,
  PAYMENTPLAN: planFns.paymentPlan,
  REPLAN: planFns.replan,
  GRADE: ledgerFns.grade,
  CREDITLIMIT: ledgerFns.creditLimit,
  TERMS: ledgerFns.terms,
  FORECAST: ledgerFns.forecast,
  KPITREND: trendFns.kpiTrend,
  STAGE: deskFns.stage,
  NOTIFYBY: deskFns.notifyBy,
  CLAIMABLE: deskFns.claimable,
  CASHPLAN: cashFns.cashPlan,
  RUNWAY: cashFns.runway,
  DPO: cashFns.dpo,
};

const AS_OF = 45700;
const ledger = {
  customer: col("Acme"),
  customers: col("Acme", "Beta"),
  amounts: col(100, 200),
  due_dates: col(45600, 45650),
  invoice_dates: col(45570, 45620),
  paid_dates: col(45610, ""),
  paid_amounts: col(100, ""),
  disputed: col("No", "No"),
  as_of: AS_OF,
};
const flows = {
  opening_cash: 1000,
  flow_dates: col(AS_OF + 1, AS_OF + 8),
  flow_amounts: col(-300, -900),
  as_of: AS_OF,
};

/** Valid arguments of each function, by name (a missing optional argument is null). */
const VALID: Record<string, Record<string, unknown>> = {
  AGING: { open_amounts: col(100, 200), due_dates: col(45710, 45690), as_of: AS_OF },
  AGINGBUCKET: { due_dates: col(45710, 45690), as_of: AS_OF },
  DAYSLATE: { due_dates: col(45710, 45690), paid_dates: col("", 45695), as_of: AS_OF },
  CONVERT: { amounts: col(100, 200), currencies: col("USD", "CNY"), rates: [["USD", 7.19]], to_currency: "CNY" },
  DSO: { ending_ar: 1_200_000, credit_sales: 3_000_000, days_in_period: 90 },
  "DSO.COUNTBACK": { ar: 250_000, sales_newest_first: col(100_000, 120_000, 90_000), days_per_period: 30 },
  BPDSO: { current_ar: 800_000, credit_sales: 3_000_000, days_in_period: 90 },
  ADD: { ending_ar: 1_200_000, current_ar: 800_000, credit_sales: 3_000_000, days_in_period: 90 },
  CEI: { begin_ar: 500_000, credit_sales: 300_000, end_total_ar: 450_000, end_current_ar: 250_000, months: 1 },
  TURNOVER: { net_credit_sales: 9_600_000, average_ar: 1_100_000 },
  WADP: { amounts: col(100, 200), invoice_dates: col(45600, 45610), paid_dates: col(45630, "") },
  WADL: { amounts: col(100, 200), due_dates: col(45600, 45610), paid_dates: col(45630, "") },
  CASHRATIO: { cash: 500_000, cash_equivalents: 200_000, current_liabilities: 1_000_000 },
  CCC: { dio: 45, dso: 52, dpo: 38 },
  DISCOUNTCOST: { discount: 0.02, discount_days: 10, net_days: 30 },
  LATEINTEREST: { open_amount: 10_000, annual_rate: 0.1015, days_late: 45 },
  PAYMENTPLAN: { balance: 1000, installments: 3, first_due_date: 45688 },
  REPLAN: {
    balance: 10_000,
    installments: 6,
    first_due_date: 45688,
    missed_installment: 2,
    late_rate: 0.1825,
    days_late: 30,
  },
  GRADE: ledger,
  CREDITLIMIT: ledger,
  TERMS: ledger,
  FORECAST: ledger,
  KPITREND: ledger,
  STAGE: { days_past_due: col(0, 20, 100) },
  NOTIFYBY: { due_dates: col(45600), days_after_due: 60 },
  CLAIMABLE: { open_amount: 80_000, insured_limit: 50_000, indemnity_share: 0.9 },
  CASHPLAN: { ...flows, weeks: 4 },
  RUNWAY: flows,
  DPO: { ending_ap: 600_000, purchases: 1_800_000, days: 90 },
};

/** A value each argument cannot use, by argument name; per function where one name means different things. */
const BAD: Record<string, unknown> = {
  open_amounts: col("abc", 1),
  due_dates: col("2025-02-30", 45690),
  as_of: "soon",
  edges: col(30, 10),
  paid_amounts: col("x", 0),
  basis: "weekly",
  paid_dates: col("x", 45695),
  ending_ar: "abc",
  credit_sales: 0,
  days_in_period: "ninety",
  ar: -1,
  sales_newest_first: col(100, -5, 3),
  days_per_period: "x",
  current_ar: "x",
  begin_ar: -5,
  end_total_ar: "x",
  end_current_ar: 600_000,
  months: 1.5,
  net_credit_sales: "x",
  average_ar: 0,
  amounts: col("x", 200),
  invoice_dates: col("x", 45610),
  cash: "x",
  cash_equivalents: "x",
  current_liabilities: -1,
  dio: "x",
  dso: "x",
  dpo: "x",
  discount: 1.5,
  discount_days: "x",
  net_days: 5,
  effective: "maybe",
  open_amount: "x",
  annual_rate: 20,
  days_late: "x",
  fixed_compensation: -1,
  balance: -5,
  installments: 2.5,
  first_due_date: "later",
  period_months: 0,
  down_payment: 5000,
  with_headers: "maybe",
  missed_installment: 99,
  late_rate: 20,
  extra_installments: -1,
  customer: col("Nobody"),
  customers: col("", "Beta"),
  disputed: col("No", "No"),
  risk_appetite: "reckless",
  with_dates: "maybe",
  with_labels: "maybe",
  days_past_due: col("x"),
  stage_edges: col(1, 2),
  days_after_due: 1.5,
  insured_limit: -1,
  indemnity_share: 2,
  opening_cash: "x",
  flow_dates: col("x", AS_OF + 8),
  flow_amounts: col("x", -900),
  weeks: 3,
  minimum_cash: -1_000_000,
  ending_ap: "x",
  purchases: 0,
  days: "x",
  currencies: col("USD", "CNY"),
  rates: col("x"),
  to_currency: "dollars",
};
const BAD_FOR: Record<string, Record<string, unknown>> = {
  CONVERT: { currencies: col("", "CNY") },
  KPITREND: { months: 6 },
  DISCOUNTCOST: { discount: 1.5 },
  PAYMENTPLAN: { annual_rate: 2 },
  REPLAN: { annual_rate: 2, days_late: -1, balance: -5 },
  RUNWAY: { minimum_cash: -1_000_000 },
  CASHPLAN: { minimum_cash: "x" },
  CEI: { credit_sales: "x" },
  WADP: { paid_dates: col("x", "") },
  WADL: { paid_dates: col("x", "") },
};

/**
 * Arguments no value can make wrong, with the reason: read by truthiness like Excel's own TRUE/FALSE switches, or a
 * ledger column whose unreadable cell is a warning the analysis carries on with (the taskpane lists it), not a stop.
 */
const NEVER_WRONG: Record<string, string[]> = {
  AGING: ["with_labels"],
  CASHPLAN: ["with_labels"],
  GRADE: ["invoice_dates", "disputed"],
  CREDITLIMIT: ["invoice_dates", "disputed"],
  TERMS: ["invoice_dates", "disputed"],
  FORECAST: ["invoice_dates", "disputed"],
  KPITREND: ["invoice_dates"],
};

interface Meta {
  id: string;
  parameters: { name: string }[];
}
const METADATA: Meta[] = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, "../../dist/functions.json"), "utf8"),
).functions;
const ALL_NAMES = [...new Set(METADATA.flatMap((f) => f.parameters.map((p) => p.name)))];

function call(meta: Meta, args: Record<string, unknown>): unknown {
  return outcome(() => FUNCTIONS[meta.id](...meta.parameters.map((p) => (p.name in args ? args[p.name] : null))));
}

const cases = METADATA.flatMap((meta) =>
  meta.parameters
    .filter((p) => !(NEVER_WRONG[meta.id] ?? []).includes(p.name))
    .map((p) => [meta.id, p.name, meta] as const),
);

describe("an AR.* argument that cannot be used: the reason names it, in English and in Chinese", () => {
  const rendered: { error: EngineError; language: string; text: string }[] = [];
  const render = catalogue.engineErrorMessage;
  const spy = jest.spyOn(catalogue, "engineErrorMessage").mockImplementation((error, language) => {
    const text = render(error, language);
    rendered.push({ error: error as EngineError, language, text });
    return text;
  });
  afterAll(() => {
    spy.mockRestore();
    setFunctionLanguage("en");
  });

  it("covers every function Excel registers", () => {
    expect(Object.keys(FUNCTIONS).sort()).toEqual(METADATA.map((f) => f.id).sort());
    for (const meta of METADATA) {
      setFunctionLanguage("en");
      expect([meta.id, call(meta, VALID[meta.id])]).not.toEqual([
        meta.id,
        expect.objectContaining({ code: expect.any(String) }),
      ]);
    }
  });

  it.each(cases)("%s(%s = bad)", (id, name, meta) => {
    const args = { ...VALID[id], [name]: name in (BAD_FOR[id] ?? {}) ? BAD_FOR[id][name] : BAD[name] };
    setFunctionLanguage("en");
    rendered.length = 0;
    const en = call(meta, args) as CfError;
    expect(en).toEqual({ code: expect.stringMatching(/^#/), message: expect.any(String) });
    expect(en.message).toContain(name);
    // The English shown is the catalogue's, and it is exactly the engine's own message.
    expect(rendered.map((r) => r.text)).toEqual(rendered.map((r) => r.error.message));
    expect(rendered.every((r) => r.error.reason && catalogue.isFunctionErrorCode(r.error.reason.code))).toBe(true);

    setFunctionLanguage("zh-CN");
    const zh = call(meta, args) as CfError;
    expect(zh.code).toBe(en.code);
    expect(zh.message).toMatch(/[\u4e00-\u9fff]/);
    expect(zh.message).toContain(name);
    expect(zh.message).not.toMatch(/\{\w+\}/);
    expect(englishLeft(zh.message, ALL_NAMES)).toEqual([]);
    // The figures stay: every number of the English message is in the Chinese one.
    for (const n of en.message.match(/\d+(?:\.\d+)?/g) ?? []) expect(zh.message).toContain(n);
  });
});
