import { runwayDays } from "../../../src/engine/cash/runway";

const AS_OF = 45_700;
const example = [
  { date: AS_OF + 1, cents: -30_000 },
  { date: AS_OF + 8, cents: 20_000 },
  { date: AS_OF + 9, cents: -120_000 },
  { date: AS_OF + 20, cents: 50_000 },
];

describe("the runway (docs/METRICS.md worked example)", () => {
  it("runway is 9 days", () => {
    expect(runwayDays(1000, example, AS_OF, 0)).toBe(9);
    expect(runwayDays(-1, example, AS_OF, 0)).toBe(0);
    expect(runwayDays(1000, [{ date: AS_OF + 3, cents: 10 }], AS_OF, 0)).toBeNull();
    // A flow dated on or before the as-of date counts on the first day.
    expect(runwayDays(100, [{ date: AS_OF - 5, cents: -20_000 }], AS_OF, 0)).toBe(1);
  });
});
