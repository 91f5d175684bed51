import { cashCycle, daysPayablesOutstanding } from "../../../src/engine/cash/ratios";

describe("DPO and the cash conversion cycle", () => {
  it("DPO, period method: 600,000 / 1,800,000 × 90 = 30; CCC = DIO + DSO − DPO", () => {
    expect(daysPayablesOutstanding(600_000, 1_800_000, 90)).toBe(30);
    expect(cashCycle(20, 45, 30)).toBe(35);
    expect(cashCycle(20, null, 30)).toBeNull();
    expect(() => daysPayablesOutstanding(1, 0, 90)).toThrow(/purchases is 0/);
  });
});
