/**
 * The KPI trend in the preview (Debian's chromium): analyse the sample ledger, check the trend table's latest
 * month-end against the engine, narrow the taskpane to 320 px (Excel on Windows) and 270 px (Mac) and check nothing
 * in the trend overflows, read a point's value by keyboard focus, and take screenshots of the trend chart in English
 * and in Chinese.
 */
import { join } from "path";
import type { Page } from "playwright-core";
import { analyzeLedger } from "../../src/engine/analysis/analyze";
import { parseDate, ymdFromSerial } from "../../src/engine/core/dates";
import { generateLedger } from "../../src/engine/sample/generateLedger";
import { formatNumber } from "../../src/i18n/format";
import { shortMonth } from "../../src/i18n/trend";
import { SAMPLE } from "../../src/preview/samples";
import { PreviewSession, SCREENSHOTS, openPreview } from "./previewSession";
import { openTab } from "./paneHelpers";

jest.setTimeout(180_000);

let session: PreviewSession;
let page: Page;
let pageErrors: string[];

const taskpane = () => page.getByTestId("taskpane");

async function paneWidth(px: number): Promise<void> {
  // The preview's pane is 420 px wide; Excel opens it at 270 (Mac), 320 (Windows) or 350 (web).
  await page.evaluate((w) => {
    (document.querySelector('[data-testid="taskpane"]') as HTMLElement).style.width = `${w}px`;
  }, px);
}

/**
 * What sticks out of the trend section once the layout has settled: the chart re-measures its width on a
 * ResizeObserver frame after the pane's width or the figure changes, so an overflow is read again for up to 5 s
 * (a busy machine can take several frames) and only one that stays fails.
 */
async function overflowing(): Promise<string[]> {
  let found = await overflowingNow();
  for (const until = Date.now() + 5_000; found.length > 0 && Date.now() < until; found = await overflowingNow())
    await page.waitForTimeout(50);
  return found;
}

async function overflowingNow(): Promise<string[]> {
  return page.evaluate(() => {
    const section = document.querySelector('[data-testid="trend-section"]') as HTMLElement;
    const limit = section.getBoundingClientRect().right + 0.5;
    return [...section.querySelectorAll<HTMLElement>("*")]
      .filter((e) => e.getBoundingClientRect().right > limit)
      .map((e) => e.tagName + (e.textContent ?? "").slice(0, 30));
  });
}

beforeAll(async () => {
  session = await openPreview();
  ({ page, pageErrors } = session);
});

afterAll(async () => {
  await session?.close();
});

test("the sample ledger's trend: the engine's figures, fits 320 and 270 px, readable by keyboard, EN and ZH screenshots", async () => {
  const box = page.getByLabel("Address");
  await box.fill(`Ledger!A1:J${SAMPLE.en.invoices + 1}`);
  await box.press("Enter");
  await taskpane().getByRole("button", { name: "Use selection" }).click();
  await taskpane().getByTestId("tab-bar").waitFor({ timeout: 120_000 });
  await openTab(page, /^(Overview|概览)$/); // results open on Today
  await taskpane().getByTestId("trend-section").waitFor();
  const iso = await taskpane().locator('input[data-kind="date"]').inputValue();
  const asOf = (parseDate(iso, "auto") as { value: number }).value;
  const s = SAMPLE.en;
  const { values } = generateLedger({
    seed: s.seed,
    customers: s.customers,
    invoices: s.invoices,
    asOf,
    language: "en",
  });
  const engine = analyzeLedger(
    { values, sheet: s.sheet, topLeft: "A1" },
    { asOf, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" },
  );
  const last = engine.kpiTrend.points[11];
  const { year, month } = ymdFromSerial(last.monthEnd);
  const firstRow = taskpane().getByTestId("trend-table").getByRole("row").nth(1);
  expect(await firstRow.innerText()).toContain(shortMonth(year, month, "en"));
  expect(await firstRow.innerText()).toContain(formatNumber(last.dso, "en"));
  expect(await taskpane().getByTestId("trend-chart").getByRole("img").count()).toBe(
    engine.kpiTrend.points.filter((p) => p.dso !== null).length,
  );

  await paneWidth(320);
  const section = taskpane().getByTestId("trend-section");
  await section.scrollIntoViewIfNeeded();
  await page.mouse.move(0, 0); // a pointer left over the chart by an earlier click would show its own point
  await taskpane().getByTestId("trend-chart").getByRole("img").last().focus();
  // A space or a no-break space between the figure and its unit, whichever the readout's formatter writes.
  const readout = await taskpane().getByTestId("trend-chart-readout").innerText();
  expect(readout.replace(/\u00a0/g, " ")).toBe(
    `${shortMonth(year, month, "en")}: ${formatNumber(last.dso, "en")} days`,
  );
  expect(await overflowing()).toEqual([]);
  await section.screenshot({ path: join(SCREENSHOTS, "trend-01-chart-en-320.png") });

  await paneWidth(270);
  await taskpane().getByLabel("Figure").selectOption("metricOpen");
  expect(await overflowing()).toEqual([]);
  await section.screenshot({ path: join(SCREENSHOTS, "trend-02-open-ar-en-270.png") });

  await paneWidth(320);
  await taskpane().getByLabel("Language").selectOption("zh-CN");
  await taskpane().getByLabel("指标", { exact: true }).selectOption("metricDso");
  expect(await section.innerText()).toContain("趋势：最近 12 个月末");
  expect(await overflowing()).toEqual([]);
  await section.screenshot({ path: join(SCREENSHOTS, "trend-03-chart-zh-320.png") });
  expect(pageErrors).toEqual([]);
});
