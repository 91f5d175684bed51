import { claimableAmount, invoiceDeadlines, notifyBy } from "../../../src/engine/collections/deadlines";
import { DEFAULT_POLICY } from "../../../src/engine/collections/settings";
import { AS_OF } from "./deskLedger";

describe("insurer deadlines, by hand", () => {
  it("counts the notification from the end of the maximum extension or from the due date", () => {
    // Due 45650; 60 days' maximum extension + 0 → 45710; claim 60 days later 45770; paid 90 days after that 45860.
    expect(invoiceDeadlines(45650, AS_OF, DEFAULT_POLICY)).toEqual({
      notifyBy: 45710,
      claimBy: 45770,
      payoutFrom: 45860,
      daysLeft: -7,
    });
    expect(notifyBy(45650, { notifyFrom: "due", maxExtensionDays: 60, notifyAfterDays: 30 })).toBe(45680);
    expect(notifyBy(45650, { notifyFrom: "maxExtension", maxExtensionDays: 90, notifyAfterDays: 15 })).toBe(45755);
  });

  it("claimable = min(open undisputed, insured limit) × indemnity share, to the cent", () => {
    expect(claimableAmount(3000, 2500, 0.9)).toBe(2250);
    expect(claimableAmount(1234.57, null, 0.6)).toBe(740.74); // 123457 × 0.6 = 74074.2 cents
    expect(claimableAmount(-50, 100, 0.9)).toBe(0);
    expect(() => claimableAmount(100, 100, 1.5)).toThrow(/indemnity_share/);
  });
});
