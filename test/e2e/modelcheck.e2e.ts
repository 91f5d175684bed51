/**
 * The model check and the action list in the preview (Debian's chromium): analyse the English sample, check the
 * Model check section's AUCs against the engine's, check nothing in it overflows the pane, and take screenshots of it
 * in English and Chinese, plus the Alerts tab's action list.
 */
import { join } from "path";
import type { Page } from "playwright-core";
import { analyzeLedger } from "../../src/engine/analysis/analyze";
import { parseDate } from "../../src/engine/core/dates";
import { generateLedger } from "../../src/engine/sample/generateLedger";
import { SAMPLE } from "../../src/preview/samples";
import { PreviewSession, SCREENSHOTS, analyzeRange, openPreview } from "./previewSession";
import { openTab } from "./paneHelpers";

jest.setTimeout(180_000);

let session: PreviewSession;
let page: Page;
let pageErrors: string[];
const taskpane = () => page.getByTestId("taskpane");

beforeAll(async () => {
  session = await openPreview();
  ({ page, pageErrors } = session);
});

afterAll(async () => {
  await session?.close();
});

test("the Model check section shows the engine's AUCs and calibration, in English and Chinese, within the pane", async () => {
  await analyzeRange(page, `Ledger!A1:J${SAMPLE.en.invoices + 1}`);
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
  const overflow = await section.evaluate(
    (el) => [...el.querySelectorAll("*")].filter((x) => x.scrollWidth > (el as HTMLElement).clientWidth + 1).length,
  );
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
  expect(await list.getByTestId("action-card").count()).toBe(engine.actions!.length); // one per customer, at most a fifth
  await list.screenshot({ path: join(SCREENSHOTS, "modelcheck-actions-zh.png") });
  await taskpane().getByLabel("语言").selectOption("en");
  expect(pageErrors).toEqual([]);
});
