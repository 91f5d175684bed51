import { groupByCustomer } from "../../../src/engine/analysis/customers";
import type { Invoice } from "../../../src/engine/model/types";
import type { RateTable } from "../../../src/engine/model/rates";
import { analyzeCash } from "../../../src/engine/cash/cashAnalysis";
import type { PayablesLedger } from "../../../src/engine/cash/payables";
import type { CashSettings } from "../../../src/engine/cash/settings";

const A = 45_800;
const inv = (customer: string, amount: number, due: number, currency: string, booked?: number): Invoice => ({
  row: 0,
  customer,
  invoiceNumber: `${customer}-${due}`,
  invoiceDate: due - 30,
  dueDate: due,
  dueDateDerived: false,
  amount: booked ? Math.round(amount * booked * 100) / 100 : amount,
  paidAmount: 0,
  paidDate: null,
  openAmount: booked ? Math.round(amount * booked * 100) / 100 : amount,
  disputed: false,
  currency,
  termsDays: 30,
  ...(booked
    ? {
        original: {
          currency,
          amount,
          paidAmount: 0,
          openAmount: amount,
          rate: booked,
          rateSource: "ledger" as const,
          bookedRate: booked,
        },
      }
    : {}),
});
// No paid history: every invoice is expected on its due date, so the weeks can be added by hand.
const receivables = [
  inv("Acme", 1_000, A + 3, "USD", 7.0), // week 1
  inv("Acme", 2_000, A + 10, "USD", 7.0), // week 2
  inv("Euro", 500, A + 10, "EUR", 7.8), // week 2
  inv("Home", 3_000, A + 17, "CNY"), // week 3
];
const bills = [inv("Steel", 4_000, A + 16, "CNY"), inv("Freight", 100, A + 5, "USD")];
const payables = { bills, dpo: null } as unknown as PayablesLedger;
const analysis = {
  settings: { asOf: A, currency: "CNY" } as never,
  customers: [] as never,
  portfolio: { dso: null } as never,
};
const rates: RateTable = {
  reportingCurrency: "CNY",
  rates: [
    { currency: "USD", rate: 7.2, date: A },
    { currency: "EUR", rate: 7.9, date: A },
  ],
};
const settings: Partial<CashSettings> = {
  openingCash: 10_000,
  minimumCash: 0,
  weeks: 4,
  stressLateDays: [],
  flows: [
    { description: "Payroll", amount: 5_000, direction: "out", firstDate: A + 14, repeat: "once", until: null },
    {
      description: "Freight forwarder",
      amount: 50,
      direction: "out",
      firstDate: A + 20,
      repeat: "once",
      until: null,
      currency: "USD",
    },
  ],
};
const run = (over: Partial<CashSettings> = {}, list = receivables) =>
  analyzeCash(analysis, { byCustomer: groupByCustomer(list), payables, settings: { ...settings, ...over }, rates });

describe("one cash plan in the reporting currency, with a currency scenario", () => {
  const c = run();
  const usd = c.scenarios.find((s) => s.kind === "currency")!;

  it("base: collections at the rates table (USD 7.2, EUR 7.9), bills and flows converted, to the cent", () => {
    expect(c.plan.weeks.map((w) => w.collections)).toEqual([7_200, 18_350, 3_000, 0]);
    expect(c.plan.weeks.map((w) => w.payables)).toEqual([720, 0, 4_000, 0]);
    expect(c.plan.weeks.map((w) => w.otherOut)).toEqual([0, 5_000, 360, 0]);
    expect(c.plan.weeks.map((w) => w.closing)).toEqual([16_480, 29_830, 28_470, 28_470]);
    expect(c.plan.lowest).toEqual({ closing: 16_480, week: 1 });
  });

  it("the default scenario: the largest foreign currency (USD) 5 % weaker; exactly the USD items move", () => {
    expect(usd.currency).toEqual({ code: "USD", move: -0.05, rate: 7.2, reporting: "CNY" });
    expect([c.reportingCurrency, c.currencies]).toEqual(["CNY", ["EUR", "USD"]]);
    // USD at 6.84: collections 6,840 and 13,680; the bill 684; the freight 342. EUR and CNY stay.
    expect(usd.plan.weeks.map((w) => w.collections)).toEqual([6_840, 17_630, 3_000, 0]);
    expect(usd.plan.weeks.map((w) => w.payables)).toEqual([684, 0, 4_000, 0]);
    expect(usd.plan.weeks.map((w) => w.otherOut)).toEqual([0, 5_000, 342, 0]);
    expect(usd.plan.weeks.map((w) => w.closing)).toEqual([16_156, 28_786, 27_444, 27_444]);
    expect(usd.plan.lowest).toEqual({ closing: 16_156, week: 1 });
  });

  it("any currency, any move: EUR 10 % stronger moves only the EUR invoice", () => {
    const eur = run({ stressCurrency: "eur", stressCurrencyMove: 0.1 }).scenarios.find((s) => s.kind === "currency")!;
    expect(eur.currency).toMatchObject({ code: "EUR", move: 0.1, rate: 7.9 });
    expect(eur.plan.weeks.map((w) => w.collections)).toEqual([7_200, 18_745, 3_000, 0]); // 500 × 8.69 = 4,345
    expect(eur.plan.weeks.map((w) => w.payables)).toEqual([720, 0, 4_000, 0]);
  });

  it("the reporting currency itself cannot move against itself: no currency scenario, and it is said", () => {
    const own = run({ stressCurrency: "CNY" });
    expect(own.scenarios.some((s) => s.kind === "currency")).toBe(false);
    expect(own.reasons.map((r) => r.code)).toContain("cash.currency.stressReporting");
  });

  it("a currency without a rate is named and left out of every scenario", () => {
    const withGbp = run({}, [...receivables, inv("Pound", 900, A + 3, "GBP")]);
    expect(withGbp.plan.weeks[0].collections).toBe(7_200);
    expect(withGbp.scenarios.every((s) => s.plan.weeks[0].collections <= 7_200)).toBe(true);
    const left = withGbp.reasons.find((r) => r.code === "cash.currency.noRate.receivables")!;
    expect(left.params).toMatchObject({ currency: "GBP", amount: "GBP 900.00", items: 1, reporting: "CNY" });
    expect(withGbp.leftOut).toEqual([{ currency: "GBP", part: "receivables", items: 1, amount: 900 }]);
  });

  it("the default currency counts bills too (an importer); a plan all in one currency has no currency scenario", () => {
    const importer = run({}, [inv("Home", 3_000, A + 17, "CNY")]);
    expect(importer.scenarios.find((s) => s.kind === "currency")!.currency!.code).toBe("USD");
    const home = analyzeCash(analysis, {
      byCustomer: groupByCustomer([inv("Home", 3_000, A + 17, "CNY")]),
      payables: { bills: [bills[0]], dpo: null } as unknown as PayablesLedger,
      settings: { ...settings, flows: [] },
      rates,
    });
    expect(home.scenarios.some((s) => s.kind === "currency")).toBe(false);
  });
});
