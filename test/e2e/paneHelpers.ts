/** Taskpane helpers shared by the browser tests: open a result tab (on the bar or in its "More" menu), open the folded setup. */
import type { Locator, Page } from "playwright-core";

export const paneOf = (page: Page): Locator => page.getByTestId("taskpane");

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
