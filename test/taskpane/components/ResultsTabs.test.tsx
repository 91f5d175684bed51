/**
 * The results' tabs: which are shown and in what order, which opens first, a tab's panel, the Alerts tab's count,
 * and the "More" menu holding the tabs that do not fit on the bar (jsdom has no layout: the widths are given here;
 * the real pane widths are tested in a browser, test/e2e/width.e2e.ts).
 */
import { act, fireEvent, screen, within } from "@testing-library/react";
import type { ReactNode } from "react";
import { ResultsTabs, type TabId } from "../../../src/taskpane/components/ResultsTabs";
import { analysis, inPane } from "../tabs/analysedPane";

// A tab's label (Fluent renders an unselected tab's label twice: once to reserve the bold label's width).
const label = (tab: HTMLElement) => tab.querySelector(".fui-Tab__content")!.textContent;
// The tabs moved into the More menu are hidden on the bar: counted too.
const tabNames = () => screen.getAllByRole("tab", { hidden: true }).map(label);
const selected = () => label(screen.getByRole("tab", { selected: true }));
const panel = () => screen.getByRole("tabpanel");

/** The tabs with every content given: Today (a button opening the Collections tab), Cash plan and Collections. */
function allTabs(language: "en" | "zh-CN" = "en", a = analysis) {
  const today = (open: (id: TabId) => void): ReactNode => (
    <button type="button" onClick={() => open("collections")}>
      today-content
    </button>
  );
  return inPane(
    <ResultsTabs analysis={a} today={today} cashPanel={<p>cash-content</p>} collections="desk" />,
    language,
  );
}

const toAct = analysis.actions!.length;

test("nine tabs in order, opening on Today when it is given; its button opens another tab", () => {
  expect(toAct).toBeGreaterThan(0);
  expect(toAct).toBeLessThan(analysis.alerts.length);
  allTabs();
  expect(tabNames()).toEqual([
    "Today",
    "Overview",
    "Customers",
    "Payment plans",
    `Alerts (${toAct})`, // the customers to act on, not every signal
    "Insurance",
    "Forecast",
    "Cash plan",
    "Collections",
  ]);
  expect(selected()).toBe("Today");
  expect(panel().getAttribute("aria-labelledby")).toBe("tab-today");
  fireEvent.click(within(panel()).getByRole("button", { name: "today-content" }));
  expect(selected()).toBe("Collections");
  expect(panel().textContent).toBe("desk");
});

test("in Chinese: the same tabs, their labels Chinese", () => {
  allTabs("zh-CN");
  expect(tabNames()).toEqual([
    "今日",
    "概览",
    "客户",
    "分期计划",
    `预警 (${toAct})`,
    "信用保险",
    "回款预测",
    "现金计划",
    "催收",
  ]);
  expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("分析结果");
});

test("without Today, Cash plan or Collections: those tabs are not shown and the results open on Overview", () => {
  inPane(<ResultsTabs analysis={{ ...analysis, actions: [] }} />);
  expect(tabNames()).toEqual(["Overview", "Customers", "Payment plans", "Alerts", "Insurance", "Forecast"]);
  expect(selected()).toBe("Overview");
  expect(within(panel()).getByTestId("kpi-total-open")).toBeTruthy();
});

test("a tab chosen shows its panel; Customers offers to keep the proposed limits only when it can", () => {
  const onAcceptLimits = jest.fn();
  // Opening on a light Today, not on Overview's charts.
  const { unmount } = inPane(<ResultsTabs analysis={analysis} today={() => "today"} onAcceptLimits={onAcceptLimits} />);
  fireEvent.click(screen.getByRole("tab", { name: "Forecast" }));
  expect(panel().getAttribute("aria-labelledby")).toBe("tab-forecast");
  expect(within(panel()).getByTestId("forecast-table")).toBeTruthy();
  fireEvent.click(screen.getByRole("tab", { name: "Customers" }));
  fireEvent.click(within(panel()).getByTestId("keep-all-limits"));
  expect(onAcceptLimits).toHaveBeenCalledWith(expect.arrayContaining([expect.objectContaining({ customer: "Beta" })]));
  unmount();
  inPane(<ResultsTabs analysis={analysis} today={() => "today"} />);
  fireEvent.click(screen.getByRole("tab", { name: "Customers" }));
  expect(screen.queryByTestId("keep-all-limits")).toBeNull();
});

describe("a bar too narrow for the tabs", () => {
  // Each tab and the More button 100 px wide, the bar 350 px: a few tabs fit, the others go into the menu.
  const width = (el: HTMLElement) => (el.dataset.testid === "tab-bar" ? 350 : 1000);
  const client = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "clientWidth")!;
  const offset = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "offsetWidth")!;
  beforeEach(() => {
    Object.defineProperty(HTMLElement.prototype, "clientWidth", {
      configurable: true,
      get(this: HTMLElement) {
        return width(this);
      },
    });
    Object.defineProperty(HTMLElement.prototype, "offsetWidth", { configurable: true, get: () => 100 });
  });
  afterEach(() => {
    Object.defineProperty(HTMLElement.prototype, "clientWidth", client);
    Object.defineProperty(HTMLElement.prototype, "offsetWidth", offset);
  });

  /** The tabs on the bar, and those Fluent's Overflow moved off it. */
  const onBar = () => screen.getAllByRole("tab", { hidden: true }).filter((t) => !t.closest("[data-overflowing]"));

  test.each([
    ["en", "More", (n: number) => `More tabs (${n})`, "Collections"],
    ["zh-CN", "更多", (n: number) => `更多标签页（${n}）`, "催收"],
  ] as const)("(%s) the tabs that do not fit are in the More menu; one chosen there joins the bar", async (...c) => {
    const [language, more, moreLabel, last] = c;
    allTabs(language);
    const shown = onBar().map(label);
    const hidden = tabNames().filter((name) => !shown.includes(name));
    expect(shown.length).toBeGreaterThan(0);
    expect(hidden).toContain(last);
    const button = screen.getByTestId("more-tabs");
    expect(button.textContent).toBe(`${more} ▾`);
    expect(button.getAttribute("aria-label")).toBe(moreLabel(hidden.length));
    await act(async () => fireEvent.click(button));
    const items = await screen.findAllByRole("menuitem");
    expect(items.map((i) => i.textContent)).toEqual(hidden);
    await act(async () => fireEvent.click(items[items.length - 1]));
    expect(selected()).toBe(last);
    expect(onBar().map(label)).toContain(last);
    expect(panel().textContent).toBe("desk");
  });
});
