/** The pane never wraps a figure away from its unit at 270 px: "100.0 %" and "12.3 days" hold together. */
import { renderHook } from "@testing-library/react";
import { TextsContext, makeTexts, useStrings } from "../../src/taskpane/i18n";

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

describe("useStrings: one hook for every string table of the pane", () => {
  const TABLE = {
    en: { hello: "Hello {name}", plain: "Plain" },
    "zh-CN": { hello: "你好，{name}", plain: "纯文本" },
  };
  const wrap =
    (language: "en" | "zh-CN") =>
    ({ children }: { children: React.ReactNode }) => (
      <TextsContext.Provider value={makeTexts(language, "CNY")}>{children}</TextsContext.Provider>
    );

  test("fills the table's templates in the pane's language, and gives the table and the figures with it", () => {
    const en = renderHook(() => useStrings(TABLE), { wrapper: wrap("en") }).result.current;
    expect(en.s("hello", { name: "Ann" })).toBe("Hello Ann");
    expect(en.s("plain")).toBe("Plain");
    expect(en.table.plain).toBe("Plain");
    expect(en.fill("{n} invoices", { n: 1 })).toBe("1 invoice");
    expect(en.money(5)).toBe("¥5.00");
    const zh = renderHook(() => useStrings(TABLE), { wrapper: wrap("zh-CN") }).result.current;
    expect(zh.s("hello", { name: "张敏" })).toBe("你好，张敏");
    expect(zh.language).toBe("zh-CN");
  });
});
