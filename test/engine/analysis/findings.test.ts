import { FINDING_SHARE, portfolioFindings } from "../../../src/engine/analysis/findings";
import type { Alert, CustomerAssessment } from "../../../src/engine/analysis/types";

const customer = (name: string, weightedDaysLate: number, overdueAmount: number) =>
  ({ customer: name, weightedDaysLate, overdueAmount }) as CustomerAssessment;
const alert = (kind: Alert["kind"], name: string | null, amount: number) =>
  ({ kind, customer: name, amount, reason: { code: kind }, action: { code: `action.${kind}` } }) as Alert;

describe("portfolio findings", () => {
  const customers = [customer("A", 25, 100), customer("B", 30, 200), customer("C", 5, 0)];

  it("says a signal once when it fires for more than a third of the customers, largest share first", () => {
    expect(FINDING_SHARE).toBeCloseTo(1 / 3, 12);
    const alerts = [
      alert("over90", "A", 100), // one customer in three: not more than a third
      alert("overLimit", "A", 50),
      alert("overLimit", "B", 70),
      alert("concentration", null, 900), // the five largest: always a finding
    ];
    const found = portfolioFindings(customers, alerts);
    expect(found.map((f) => [f.kind, f.customers, f.amount])).toEqual([
      ["topFive", 3, 900],
      ["latePayers", 2, 300], // more than 20 days late: A and B, their overdue 100 + 200
      ["overLimit", 2, 120],
    ]);
    expect(found[1].share).toBeCloseTo(2 / 3, 12);
    expect(found[1].reason.code).toBe("alert.finding.latePayers");
    expect(found[0].action.code).toBe("action.concentration");
  });

  it("finds nothing in an empty ledger", () => {
    expect(portfolioFindings([], [alert("concentration", null, 1)])).toEqual([]);
  });
});
