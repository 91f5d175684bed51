import { run } from "./handCompany";

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
});
