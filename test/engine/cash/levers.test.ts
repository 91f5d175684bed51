import { payEarlyHabit, targetWeek } from "../../../src/engine/cash/levers";
import type { Scenario } from "../../../src/engine/cash/scenarios";
import { A, bills, inv, run, settings } from "./handCompany";

describe("levers on the hand-built company", () => {
  const c = run();

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

describe("the levers' inputs", () => {
  it("the company's habit of paying early: amount-weighted days before the due date over settled bills", () => {
    expect(payEarlyHabit(bills)).toBe(5);
    const late = inv("Steel", "P2", 3_000, A - 40, { paidAmount: 3_000, paidDate: A - 30, openAmount: 0 });
    expect(payEarlyHabit([...bills, late])).toBe(1); // (1,000 × 5 + 3,000 × 0) / 4,000 = 1.25
    expect(payEarlyHabit([])).toBe(0);
  });

  it("the target week: the base plan's first week below, else the earliest under stress, else the lowest", () => {
    const plan = (firstBelow: number | null, lowest: number) =>
      ({
        plan: { firstBelow: firstBelow === null ? null : { week: firstBelow }, lowest: { week: lowest } },
      }) as Scenario;
    expect(targetWeek([plan(3, 1), plan(2, 2)])).toBe(3);
    expect(targetWeek([plan(null, 4), plan(6, 1), plan(5, 1)])).toBe(5);
    expect(targetWeek([plan(null, 4), plan(null, 1)])).toBe(4);
  });
});
