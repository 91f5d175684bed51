/** A hand-built company shared by the cash plan's scenario and lever tests. */
import { groupByCustomer } from "../../../src/engine/analysis/customers";
import type { Invoice } from "../../../src/engine/analysis/types";
import { analyzeCash } from "../../../src/engine/cash/cashAnalysis";
import type { PayablesLedger } from "../../../src/engine/cash/payables";
import type { CashSettings } from "../../../src/engine/cash/settings";

export const A = 45_800;
export const inv = (
  customer: string,
  number: string,
  amount: number,
  due: number,
  over: Partial<Invoice> = {},
): Invoice => ({
  row: 0,
  customer,
  invoiceNumber: number,
  invoiceDate: due - 30,
  dueDate: due,
  dueDateDerived: false,
  amount,
  paidAmount: 0,
  paidDate: null,
  openAmount: amount,
  disputed: false,
  currency: null,
  termsDays: 30,
  ...over,
});
// No paid receivables history: every habit is "on the due date", so the arithmetic can be done by hand.
const receivables = [
  inv("Big", "B1", 10_000, A + 12),
  inv("Big", "B2", 2_000, A - 200), // 200 days past due: 50 % expected
  inv("Small", "S1", 1_000, A + 3),
  inv("Small", "S2", 500, A + 3, { disputed: true }),
  inv("Later", "L1", 5_000, A + 40),
];
export const bills = [
  inv("Steel", "P1", 4_000, A + 16),
  inv("Steel", "P0", 1_000, A - 30, { paidAmount: 1_000, paidDate: A - 35, openAmount: 0 }), // paid 5 days early
];
const payables = { bills, dpo: 45 } as unknown as PayablesLedger;
const analysis = {
  settings: { asOf: A } as never,
  customers: [
    { customer: "Big", grade: 3 },
    { customer: "Small", grade: 5 },
    { customer: "Later", grade: 2 },
  ] as never,
  portfolio: { dso: 50 } as never,
};
export const settings: Partial<CashSettings> = {
  openingCash: 5_000,
  minimumCash: 1_000,
  creditLine: 2_000,
  weeks: 4,
  flows: [
    { description: "Payroll", amount: 3_000, direction: "out", firstDate: A + 14, repeat: "monthly", until: null },
  ],
};
export const run = (over: Partial<CashSettings> = {}) =>
  analyzeCash(analysis, { byCustomer: groupByCustomer(receivables), payables, settings: { ...settings, ...over } });
