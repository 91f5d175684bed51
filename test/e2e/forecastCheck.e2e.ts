/**
 * The forecast check in the Forecast tab of the preview at a 320 px pane (Windows' width): analyse the sample ledger,
 * open Forecast (on the tab bar or in "More"), read the check per horizon, switch to Chinese — with screenshots, and
 * no horizontal overflow.
 */
import { join } from "path";
import type { Page } from "playwright-core";
import { SAMPLE } from "../../src/preview/samples";
import { PreviewSession, SCREENSHOTS, analyzeRange, openPreview } from "./previewSession";
import { openTab } from "./paneHelpers";

jest.setTimeout(180_000);

let session: PreviewSession;
let page: Page;
let pageErrors: string[];
const taskpane = () => page.getByTestId("taskpane");

async function shot(name: string): Promise<void> {
  await taskpane().getByTestId("forecast-check").scrollIntoViewIfNeeded();
  await taskpane().screenshot({ path: join(SCREENSHOTS, `forecastcheck-${name}.png`) });
}

/** How far the pane's content is wider than the pane (0 or less: nothing overflows). */
async function overflow(): Promise<number> {
  return page.evaluate(() => {
    const pane = document.querySelector('[data-testid="taskpane"]') as HTMLElement;
    const right = pane.getBoundingClientRect().right;
    const wide = [...pane.querySelectorAll('[data-testid="forecast-check"] *')].filter(
      (e) => e.getBoundingClientRect().right > right + 0.5,
    ).length;
    return Math.max(pane.scrollWidth - pane.clientWidth, wide);
  });
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

test("the forecast check at 320 px: three methods per horizon, the verdict, Chinese", async () => {
  await analyzeRange(page, `Ledger!A1:J${SAMPLE.en.invoices + 1}`);
  await openTab(page, "Forecast");
  const check = taskpane().getByTestId("forecast-check");
  // The check comes after the results ("checking…" until then): its verdict shown.
  await taskpane().getByTestId("forecast-check-verdict").waitFor();
  const text = await check.innerText();
  expect(text).toMatch(/Forecast check/);
  // The sample ledger has history enough: both horizons with the three methods' errors.
  for (const label of ["1-4", "5-13"]) {
    const h = await taskpane().getByTestId(`forecast-check-${label}`).innerText();
    expect(h).toMatch(/Our forecast\s*[\d.]+\s%/);
    expect(h).toMatch(/On the due date\s*[\d.]+\s%/);
    expect(h).toMatch(/Average days to pay\s*([\d.]+\s%|nothing collected)/);
  }
  expect(await taskpane().getByTestId("forecast-check-verdict").innerText()).toMatch(/simple methods/);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await shot("320-en");

  await taskpane().getByRole("combobox", { name: "Language" }).selectOption("zh-CN");
  await taskpane().getByText("预测检验").waitFor();
  expect(await taskpane().getByTestId("forecast-check-1-4").innerText()).toMatch(/第 1–4 周[\s\S]*本模型预测/);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await shot("320-zh");
  expect(pageErrors).toEqual([]);
});
