/**
 * The cash plan's results: the lowest cash and the first week below the buffer, the scenarios, levers, frozen plans;
 * a scenario's name in Chinese with no space left between the customer's Chinese name and the words.
 */
import { fireEvent, renderHook, screen, within } from "@testing-library/react";
import type { ReactNode } from "react";
import type { Scenario } from "../../../src/engine";
import type { Language } from "../../../src/i18n/translate";
import { CashResults, useScenarioName } from "../../../src/taskpane/cash/CashResults";
import { TextsContext, makeTexts } from "../../../src/taskpane/i18n";
import { run } from "../../engine/cash/handCompany";
import { inPane } from "../tabs/analysedPane";

test("the two answers first, then a card a scenario and the levers ranked; the plan can be frozen", () => {
  const cash = run();
  const onFreeze = jest.fn();
  inPane(<CashResults cash={cash} onFreeze={onFreeze} />);
  const summary = screen.getByTestId("cash-summary").textContent!;
  expect(cash.plan.firstBelow).toBeNull();
  expect(summary).toBe("Lowest cash¥7,000.00 in week 1First week below the bufferNone");
  expect(within(screen.getByTestId("cash-scenarios")).getAllByRole("listitem").length).toBeGreaterThanOrEqual(
    cash.scenarios.length,
  );
  expect(within(screen.getByTestId("cash-levers")).getAllByRole("listitem")).toHaveLength(cash.levers.length);
  expect(screen.getByTestId("cash-weeks").children).toHaveLength(cash.plan.weeks.length);
  fireEvent.click(screen.getByTestId("freeze-plan"));
  expect(onFreeze).toHaveBeenCalled();
});

test("a plan that falls below the buffer says in which week and by how much", () => {
  const cash = run({ minimumCash: 8_000 });
  inPane(<CashResults cash={cash} onFreeze={() => {}} />);
  expect(cash.plan.firstBelow).not.toBeNull();
  expect(screen.getByTestId("cash-summary").textContent).toContain(String(cash.plan.firstBelow!.week));
});

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
