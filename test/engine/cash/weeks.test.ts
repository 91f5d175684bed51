import { checkPlanWeeks, planEnd, planWeekOf } from "../../../src/engine/cash/weeks";

describe("the plan's weeks", () => {
  const AS_OF = 45_700;

  it("week 1 starts the day after the as-of date; anything earlier falls in week 1", () => {
    expect([AS_OF - 30, AS_OF, AS_OF + 1, AS_OF + 7, AS_OF + 8, AS_OF + 15].map((d) => planWeekOf(d, AS_OF))).toEqual([
      1, 1, 1, 1, 2, 3,
    ]);
    expect(planEnd(AS_OF, 13)).toBe(AS_OF + 91);
  });

  it("takes 4 to 52 whole weeks, naming the argument or the setting", () => {
    expect(checkPlanWeeks(4)).toBe(4);
    expect(checkPlanWeeks(52)).toBe(52);
    expect(() => checkPlanWeeks(3)).toThrow(/^weeks: 3 must be a whole number of weeks from 4 to 52$/);
    expect(() => checkPlanWeeks(12.5, { setting: "plan weeks" })).toThrow(/^plan weeks: 12.5 must/);
  });
});
