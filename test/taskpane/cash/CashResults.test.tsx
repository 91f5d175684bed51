/** A stress scenario's name in the pane: in Chinese no space left between the customer's Chinese name and the words. */
import { renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import type { Scenario } from "../../../src/engine";
import type { Language } from "../../../src/i18n/translate";
import { useScenarioName } from "../../../src/taskpane/cash/CashResults";
import { TextsContext, makeTexts } from "../../../src/taskpane/i18n";

function names(language: Language, customer: string): string[] {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <TextsContext.Provider value={makeTexts(language, "CNY")}>{children}</TextsContext.Provider>
  );
  const { result } = renderHook(() => useScenarioName(), { wrapper });
  const scenarios = [
    { kind: "silent", customer },
    { kind: "combined", customer, days: 30 },
  ] as Scenario[];
  return scenarios.map(result.current);
}

test("Chinese: the customer's Chinese name runs on into the words; a Latin name keeps its space", () => {
  expect(names("zh-CN", "武汉金桥医疗器械股份有限公司")).toEqual([
    "武汉金桥医疗器械股份有限公司完全不付款",
    "武汉金桥医疗器械股份有限公司不付款 + 推迟 30 天",
  ]);
  expect(names("zh-CN", "Evergreen Supplies Co")[0]).toBe("Evergreen Supplies Co 完全不付款");
});

test("English: unchanged", () => {
  expect(names("en", "Evergreen Supplies Co")[0]).toBe("Evergreen Supplies Co pays nothing");
});
