/* The cash plan of an analysis in several currencies uses the analysis's own reporting currency and rates. */
import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import type { OtherFlow } from "../../../src/engine/cash/types";
import type { AnalysisSettings } from "../../../src/engine/model/types";
import { d } from "../analysis/handLedger";

const AS_OF = d("2025-06-30");
const values = [
  ["Customer", "Invoice", "Invoice Date", "Due Date", "Amount", "Paid Amount", "Currency"],
  ["Acme", "A-1", d("2025-05-01"), d("2025-07-15"), 1000, 0, "CNY"],
  ["Bolt", "B-1", d("2025-06-01"), d("2025-07-20"), 250.5, 0, "USD"],
];
const input = { sheet: "Ledger", topLeft: "A1", values };
// Wages of USD 100.00 in week 2: 100 × 7.19 = ¥719.00 out.
const wages: OtherFlow = {
  description: "Wages",
  amount: 100,
  direction: "out",
  firstDate: d("2025-07-08"),
  repeat: "once",
  until: null,
  currency: "USD",
};
const rates = [{ currency: "USD", rate: 7.19, date: d("2025-06-30") }];
const base: AnalysisSettings = { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" };

function plan(settings: Partial<AnalysisSettings>) {
  const cash = { payables: null, settings: { openingCash: 10_000, flows: [wages] } };
  return analyzeLedger(input, { ...base, ...settings }, {}, cash);
}

describe("the cash plan on a converted analysis", () => {
  test("uses the analysis's rates and reporting currency, with no rates table of its own", () => {
    const a = plan({ reportingCurrency: "CNY", rates });
    expect(a.conversion?.reportingCurrency).toBe("CNY");
    expect(a.settings.currency).toBe("CNY");
    expect(a.cash!.reportingCurrency).toBe("CNY");
    expect(a.cash!.leftOut).toEqual([]);
    expect(a.cash!.currencies).toEqual(["USD"]);
    // The same rate as the receivables: the USD wages are ¥719.00 out.
    const flows = a.cash!.plan.weeks.reduce((s, w) => s + w.otherOut, 0);
    expect(flows).toBeCloseTo(719, 2);
  });

  test("without rates the USD items are named and left out of both, never added unconverted", () => {
    const a = plan({ reportingCurrency: "CNY" });
    expect(a.cash!.reportingCurrency).toBe("CNY");
    expect(a.cash!.leftOut.map((l) => `${l.part} ${l.currency} ${l.amount}`).sort()).toEqual(["flows USD 100"]);
  });

  test("a request's own rates table still wins (callers outside the pane)", () => {
    const own = { reportingCurrency: "CNY", rates: [{ currency: "USD", rate: 7, date: null }] };
    const a = analyzeLedger(
      input,
      { ...base, reportingCurrency: "CNY", rates },
      {},
      {
        payables: null,
        settings: { openingCash: 10_000, flows: [wages] },
        rates: own,
      },
    );
    expect(a.cash!.plan.weeks.reduce((s, w) => s + w.otherOut, 0)).toBeCloseTo(700, 2);
  });
});
