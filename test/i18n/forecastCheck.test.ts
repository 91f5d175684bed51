import { FORECAST_CHECK_TEXT } from "../../src/i18n/forecastCheck";

test("the forecast check's texts exist in English and Chinese with the same keys and placeholders", () => {
  const en = FORECAST_CHECK_TEXT.en;
  const zh = FORECAST_CHECK_TEXT["zh-CN"];
  expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
  for (const k of Object.keys(en) as (keyof typeof en)[]) {
    expect([k, holes(zh[k])]).toEqual([k, holes(en[k])]);
    expect(zh[k].length).toBeGreaterThan(0);
  }
  expect(zh.title).toBe("预测检验");
});
