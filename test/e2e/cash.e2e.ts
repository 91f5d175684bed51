/**
 * The Cash plan tab in the preview at a 320 px pane (Windows' width): analyse the sample ledger, use the Payables
 * sheet as payables, read the plan (above the buffer in the base case, below under stress), open the levers, add a
 * flow, freeze the plan, switch to Chinese — with screenshots, and no horizontal overflow anywhere.
 */
import { join } from "path";
import type { Page } from "playwright-core";
import { PAYABLES_SAMPLE } from "../../src/preview/sampleCash";
import { SAMPLE } from "../../src/preview/samples";
import { PreviewSession, SCREENSHOTS, openPreview } from "./previewSession";
import { openTab } from "./paneHelpers";

jest.setTimeout(180_000);

let session: PreviewSession;
let page: Page;
let pageErrors: string[];
const taskpane = () => page.getByTestId("taskpane");

async function shot(name: string): Promise<void> {
  await taskpane().screenshot({ path: join(SCREENSHOTS, `cash-${name}.png`) });
}

/**
 * Brings a part of the pane into view for the next screenshot, by the element's own scrollIntoView: Playwright's
 * scrollIntoViewIfNeeded waits for the element to be stable for two frames, which ran out on a loaded 2-core machine.
 */
async function scrollTo(testId: string): Promise<void> {
  await taskpane()
    .getByTestId(testId)
    .evaluate((el) => el.scrollIntoView({ block: "nearest" }));
}

async function goTo(address: string): Promise<void> {
  const box = page.getByLabel("Address");
  await box.fill(address);
  await box.press("Enter");
}

/** Nothing inside the pane is wider than the pane. */
async function overflow(): Promise<number> {
  const { over, culprits } = await page.evaluate(() => {
    const pane = document.querySelector('[data-testid="taskpane"]') as HTMLElement;
    const right = pane.getBoundingClientRect().right;
    const culprits = [...pane.querySelectorAll("*")]
      .filter((e) => e.getBoundingClientRect().right > right + 0.5)
      .slice(0, 5)
      .map((e) => `${e.tagName}.${(e as HTMLElement).dataset.testid ?? ""} ${(e.textContent ?? "").slice(0, 40)}`);
    return { over: pane.scrollWidth - pane.clientWidth, culprits };
  });
  if (over > 0) console.log("overflowing:", culprits);
  return over;
}

beforeAll(async () => {
  session = await openPreview({ query: "?pane=320", viewport: { width: 1100, height: 1400 } });
  ({ page, pageErrors } = session);
  await page.evaluate(() => {
    (document.querySelector('[data-testid="taskpane"]') as HTMLElement).style.width = "320px";
  });
});

afterAll(async () => {
  await session?.close();
});

test("the cash plan tab at 320 px: payables, plan, scenarios, levers, flows, freeze, Chinese", async () => {
  await goTo(`Ledger!A1:J${SAMPLE.en.invoices + 1}`);
  await taskpane().getByRole("button", { name: "Use selection" }).click();
  await page.getByTestId("taskpane").getByTestId("tab-bar").waitFor({ timeout: 120_000 });
  await openTab(page, /^(Overview|概览)$/); // results open on Today
  await taskpane().getByTestId("kpi-total-open").waitFor();
  await openTab(page, "Cash plan");
  await taskpane().getByTestId("cash-tab").waitFor();
  // The sample company's settings were read from the workbook.
  expect(Number(await taskpane().getByTestId("cash-opening").inputValue())).toBeGreaterThan(0);
  expect(await taskpane().getByTestId("flows").locator("li").count()).toBeGreaterThanOrEqual(4);

  await goTo(`${PAYABLES_SAMPLE.en.sheet}!A1`);
  await taskpane().getByTestId("use-payables").click();
  await taskpane().getByTestId("payables-summary").waitFor();
  expect(await taskpane().getByTestId("payables-summary").innerText()).toMatch(/600 bills, 0 rows not used/);
  // A corrected column is kept with the workbook: used again when the bills are read again, until the reset.
  const line = '[data-testid="payables-summary"] > div:nth-child(2)';
  const summary = () => page.evaluate((q) => document.querySelector(q)?.textContent ?? "", line);
  const original = await summary();
  await taskpane().getByTestId("payables-columns").locator("summary").click();
  await taskpane()
    .getByTestId("payables-columns")
    .getByRole("combobox", { name: /^Amount/ })
    .selectOption("5");
  await page.waitForFunction(([q, o]) => document.querySelector(q)?.textContent !== o, [line, original]);
  const corrected = await summary();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await taskpane().getByTestId("use-payables").click();
  await taskpane().getByTestId("payables-restored").waitFor();
  expect(await summary()).toBe(corrected);
  await shot("01b-payables-columns-restored");
  await taskpane().getByTestId("payables-reset").click();
  await page.waitForFunction(([q, o]) => document.querySelector(q)?.textContent === o, [line, original]);
  expect(await taskpane().getByTestId("payables-restored").count()).toBe(0);
  expect(await taskpane().getByTestId("cash-summary").innerText()).toMatch(/First week below the buffer\s*None/);
  const scenarios = await taskpane().getByTestId("cash-scenarios").innerText();
  expect(scenarios).toMatch(/Customers 30 days later/);
  expect(scenarios).toMatch(/Week \d+, ¥[\d,.]+ missing/);
  expect(await taskpane().getByTestId("cash-levers").locator("li").count()).toBeGreaterThan(2);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await scrollTo("cash-tab");
  await shot("01-inputs");
  await scrollTo("cash-summary");
  await shot("02-plan");
  // Opened by the element's own click: after a screenshot of a pane taller than the window, the pointer click's
  // "stable for two frames" wait ran out on a loaded 2-core CI machine (the summary never moved here).
  const lever = taskpane().getByTestId("cash-levers").locator("details").first();
  await lever.locator("summary").evaluate((summary) => (summary as HTMLElement).click());
  expect(await lever.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
  await scrollTo("cash-levers");
  await shot("03-levers");

  // A new outflow lowers the plan; the week table follows.
  const before = await taskpane().getByTestId("cash-weeks").locator("summary").last().innerText();
  await taskpane().getByTestId("add-flow").click();
  const last = taskpane().getByTestId("flows").locator("li").last();
  await last.getByLabel("Description").fill("Equipment");
  await last.getByLabel("Amount").fill("500000");
  await last.getByLabel("Repeat").selectOption("once");
  await taskpane().getByTestId("update-cash").click();
  await page.waitForFunction(
    (b) => document.querySelectorAll('[data-testid="cash-weeks"] summary')[12]?.textContent !== b,
    before,
  );
  expect(await overflow()).toBeLessThanOrEqual(0);

  await taskpane().getByTestId("freeze-plan").click();
  await taskpane().getByTestId("frozen-plans").locator("li").first().waitFor();
  await scrollTo("frozen-plans");
  await shot("04-frozen");

  await taskpane().getByRole("combobox", { name: "Language" }).selectOption("zh-CN");
  await taskpane().getByText("现金头寸").waitFor();
  expect(await taskpane().getByTestId("cash-summary").innerText()).toMatch(/最低现金/);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await scrollTo("cash-tab");
  await shot("05-zh");
  expect(pageErrors).toEqual([]);
});
