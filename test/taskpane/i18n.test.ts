/** The pane never wraps a figure away from its unit at 270 px: "100.0 %" and "12.3 days" hold together. */
import { makeTexts } from "../../src/taskpane/i18n";

test("percent and days keep their unit on the same line (no-break space), in both languages", () => {
  const en = makeTexts("en", "CNY");
  expect(en.percent(1)).toBe("100.0\u00a0%");
  expect(en.percentPoints(86.52)).toBe("86.5\u00a0%");
  expect(en.days(12.34)).toBe("12.3\u00a0days");
  expect(en.days(1)).toBe("1.0\u00a0days");
  const zh = makeTexts("zh-CN", "CNY");
  expect(zh.percent(0.47)).toBe("47.0%");
  expect(zh.days(12.34)).toBe("12.3\u00a0天");
});
