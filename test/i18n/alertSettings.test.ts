import { ALERT_SETTINGS_TEXT } from "../../src/i18n/alertSettings";
import { DEFAULT_ALERT_THRESHOLDS } from "../../src/engine/analysis/alerts";

test("the alert thresholds' texts exist in English and Chinese with the same keys and placeholders", () => {
  const en = ALERT_SETTINGS_TEXT.en;
  const zh = ALERT_SETTINGS_TEXT["zh-CN"];
  expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
  for (const k of Object.keys(en) as (keyof typeof en)[]) {
    expect([k, holes(zh[k])]).toEqual([k, holes(en[k])]);
    expect(zh[k].length).toBeGreaterThan(0);
  }
  // Every threshold the engine has is labelled.
  for (const k of Object.keys(DEFAULT_ALERT_THRESHOLDS)) expect(en).toHaveProperty(k);
});
