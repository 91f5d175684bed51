import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import { AS_OF, handLedger } from "./handLedger";

const input = { values: handLedger(), sheet: "Ledger", topLeft: "A1" };
const base = { asOf: AS_OF, agingBasis: "due" as const, dateOrder: "auto" as const, riskAppetite: "balanced" as const };

describe("settings of the model check, the limits and the alerts", () => {
  test("headroom moves the limit: Alpha's 4,900 peak × 1.1 × 50 % = 2,695 instead of 2,940", () => {
    // Growth appetite: Alpha's grade 8 is served as 7 (50 % of the peak with headroom); balanced, it is secured (0).
    const a = analyzeLedger(input, { ...base, riskAppetite: "growth", limitHeadroom: 0.1 });
    expect(a.customers.find((c) => c.customer === "Alpha")!.creditLimit.amount).toBe(2695);
    expect(a.settings.limitHeadroom).toBe(0.1);
  });
  test("follow-up months and days late reach the model check; alert thresholds reach the alerts", () => {
    const a = analyzeLedger(input, {
      ...base,
      followUpMonths: 3,
      lateDays: 10,
      alertThresholds: { deteriorationDays: 40, singleShare: 0.6 },
    });
    expect([a.modelCheck.followUpMonths, a.modelCheck.lateDays]).toEqual([3, 10]);
    expect(a.alerts.map((x) => x.kind)).not.toContain("deteriorating"); // Alpha's +26.7 is under 40
    expect(a.alerts.map((x) => x.kind)).not.toContain("concentration"); // nobody holds 60 %
    expect(a.settings.alertThresholds.oldDisputeDays).toBe(30);
  });
  test("a bad setting is a clear error naming it", () => {
    expect(() => analyzeLedger(input, { ...base, followUpMonths: 0 })).toThrow(
      /model check follow-up: 0 must be a whole number of months/,
    );
    expect(() => analyzeLedger(input, { ...base, limitHeadroom: -1 })).toThrow(/limit headroom/);
    expect(() => analyzeLedger(input, { ...base, alertThresholds: { over90Share: Number.NaN } })).toThrow(
      /alert threshold over90Share/,
    );
  });
});
