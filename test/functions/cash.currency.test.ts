/**
 * AR.CASHPLAN across currencies: it takes dated amounts in one currency; amounts converted first (each × its rate,
 * rounded to the cent, as the Cash tab converts them) give the same weeks as the pane's plan in the reporting currency.
 */
import { groupByCustomer } from "../../src/engine/analysis/customers";
import { analyzeCash } from "../../src/engine/cash/cashAnalysis";
import { convertAmount } from "../../src/engine/model/rates";
import type { Invoice } from "../../src/engine/model/types";
import { cashPlan } from "../../src/functions/cash";

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
