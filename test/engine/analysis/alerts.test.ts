import {
  DEFAULT_ALERT_THRESHOLDS,
  LIKELIHOOD,
  buildAlerts,
  resolveAlertThresholds,
} from "../../../src/engine/analysis/alerts";
import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import { groupByCustomer } from "../../../src/engine/analysis/customers";
import { invoicesOf } from "../../../src/engine/collections/desk";
import { AS_OF, handLedger } from "./handLedger";

describe("alerts", () => {
  const input = { values: handLedger(), sheet: "Ledger", topLeft: "A1" };
  // Over limit is measured against the limits the user keeps: here 0 for all three (secured terms, as typed).
  const keptLimits = ["Alpha", "Beta", "Gamma"].map((customer) => ({ customer, amount: 0, source: "user" as const }));
  const analysis = analyzeLedger(input, {
    asOf: AS_OF,
    agingBasis: "due",
    dateOrder: "auto",
    riskAppetite: "balanced",
    keptLimits,
  });
  const byCustomer = groupByCustomer(invoicesOf(input, analysis));

  it("a threshold left out keeps its default", () => {
    expect(resolveAlertThresholds(undefined)).toEqual(DEFAULT_ALERT_THRESHOLDS);
    expect(resolveAlertThresholds({ singleShare: 0.5 })).toEqual({ ...DEFAULT_ALERT_THRESHOLDS, singleShare: 0.5 });
  });

  it("ranks by money at risk = amount × the grade's likelihood (grade 10: 70 %)", () => {
    const alerts = buildAlerts(analysis.customers, byCustomer, AS_OF);
    expect(alerts).toEqual(analysis.alerts);
    const over90 = alerts[0];
    expect([over90.kind, over90.customer, over90.amount, over90.likelihood]).toEqual(["over90", "Beta", 5800, 0.7]);
    expect(over90.atRisk).toBe(4060); // 5,800 × LIKELIHOOD[10], to the cent
    expect(LIKELIHOOD[10]).toBe(0.7);
    for (let i = 1; i < alerts.length; i++) expect(alerts[i - 1].atRisk).toBeGreaterThanOrEqual(alerts[i].atRisk);
  });

  it("a higher threshold silences an alert: no concentration alert when a single customer may hold 60 %", () => {
    const loose = buildAlerts(analysis.customers, byCustomer, AS_OF, resolveAlertThresholds({ singleShare: 0.6 }));
    expect(analysis.alerts.some((a) => a.kind === "concentration")).toBe(true);
    expect(loose.some((a) => a.kind === "concentration")).toBe(false);
  });
});
