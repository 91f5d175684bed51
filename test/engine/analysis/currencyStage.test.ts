/* A ledger in several currencies analysed in the reporting currency (docs/METRICS.md, "Several currencies"). */
import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import { ratesInUse } from "../../../src/engine/analysis/currencyStage";
import type { AnalysisSettings } from "../../../src/engine/analysis/types";
import { toCents } from "../../../src/engine/model/money";
import { d } from "./handLedger";

const HEAD = ["Customer", "Invoice", "Invoice Date", "Due Date", "Amount", "Paid Amount", "Currency"];
const values = [
  HEAD,
  ["Acme", "A-1", d("2025-05-01"), d("2025-05-31"), 1000, 0, "CNY"],
  ["Acme", "A-2", d("2025-04-01"), d("2025-04-30"), 100.01, 0, "USD"],
  ["Bolt", "B-1", d("2025-03-01"), d("2025-03-31"), 333.33, 222.22, "USD"],
  ["Bolt", "B-2", d("2025-06-01"), d("2025-07-01"), 250.5, 0, "EUR"],
];
const settings: AnalysisSettings = {
  asOf: d("2025-06-30"),
  agingBasis: "due",
  dateOrder: "auto",
  riskAppetite: "balanced",
};
const rates = [
  { currency: "USD", rate: 7.19, date: d("2025-06-30") },
  { currency: "EUR", rate: 7.8123, date: d("2025-06-30") },
];
const run = (more: Partial<AnalysisSettings> = {}) =>
  analyzeLedger({ values, sheet: "S", topLeft: "A1" }, { ...settings, ...more });

describe("a ledger in several currencies", () => {
  test("with rates: analysed in the reporting currency, each invoice to the cent, then added", () => {
    const a = run({ rates });
    // 1000 + 100.01 × 7.19 (719.07) + 111.11 × 7.19 (798.88) + 250.50 × 7.8123 (1956.98)
    expect(a.portfolio.totalOpen).toBe(4474.93);
    expect(a.settings.currency).toBe("CNY");
    expect(a.aging.totals.reduce((s, t) => s + toCents(t), 0)).toBe(toCents(a.portfolio.totalOpen));
    expect(a.conversion?.lines.map((l) => [l.currency, l.invoices, l.openOriginal, l.openConverted, l.rate])).toEqual([
      ["CNY", 1, 1000, 1000, 1],
      ["EUR", 1, 250.5, 1956.98, 7.8123],
      ["USD", 2, 211.12, 1517.95, 7.19],
    ]);
    expect(a.conversion?.totalOpen).toBe(a.portfolio.totalOpen);
    expect(a.notes.map((n) => n.code)).toEqual([]);
    expect(a.counts.invoices).toBe(4);
  });

  test("without rates: the other currencies are named and left out, never added unconverted", () => {
    const a = run();
    expect(a.portfolio.totalOpen).toBe(1000);
    expect(a.settings.currency).toBe("CNY");
    expect(a.notes.map((n) => [n.code, n.params.currencies])).toEqual([
      ["analysis.noRate", "EUR 250.50 (1); USD 211.12 (2)"],
    ]);
    expect(a.issues.filter((i) => i.reason.code === "row.noRate").map((i) => i.address)).toEqual([
      "S!G3",
      "S!G4",
      "S!G5",
    ]);
    expect(a.counts).toMatchObject({ invoices: 1, excluded: 3 });
    expect(a.conversion?.missing).toEqual(["EUR", "USD"]);
  });

  test("the reporting currency: the setting, else the currency setting, else CNY", () => {
    const usd = run({ rates: [{ currency: "CNY", rate: 0.1391, date: null }], reportingCurrency: "USD" });
    expect(usd.settings.currency).toBe("USD");
    expect(usd.conversion?.missing).toEqual(["EUR"]); // no EUR rate to USD in the table
    expect(run({ currency: "EUR", rates: [{ currency: "USD", rate: 0.92, date: null }] }).settings.currency).toBe(
      "EUR",
    );
  });

  test("one currency chosen: analysed in its own terms, nothing converted", () => {
    const a = run({ rates, onlyCurrency: "USD" });
    expect(a.settings.currency).toBe("USD");
    expect(a.portfolio.totalOpen).toBe(211.12);
    expect(a.conversion ?? null).toBeNull();
  });

  test("a ledger in one foreign currency without rates stays in its currency, as it always was", () => {
    const usdOnly = values.filter((r) => r[6] !== "CNY" && r[6] !== "EUR");
    const a = analyzeLedger({ values: usdOnly, sheet: "S", topLeft: "A1" }, settings);
    expect(a.settings.currency).toBe("USD");
    expect(a.portfolio.totalOpen).toBe(211.12);
    expect(a.conversion ?? null).toBeNull();
  });
});

describe("ratesInUse: the rates the analysis's settings carry on, for its cash plan", () => {
  const rates = [{ currency: "USD", rate: 7.19, date: null }];
  const s = { asOf: d("2025-06-30"), agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" } as const;
  test("in the reporting currency: the table's rates", () => {
    expect(ratesInUse({ ...s, reportingCurrency: "CNY", rates }, "CNY", "CNY")).toEqual(rates);
    expect(ratesInUse({ ...s, rates }, "CNY", "CNY")).toEqual(rates); // CNY by default
  });
  test("analysed in another currency, or one currency chosen: none (the rates are to the reporting one)", () => {
    expect(ratesInUse({ ...s, reportingCurrency: "CNY", rates }, "USD", "CNY")).toEqual([]);
    expect(ratesInUse({ ...s, reportingCurrency: "CNY", onlyCurrency: "USD", rates }, "CNY", "CNY")).toEqual([]);
  });
  test("the analysis carries them: settings.rates after a conversion", () => {
    const a = analyzeLedger({ sheet: "L", topLeft: "A1", values }, { ...s, reportingCurrency: "CNY", rates });
    expect(a.settings.rates).toEqual(rates);
    expect(
      analyzeLedger({ sheet: "L", topLeft: "A1", values }, { ...s, reportingCurrency: "CNY" }).settings.rates,
    ).toBeUndefined();
  });
});
