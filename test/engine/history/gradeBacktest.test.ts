import { customerHistory } from "../../../src/engine/history/customerHistory";
import { backtestGrades, backtestMonthEnds, followUp } from "../../../src/engine/history/gradeBacktest";
import { serialFromYmd } from "../../../src/engine/core/dates";
import type { Invoice } from "../../../src/engine/analysis/types";

const ymd = serialFromYmd;

/** One invoice of 1,000 on the 1st of each month of 2024, due in 30 days, paid `late` days after its due date. */
function monthly(customer: string, late: number): Invoice[] {
  return Array.from({ length: 12 }, (_, m) => {
    const invoiceDate = ymd(2024, m + 1, 1);
    return {
      row: m,
      customer,
      invoiceNumber: `${customer}-${m}`,
      invoiceDate,
      dueDate: invoiceDate + 30,
      dueDateDerived: false,
      amount: 1000,
      paidAmount: 1000,
      paidDate: invoiceDate + 30 + late,
      openAmount: 0,
      disputed: false,
      currency: null,
      termsDays: 30,
    };
  });
}

describe("the model check on a small hand case", () => {
  const histories = [customerHistory("Prompt", monthly("Prompt", 0)), customerHistory("Slow", monthly("Slow", 20))];
  const asOf = ymd(2025, 3, 31);
  const check = backtestGrades(histories, asOf);

  it("replays the month-ends with 90 days of history before and a full 6-month window after", () => {
    // First billing 2024-01-01 + 90 days → March 2024; the last with 6 months before 2025-03-31 is September 2024.
    expect(check.monthEnds).toEqual([3, 4, 5, 6, 7, 8, 9].map((m) => ymd(2024, m + 1, 0)));
    expect(backtestMonthEnds(ymd(2024, 1, 1), asOf, 6, 3)).toEqual([7, 8, 9].map((m) => ymd(2024, m + 1, 0)));
  });

  it("measures what was billed after each month-end: Slow 20 days late, Prompt on time", () => {
    expect(followUp(histories[1], ymd(2024, 3, 31), ymd(2024, 9, 30), asOf)).toEqual({
      cents: 600000,
      dayCents: 600000 * 20,
    });
    expect(check.observations).toBe(14);
    expect(check.late).toBe(7);
  });

  it("ranks Slow above Prompt every time: AUC 1 for the grade and the baseline; too small a ledger to judge", () => {
    expect(check.grade).toEqual({ auc: 1, gini: 1 });
    expect(check.baseline).toEqual({ auc: 1, gini: 1 });
    expect(check.status).toBe("tooSmall"); // 14 observations < 30
    // The grades move with the portfolio's prior month by month, but every Prompt grade is below every Slow grade,
    // and each row of the calibration table is all-Prompt (0 % late, 0 days) or all-Slow (100 %, 20 days).
    const prompt = check.calibration.filter((r) => r.lateShare === 0);
    const slow = check.calibration.filter((r) => r.lateShare === 1);
    expect(prompt.length + slow.length).toBe(check.calibration.length);
    expect(prompt.reduce((s, r) => s + r.customers, 0)).toBe(7);
    expect(slow.reduce((s, r) => s + r.customers, 0)).toBe(7);
    expect(prompt.every((r) => r.weightedDaysLate === 0) && slow.every((r) => r.weightedDaysLate === 20)).toBe(true);
    expect(Math.max(...prompt.map((r) => r.grade))).toBeLessThan(Math.min(...slow.map((r) => r.grade)));
  });

  it("says too short when fewer than 3 month-ends have a full follow-up window", () => {
    expect(backtestGrades(histories, ymd(2024, 10, 31)).status).toBe("tooShort");
    expect(backtestGrades([], asOf).status).toBe("tooShort");
  });
});
