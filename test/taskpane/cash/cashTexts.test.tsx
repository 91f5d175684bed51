import { renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { useCashTexts } from "../../../src/taskpane/cash/cashTexts";
import { TextsContext, makeTexts } from "../../../src/taskpane/i18n";

const inLanguage = (language: "en" | "zh-CN") => {
  const Wrapper = ({ children }: { children: ReactNode }) => (
    <TextsContext.Provider value={makeTexts(language)}>{children}</TextsContext.Provider>
  );
  return Wrapper;
};

describe("the cash plan's strings in the pane", () => {
  test("c(key) in the pane's language, with its figures filled in", () => {
    const en = renderHook(() => useCashTexts(), { wrapper: inLanguage("en") }).result.current;
    expect(en.c("cashTab")).toBe("Cash plan");
    expect(en.c("cycleLine", { dso: 45, dio: 0, dpo: 30, ccc: 15 })).toBe("DSO 45 + DIO 0 − DPO 30 = 15 days");
    const zh = renderHook(() => useCashTexts(), { wrapper: inLanguage("zh-CN") }).result.current;
    expect(zh.c("cashTab")).toBe("现金计划");
    expect(zh.language).toBe("zh-CN");
  });
});
