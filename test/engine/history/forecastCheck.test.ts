import { forecastCheck } from "../../../src/engine/history/forecastCheck";
import type { Invoice } from "../../../src/engine/analysis/types";
import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import { generateLedger } from "../../../src/engine/sample/generateLedger";

function invoice(over: Partial<Invoice>): Invoice {
  return {
    row: 1,
    customer: "Acme",
    invoiceNumber: "1",
    invoiceDate: 1000,
    dueDate: 1030,
    dueDateDerived: false,
    amount: 100,
    paidAmount: 0,
    paidDate: null,
    openAmount: 100,
    disputed: false,
    currency: null,
    termsDays: 30,
    ...over,
  };
}

describe("the forecast check carried by the analysis", () => {
  it("says too short when fewer than 3 month-ends have collections after them", () => {
    // One invoice billed and paid in the month before as-of: no month-end with 13 known weeks saw it open.
    const c = forecastCheck(
      [invoice({ invoiceDate: 45_600, dueDate: 45_630, paidAmount: 100, paidDate: 45_640, openAmount: 0 })],
      45_650,
    );
    expect(c.status).toBe("tooShort");
    expect(c.points).toBe(0);
    expect(c.oursBest).toBeNull();
    expect(c.horizons.map((h) => h.horizon.label)).toEqual(["1-4", "5-13"]);
  });

  it("is in the analysis: on a generated ledger ours beats both naive methods in weeks 1–4 and 5–13", () => {
    const asOf = 46_000;
    const values = generateLedger({ seed: 2, customers: 120, invoices: 4000, asOf, language: "en" }).values;
    const a = analyzeLedger(
      { values, sheet: "S", topLeft: "A1" },
      { asOf, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" },
    );
    expect(a.forecastCheck.status).toBe("ok");
    expect(a.forecastCheck.points).toBe(6);
    expect(a.forecastCheck.oursBest).toBe(true);
    for (const h of a.forecastCheck.horizons) expect(h.wape.ours!).toBeLessThan(h.wape.dueDate!);
  });
});
