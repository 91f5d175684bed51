import { gradeFromScore, riskScore } from "../../../src/engine/analysis/grade";
import type { BehaviourAt } from "../../../src/engine/history/behaviourAt";
import { customerHistory } from "../../../src/engine/history/customerHistory";
import {
  DEFAULT_CREDIBILITY,
  MAX_CREDIBILITY,
  credibilityInvoices,
  gradeInputs,
  gradeInputsInto,
  gradesAt,
  portfolioPrior,
} from "../../../src/engine/history/gradesAt";
import { h } from "./acmeHistory";

const behaviour = (over: Partial<BehaviourAt>) =>
  ({
    paidCount: 0,
    paidLateCount: 0,
    settledCents: 0,
    lateDayCents: 0,
    logLateCents: 0,
    logLateSqCents: 0,
    ...over,
  }) as BehaviourAt;

describe("grades at a past date", () => {
  it("the grade's inputs: shares of the open balance, none when nothing is open", () => {
    const b = behaviour({ openCents: 1000, over60Cents: 250, disputedCents: -5, paidCount: 3, overdueDays: 12 });
    expect(gradeInputs(b)).toMatchObject({ paidInvoiceCount: 3, overdueDays: 12, over60Share: 0.25, disputedShare: 0 });
    expect(gradeInputs(behaviour({ openCents: 0, over60Cents: 250 })).over60Share).toBe(0);
    const into = gradeInputs(behaviour({ openCents: 5, over60Cents: 5, trend: 3 }));
    expect(gradeInputsInto(into, b)).toBe(into);
    expect(into).toEqual(gradeInputs(b));
  });

  it("credibility: 4 paid invoices under five customers with history; 20 when the customers do not differ", () => {
    const alike = () => behaviour({ paidCount: 3, settledCents: 300, logLateCents: 300, logLateSqCents: 400 });
    expect(credibilityInvoices([0, 1, 2, 3].map(alike))).toBe(DEFAULT_CREDIBILITY);
    expect(credibilityInvoices([0, 1, 2, 3, 4].map(alike))).toBe(MAX_CREDIBILITY);
  });

  it("the portfolio's prior: amount-weighted days late and the share of paid invoices paid late", () => {
    const prior = portfolioPrior([
      behaviour({ settledCents: 1000, lateDayCents: 10_000, paidCount: 2, paidLateCount: 1 }),
      behaviour({ settledCents: 3000, lateDayCents: 0, paidCount: 2, paidLateCount: 0 }),
    ]);
    expect(prior).toEqual({ weightedDaysLate: 2.5, lateShare: 0.25, credibilityInvoices: DEFAULT_CREDIBILITY });
    expect(portfolioPrior([])).toMatchObject({ weightedDaysLate: 0, lateShare: 0 });
  });

  it("grades each customer billed by then from its score against the prior; later customers get no entry", () => {
    const later = customerHistory("Later", [{ ...h.invoices[0], customer: "Later", invoiceDate: 500, dueDate: 530 }]);
    const { prior, graded } = gradesAt([h, later], 300);
    expect([...graded.keys()]).toEqual(["Acme"]);
    const acme = graded.get("Acme")!;
    expect(acme.score).toBe(riskScore(gradeInputs(acme.behaviour), prior));
    expect(acme.grade).toBe(gradeFromScore(acme.score));
    expect(acme.behaviour.paidCount).toBe(2);
  });
});
