import { renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { useDeskTexts } from "../../../../src/taskpane/components/desk/deskTexts";
import { TextsContext, makeTexts } from "../../../../src/taskpane/i18n";

const inLanguage = (language: "en" | "zh-CN") => {
  const Wrapper = ({ children }: { children: ReactNode }) => (
    <TextsContext.Provider value={makeTexts(language)}>{children}</TextsContext.Provider>
  );
  return Wrapper;
};

describe("the Collections tab's strings in the pane", () => {
  test("d(key) in the pane's language, with its figures filled in", () => {
    const en = renderHook(() => useDeskTexts(), { wrapper: inLanguage("en") }).result.current;
    expect(en.d("tabDesk")).toBe("Collections");
    expect(en.d("filterAll", { count: 3 })).toBe("All (3)");
    const zh = renderHook(() => useDeskTexts(), { wrapper: inLanguage("zh-CN") }).result.current;
    expect(zh.d("tabDesk")).toBe("催收");
  });
});
