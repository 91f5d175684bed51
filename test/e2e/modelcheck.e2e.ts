/**
 * The model check and the action list in the preview (Debian's chromium): analyse the English sample, check the
 * Model check section's AUCs against the engine's, check nothing in it overflows the pane, and take screenshots of it
 * in English and Chinese, plus the Alerts tab's action list.
 */
import { mkdirSync } from "fs";
import { join, resolve } from "path";
import type { Page } from "playwright-core";
import { analyzeLedger } from "../../src/engine/analysis/analyze";
import { parseDate } from "../../src/engine/core/dates";
import { generateLedger } from "../../src/engine/sample/generateLedger";
import { SAMPLE } from "../../src/preview/samples";
import { launchBrowser } from "./browser";
import { startServer } from "./staticServer";
import { openTab } from "./paneHelpers";

jest.setTimeout(180_000);

const SCREENSHOTS = resolve(__dirname, "../../test-output/screenshots");
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
const pageErrors: string[] = [];
const taskpane = () => page.getByTestId("taskpane");

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.context.newPage();
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(`${server.url}/preview.html`);
  await page.getByRole("button", { name: "Use selection" }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("the Model check section shows the engine's AUCs and calibration, in English and Chinese, within the pane", async () => {
  const box = page.getByLabel("Address");
  await box.fill(`Ledger!A1:J${SAMPLE.en.invoices + 1}`);
  await box.press("Enter");
  await taskpane().getByRole("button", { name: "Use selection" }).click();
  await taskpane().getByTestId("kpi-total-open").waitFor();
  const iso = await taskpane().locator('input[type="date"]').inputValue();
  const asOf = (parseDate(iso, "auto") as { value: number }).value;
  const s = SAMPLE.en;
  const { values } = generateLedger({ seed: s.seed, customers: s.customers, invoices: s.invoices, asOf, language: "en" });
  const engine = analyzeLedger({ values, sheet: s.sheet, topLeft: "A1" }, { asOf, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" });
  const m = engine.modelCheck;
  expect(m.status).toBe("ok");

  await openTab(page, /^Customers/);
  const section = taskpane().getByTestId("model-check");
  await section.scrollIntoViewIfNeeded();
  const auc = (x: number) => x.toLocaleString("en-US", { maximumFractionDigits: 3 });
  expect(await section.getByTestId("model-check-grade").innerText()).toContain(`AUC ${auc(m.grade!.auc)}`);
  expect(await section.getByTestId("model-check-baseline").innerText()).toContain(`AUC ${auc(m.baseline!.auc)}`);
  expect(await section.getByTestId("model-check-calibration").locator("tbody tr").count()).toBe(m.calibration.length);
  // Nothing wider than the pane.
  const overflow = await section.evaluate((el) => [...el.querySelectorAll("*")].filter((x) => x.scrollWidth > (el as HTMLElement).clientWidth + 1).length);
  expect(overflow).toBe(0);
  await section.screenshot({ path: join(SCREENSHOTS, "modelcheck-en.png") });

  await taskpane().getByLabel("Language").selectOption("zh-CN");
  await taskpane().getByRole("heading", { name: "模型检验" }).waitFor();
  await section.scrollIntoViewIfNeeded();
  expect(await section.getByTestId("model-check-grade").innerText()).toContain("基尼系数");
  await section.screenshot({ path: join(SCREENSHOTS, "modelcheck-zh.png") });

  await openTab(page, /^预警/);
  const list = taskpane().getByTestId("action-list");
  await list.waitFor();
  expect(await list.getByTestId("action-card").count()).toBe(Math.min(20, engine.alerts.length));
  await list.screenshot({ path: join(SCREENSHOTS, "modelcheck-actions-zh.png") });
  await taskpane().getByLabel("语言").selectOption("en");
  expect(pageErrors).toEqual([]);
});
