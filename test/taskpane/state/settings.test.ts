import { defaultSettings, toAnalysisSettings } from "../../../src/taskpane/state/settings";
import { AS_OF } from "../../engine/analysis/handLedger";

describe("the settings form to the analysis's settings", () => {
  test("the taskpane form passes them through (headroom typed in %)", () => {
    const s = toAnalysisSettings(
      { ...defaultSettings(AS_OF), lateDays: 10, followUpMonths: 9, limitHeadroomPct: 30 },
      {},
    );
    expect([s.lateDays, s.followUpMonths, s.limitHeadroom]).toEqual([10, 9, 0.3]);
    expect(toAnalysisSettings(defaultSettings(AS_OF), {}).limitHeadroom).toBeUndefined();
  });
});

describe("the reporting currency (本币) a ledger in several currencies is converted to", () => {
  const form = defaultSettings(AS_OF);
  test("the currency chosen in the settings, else Office's region's, else CNY", () => {
    expect(toAnalysisSettings({ ...form, currency: "EUR" }, {}, "en-US").reportingCurrency).toBe("EUR");
    expect(toAnalysisSettings(form, {}, "en-US").reportingCurrency).toBe("USD");
    expect(toAnalysisSettings(form, {}, "zh-CN").reportingCurrency).toBe("CNY");
    expect(toAnalysisSettings(form, {}, "en-GB").reportingCurrency).toBe("GBP");
    expect(toAnalysisSettings(form, {}, "xx").reportingCurrency).toBe("CNY");
  });
  test("the rates kept in the workbook go with it", () => {
    const rates = [{ currency: "USD", rate: 7.19, date: AS_OF }];
    expect(toAnalysisSettings({ ...form, rates }, {}, "zh-CN").rates).toEqual(rates);
  });
});
