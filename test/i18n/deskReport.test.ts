import { DESK_REPORT_TEXT } from "../../src/i18n/deskReport";

test("the report's Collections section has the same keys and placeholders in English and Chinese, and the Chinese is Chinese", () => {
  const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  expect(Object.keys(DESK_REPORT_TEXT["zh-CN"]).sort()).toEqual(Object.keys(DESK_REPORT_TEXT.en).sort());
  for (const [k, en] of Object.entries(DESK_REPORT_TEXT.en)) {
    const zh = DESK_REPORT_TEXT["zh-CN"][k as keyof typeof DESK_REPORT_TEXT.en];
    expect([k, holes(zh), /[\u4e00-\u9fff]/.test(zh)]).toEqual([k, holes(en), true]);
  }
});
