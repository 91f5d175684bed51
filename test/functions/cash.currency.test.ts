/**
 * AR.CASHPLAN across currencies: it takes dated amounts in one currency; amounts converted first (each × its rate,
 * rounded to the cent, as the Cash tab converts them) give the same weeks as the pane's plan in the reporting currency.
 */
import { groupByCustomer } from "../../src/engine/analysis/customers";
import { analyzeCash } from "../../src/engine/cash/cashAnalysis";
import { convertAmount } from "../../src/engine/model/rates";
import type { Invoice } from "../../src/engine/model/types";
import { cashPlan } from "../../src/functions/cash";
import { convert } from "../../src/functions/convert";

const A = 45_800;
const inv = (customer: string, amount: number, due: number, currency: string): Invoice => ({
  row: 0,
  customer,
  invoiceNumber: `${customer}-${due}`,
  invoiceDate: due - 30,
  dueDate: due,
  dueDateDerived: false,
  amount,
  paidAmount: 0,
  paidDate: null,
  openAmount: amount,
  disputed: false,
  currency,
  termsDays: 30,
});
const RATES = { USD: 7.1234, EUR: 7.9, CNY: 1 } as const;

test("the pane's plan in CNY and AR.CASHPLAN on the converted amounts close every week alike, to the cent", () => {
  // No paid history: each invoice is expected on its due date, so the pane's collections are these dated amounts.
  const receivables = [inv("Acme", 1_000.55, A + 3, "USD"), inv("Euro", 333.33, A + 10, "EUR")];
  const bills = [inv("Steel", 4_000, A + 16, "CNY"), inv("Freight", 99.99, A + 5, "USD")];
  const pane = analyzeCash(
    { settings: { asOf: A, currency: "CNY" } as never, customers: [], portfolio: { dso: null } as never },
    {
      byCustomer: groupByCustomer(receivables),
      payables: { bills, dpo: null } as never,
      settings: { openingCash: 500, weeks: 4, stressLateDays: [] },
      rates: {
        reportingCurrency: "CNY",
        rates: [
          { currency: "USD", rate: RATES.USD, date: A },
          { currency: "EUR", rate: RATES.EUR, date: A },
        ],
      },
    },
  );
  const rate = (i: Invoice) => RATES[i.currency as keyof typeof RATES];
  const dates = [...receivables, ...bills].map((i) => [i.dueDate]);
  const amounts = [
    ...receivables.map((i) => [convertAmount(i.openAmount, rate(i))]),
    ...bills.map((i) => [-convertAmount(i.openAmount, rate(i))]),
  ];
  const formula = cashPlan(500, dates, amounts, A, 4, 0);
  expect(formula.map((row) => row[3])).toEqual(pane.plan.weeks.map((w) => w.closing));
  expect(pane.plan.weeks.map((w) => w.closing)).toEqual([6_915.05, 9_548.36, 5_548.36, 5_548.36]); // 1,000.55 × 7.1234 = 7,127.32; 99.99 × 7.1234 = 712.27
});

test("AR.CONVERT then AR.CASHPLAN: the pane's plan in CNY and its 'USD −5 % against CNY' scenario, week by week", () => {
  const receivables = [inv("Acme", 1_000.55, A + 3, "USD"), inv("Euro", 333.33, A + 10, "EUR")];
  const bills = [inv("Steel", 4_000, A + 16, "CNY"), inv("Freight", 99.99, A + 5, "USD")];
  const pane = analyzeCash(
    { settings: { asOf: A, currency: "CNY" } as never, customers: [], portfolio: { dso: null } as never },
    {
      byCustomer: groupByCustomer(receivables),
      payables: { bills, dpo: null } as never,
      settings: { openingCash: 500, weeks: 4, stressLateDays: [], stressCurrency: "USD", stressCurrencyMove: -0.05 },
      rates: {
        reportingCurrency: "CNY",
        rates: [
          { currency: "USD", rate: RATES.USD, date: A },
          { currency: "EUR", rate: RATES.EUR, date: A },
        ],
      },
    },
  );
  // The same flows as a user lays them out: dates, signed amounts in their own currencies, currencies, a rates range.
  const items = [...receivables, ...bills.map((b) => ({ ...b, openAmount: -b.openAmount }))];
  const dates = items.map((i) => [i.dueDate]);
  const amounts = items.map((i) => [i.openAmount]);
  const currencies = items.map((i) => [i.currency]);
  const planAt = (usd: number) => {
    const converted = convert(
      amounts,
      currencies,
      [
        ["USD", usd],
        ["EUR", RATES.EUR],
      ],
      "CNY",
    );
    return cashPlan(500, dates, converted, A, 4, 0).map((row) => row[3]);
  };
  expect(planAt(RATES.USD)).toEqual(pane.plan.weeks.map((w) => w.closing));
  const usd = pane.scenarios.find((s) => s.kind === "currency")!;
  expect(usd.currency).toMatchObject({ code: "USD", move: -0.05 });
  expect(planAt(RATES.USD * 0.95)).toEqual(usd.plan.weeks.map((w) => w.closing));
  // By hand: USD at 7.1234 × 0.95 = 6.76723; week 1: 500 + 1,000.55 → 6,770.95 − the freight 99.99 → 676.66 = 6,594.29;
  // week 2: + EUR 333.33 × 7.9 = 2,633.31 → 9,227.60; week 3: − CNY 4,000 → 5,227.60.
  expect(usd.plan.weeks.map((w) => w.closing)).toEqual([6_594.29, 9_227.6, 5_227.6, 5_227.6]);
});
