/** Taskpane helpers shared by the browser tests: open a result tab (on the bar or in its "More" menu), open the folded setup. */
import type { Locator, Page } from "playwright-core";

export const paneOf = (page: Page): Locator => page.getByTestId("taskpane");

/** The result tabs in their order on the bar, as each language names them. */
export const TAB_NAMES = {
  en: [
    "Today",
    "Overview",
    "Customers",
    "Payment plans",
    "Alerts",
    "Insurance",
    "Forecast",
    "Cash plan",
    "Collections",
  ],
  "zh-CN": ["今日", "概览", "客户", "分期计划", "预警", "信用保险", "回款预测", "现金计划", "催收"],
} as const;

/** Clicks the result tab whose name starts with `name`: on the tab bar if it fits there, else from the "More" menu. */
export async function openTab(page: Page, name: string | RegExp): Promise<void> {
  const pane = paneOf(page);
  const pattern = typeof name === "string" ? new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) : name;
  const tab = pane.getByRole("tab", { name: pattern });
  if ((await tab.count()) > 0 && (await tab.isVisible())) {
    await tab.click();
  } else {
    await pane.getByTestId("more-tabs").click();
    await page.getByRole("menuitem", { name: pattern }).click();
  }
  await pane.getByRole("tab", { name: pattern, selected: true }).waitFor();
}

/** Once analysed, the settings and column mapping are folded away: open them (no-op when already open). */
export async function openSetup(page: Page): Promise<void> {
  const toggle = paneOf(page).getByTestId("setup-toggle");
  if ((await toggle.count()) > 0 && (await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
}
