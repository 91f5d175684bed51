import { customerHistory } from "../../../src/engine/history/customerHistory";
import { backtestGrades, backtestMonthEnds, followUp } from "../../../src/engine/history/gradeBacktest";
import { endOfMonth, serialFromYmd } from "../../../src/engine/core/dates";
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

  it("picks the same month-ends counting back from the as-of date as counting forward from the first billing", () => {
    // Forward: every month-end from 90 days after the first billing whose follow-up window ends by the as-of date.
    const forward = (first: number, at: number, months: number, max: number) => {
      const ends: number[] = [];
      for (let t = endOfMonth(first + 90); endOfMonth(t, months) <= at; t = endOfMonth(t, 1)) ends.push(t);
      return ends.slice(Math.max(0, ends.length - max));
    };
    const firsts = [1, 59, 60, 61, ymd(1900, 3, 31), ymd(2023, 11, 15), ymd(2024, 1, 31), ymd(2024, 12, 31)];
    const asOfs = [ymd(2024, 2, 29), ymd(2024, 6, 30), ymd(2024, 7, 1), ymd(2025, 3, 30), ymd(2025, 3, 31)];
    for (const first of firsts)
      for (const at of asOfs)
        for (const [months, max] of [
          [6, 24],
          [1, 3],
          [12, 1],
          [3, 0],
        ])
          expect([first, at, months, max, backtestMonthEnds(first, at, months, max)]).toEqual([
            first,
            at,
            months,
            max,
            forward(first, at, months, max),
          ]);
    // A ledger from 1900 to 9999: the latest three month-ends with six months after them, April to June 9999.
    expect(backtestMonthEnds(1, 2958465, 6, 3)).toEqual([ymd(9999, 4, 30), ymd(9999, 5, 31), ymd(9999, 6, 30)]);
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
