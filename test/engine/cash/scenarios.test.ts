import { groupByCustomer } from "../../../src/engine/analysis/customers";
import type { Invoice } from "../../../src/engine/analysis/types";
import { analyzeCash } from "../../../src/engine/cash/cashAnalysis";
import type { PayablesLedger } from "../../../src/engine/cash/payables";
import type { CashSettings } from "../../../src/engine/cash/settings";

const A = 45_800;
const inv = (customer: string, number: string, amount: number, due: number, over: Partial<Invoice> = {}): Invoice => ({
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
const bills = [
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
const settings: Partial<CashSettings> = {
  openingCash: 5_000,
  minimumCash: 1_000,
  creditLine: 2_000,
  weeks: 4,
  flows: [
    { description: "Payroll", amount: 3_000, direction: "out", firstDate: A + 14, repeat: "monthly", until: null },
  ],
};
const run = (over: Partial<CashSettings> = {}) =>
  analyzeCash(analysis, { byCustomer: groupByCustomer(receivables), payables, settings: { ...settings, ...over } });

describe("the cash plan on a hand-built company", () => {
  const c = run();
  const closing = (kind: string, days?: number) =>
    c.scenarios.find((s) => s.kind === kind && (days === undefined || s.days === days))!.plan;

  it("base: bills paid 5 days early as the company does; never below the buffer", () => {
    expect(c.payEarlyDays).toBe(5);
    expect(c.plan.weeks.map((w) => w.collections)).toEqual([2_000, 10_000, 0, 0]);
    expect(c.plan.weeks.map((w) => w.payables)).toEqual([0, 4_000, 0, 0]);
    expect(c.plan.weeks.map((w) => w.closing)).toEqual([7_000, 10_000, 10_000, 10_000]);
    expect(c.plan.firstBelow).toBeNull();
    expect(c.cycle).toEqual({ dio: 0, dso: 50, dpo: 45, ccc: 5 });
  });

  it("scenarios: later habits, the largest customer silent, the 90-day cap, combined", () => {
    expect(c.scenarios.map((s) => [s.kind, s.days, s.customer])).toEqual([
      ["base", null, null],
      ["late", 15, null],
      ["late", 30, null],
      ["silent", null, "Big"],
      ["overdueCap", 90, null],
      ["combined", 30, "Big"],
    ]);
    expect(closing("late", 15).weeks.map((w) => w.closing)).toEqual([5_000, -2_000, 0, 10_000]);
    expect(closing("late", 15).firstBelow).toEqual({ week: 2, gap: 3_000 });
    expect(closing("late", 30).weeks.map((w) => w.closing)).toEqual([5_000, -2_000, -2_000, -2_000]);
    expect(closing("silent").weeks.map((w) => w.closing)).toEqual([6_000, -1_000, -1_000, -1_000]);
    expect(closing("silent").firstBelow).toEqual({ week: 2, gap: 2_000 });
    expect(closing("overdueCap").weeks.map((w) => w.closing)).toEqual([6_000, 9_000, 9_000, 9_000]);
    expect(closing("combined").firstBelow).toEqual({ week: 2, gap: 3_000 });
  });

  it("levers ranked by the cash they bring by week 2 (the first week below under stress), with their arithmetic", () => {
    expect(c.targetWeek).toBe(2);
    expect(c.levers.map((l) => [l.kind, l.customer, l.cash, l.cost])).toEqual([
      ["earlyDiscount", "Later", 4_900, 100], // 5,000 × 98 % by week 2; 2/10 on 40 days = 24.8 % a year > 8 %
      ["payOnDue", null, 4_000, null], // P1 due A+16 (week 3) instead of A+11 (week 2)
      ["creditLine", null, 2_000, 6.14], // 2,000 × 8 % × 14 / 365
      ["factoring", null, 1_800, 215.33], // 80 % of 16,000 = 12,800 less 11,000 expected by week 2
      ["collectOverdue", "Big", 1_000, null], // 2,000 overdue, 1,000 of it expected (50 %)
    ]);
    expect(c.levers[0].reasons[0]).toMatchObject({
      code: "cash.lever.discountDear",
      params: { cost: 24.8, rate: 8, netDays: 40 },
    });
    expect(c.levers[4].reasons[0].params).toMatchObject({ customer: "Big", amount: 2_000, days: 200, grade: 3 });
  });

  it("insured: the indemnity for the silent customer arrives after the plan — solvency restored, but late", () => {
    const once = [{ ...settings.flows![0], repeat: "once" as const }];
    const insured = run({
      insurance: { insured: true, indemnityShare: 0.9, protractedDefaultDays: 60, waitingPeriodDays: 150 },
      weeks: 26,
      flows: once,
    });
    const silent = insured.scenarios.find((s) => s.kind === "silent")!;
    // B2 due A−200: declared A+1, paid A+151 (week 22): 1,800; B1 due A+12: declared A+72, paid A+222 (after 26 weeks): 9,000.
    expect(silent.indemnity).toMatchObject({ amount: 10_800, date: A + 151, week: 22 });
    expect(silent.indemnity!.perWeek.reduce((a, b) => a + b, 0)).toBe(1_800);
    expect(silent.plan.weeks[21].otherIn).toBe(1_800);
    const lever = insured.levers[insured.levers.length - 1];
    expect(lever).toMatchObject({ kind: "insurance", customer: "Big", cash: 0 });
    expect(lever.reasons[0].text).toMatch(
      /in week 22, after the first week below the buffer \(week 2\): it restores solvency, but late/,
    );
  });
});
