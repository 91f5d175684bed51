import { buildCashPlan } from "../../../src/engine/cash/plan";
import { expandFlows } from "../../../src/engine/cash/flows";
import { serialFromYmd } from "../../../src/engine/core/dates";
import type { OtherFlow } from "../../../src/engine/cash/types";

const AS_OF = 45_700;

describe("other flows with repeats", () => {
  const flow = (over: Partial<OtherFlow>): OtherFlow => ({
    description: "Payroll",
    amount: 100,
    direction: "out",
    firstDate: AS_OF + 3,
    repeat: "once",
    until: null,
    ...over,
  });

  it("once: on its date; a past one-off still falls in week 1", () => {
    expect(expandFlows([flow({})], AS_OF, AS_OF + 91)).toEqual([{ date: AS_OF + 3, cents: -10_000 }]);
    const late = buildCashPlan({
      asOf: AS_OF,
      weeks: 4,
      openingCash: 0,
      minimumCash: 0,
      other: expandFlows([flow({ firstDate: AS_OF - 10, direction: "in" })], AS_OF, AS_OF + 28),
    });
    expect(late.weeks[0].otherIn).toBe(100);
  });

  it("weekly every 7 days, up to its last date", () => {
    const dates = expandFlows([flow({ repeat: "weekly", until: AS_OF + 24 })], AS_OF, AS_OF + 91).map((f) => f.date);
    expect(dates).toEqual([AS_OF + 3, AS_OF + 10, AS_OF + 17, AS_OF + 24]);
  });

  it("monthly by EDATE from the first date (31 Jan → 28 Feb → 31 Mar), past occurrences not counted", () => {
    const asOf = serialFromYmd(2025, 2, 1);
    const dates = expandFlows(
      [flow({ firstDate: serialFromYmd(2024, 12, 31), repeat: "monthly" })],
      asOf,
      serialFromYmd(2025, 4, 30),
    ).map((f) => f.date);
    expect(dates).toEqual([serialFromYmd(2025, 2, 28), serialFromYmd(2025, 3, 31), serialFromYmd(2025, 4, 30)]);
  });

  it("quarterly by three months", () => {
    const first = serialFromYmd(2025, 1, 15);
    const dates = expandFlows(
      [flow({ firstDate: first, repeat: "quarterly", direction: "in" })],
      first - 1,
      serialFromYmd(2025, 12, 31),
    );
    expect(dates.map((f) => f.date)).toEqual([
      first,
      serialFromYmd(2025, 4, 15),
      serialFromYmd(2025, 7, 15),
      serialFromYmd(2025, 10, 15),
    ]);
    expect(dates.every((f) => f.cents === 10_000)).toBe(true);
  });

  it("names the flow that cannot be used", () => {
    expect(() => expandFlows([flow({ amount: -5 })], AS_OF, AS_OF + 28)).toThrow(
      /flow 1 \("Payroll"\): amount -5 must be a positive number/,
    );
    expect(() => expandFlows([flow({}), flow({ description: "Rent", until: AS_OF })], AS_OF, AS_OF + 28)).toThrow(
      /flow 2 \("Rent"\): "until" .* is before the first date/,
    );
  });
});
