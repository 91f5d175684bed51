import { TREND_TEXT, shortMonth, trendText } from "../../src/i18n/trend";

describe("trend texts", () => {
  it("have the same keys in English and Chinese, none empty, the same placeholders", () => {
    expect(Object.keys(TREND_TEXT["zh-CN"]).sort()).toEqual(Object.keys(TREND_TEXT.en).sort());
    for (const key of Object.keys(TREND_TEXT.en) as (keyof typeof TREND_TEXT.en)[]) {
      const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(TREND_TEXT["zh-CN"][key].trim()).not.toBe("");
      expect(holes(TREND_TEXT["zh-CN"][key])).toEqual(holes(TREND_TEXT.en[key]));
    }
  });

  it("fill their figures and name months briefly", () => {
    expect(trendText("en", "trendTitle", { months: 12 })).toBe("Trend: last 12 month-ends");
    expect(trendText("zh-CN", "trendMonthsOption", { months: 24 })).toBe("24 个月");
    expect(shortMonth(2025, 6, "en")).toBe("2025-06");
    expect(shortMonth(2025, 6, "zh-CN")).toBe("2025年6月");
  });
});
