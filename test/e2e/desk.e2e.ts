/**
 * The collections desk in the preview (Debian's chromium), the taskpane at 320 px: the worklist on the sample ledger,
 * log a promise from it, analyse again and see it in the forecast (the engine's figures, to the cent), write a
 * statement and — with the policy saved as insured — a claim file; nothing overflows sideways; screenshots.
 */
import { join } from "path";
import type { Page } from "playwright-core";
import { analyzeLedger } from "../../src/engine/analysis/analyze";
import { buildDesk } from "../../src/engine/collections/desk";
import { parseContactLog } from "../../src/engine/collections/log";
import { DEFAULT_DUNNING, DEFAULT_POLICY } from "../../src/engine/collections/settings";
import { isoFromSerial, parseDate } from "../../src/engine/core/dates";
import { generateLedger } from "../../src/engine/sample/generateLedger";
import { formatMoney } from "../../src/i18n/format";
import { SAMPLE } from "../../src/preview/samples";
import { PreviewSession, SCREENSHOTS, analyzeRange, openPreview } from "./previewSession";
import { openTab } from "./paneHelpers";

jest.setTimeout(180_000);

let session: PreviewSession;
let page: Page;
let pageErrors: string[];

const taskpane = () => page.getByTestId("taskpane");
const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `desk-${name}.png`) });

async function asOfOnPage(): Promise<number> {
  const p = parseDate(await taskpane().locator('input[type="date"]').inputValue(), "auto");
  if (!p.ok) throw new Error("as-of date");
  return p.value;
}

async function forecastWeeks(): Promise<string[]> {
  await openTab(page, /^Forecast/);
  const cells = await taskpane().getByTestId("forecast-table").locator("tbody tr td:last-child").allInnerTexts();
  await openTab(page, "Collections");
  return cells;
}

async function noSidewaysOverflow(): Promise<void> {
  const over = await taskpane().evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(over).toBeLessThanOrEqual(0);
}

async function openFirst(): Promise<string> {
  const first = taskpane().getByTestId("work-item").first();
  const button = first.getByRole("button").first();
  const name = await button.innerText();
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
  await taskpane().getByTestId("work-item-detail").waitFor();
  return name;
}

beforeAll(async () => {
  session = await openPreview({ query: "?pane=320", viewport: { width: 1100, height: 900 } });
  ({ page, pageErrors } = session);
  // The pane at 320 px (Excel on Windows), from the preview's ?pane= parameter.
  expect(await taskpane().evaluate((el) => getComputedStyle(el).width)).toBe("320px");
});

afterAll(async () => {
  await session?.close();
});

test("log a promise from the worklist, analyse again, see it in the forecast (to the cent)", async () => {
  await analyzeRange(page, `Ledger!A1:J${SAMPLE.en.invoices + 1}`);
  const asOf = await asOfOnPage();
  const before = await forecastWeeks();
  await taskpane().getByTestId("worklist").waitFor();
  await shot("01-worklist-320");
  await noSidewaysOverflow();
  const customer = await openFirst();
  await shot("02-detail-320");
  const form = taskpane().getByTestId("log-form");
  const promised = asOf + 15; // week 3
  await form.getByRole("textbox", { name: "Outcome" }).fill("will pay");
  await form.getByRole("textbox", { name: "Promised date (yyyy-mm-dd)" }).fill(isoFromSerial(promised));
  await form.getByRole("textbox", { name: "Promised amount" }).fill("1000");
  await form.getByRole("button", { name: "Add to the log" }).click();
  await taskpane().getByTestId("desk-notice").getByText("Added to AR Lens Log", { exact: false }).waitFor();
  await noSidewaysOverflow();
  await taskpane().getByRole("button", { name: "Analyze again" }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid="next-action"]') !== null && [...document.querySelectorAll('[data-testid="pending-promise"], [data-testid="next-action"]')].some((e) => e.textContent?.includes("Await the promised payment")));
  // The engine's own result for the same ledger and log.
  const s = SAMPLE.en;
  const { values } = generateLedger({ seed: s.seed, customers: s.customers, invoices: s.invoices, asOf, language: "en" });
  const input = { values, sheet: s.sheet, topLeft: "A1" };
  const analysis = analyzeLedger(input, { asOf, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" });
  const log = parseContactLog([["Date", "Customer", "Channel", "Promised date", "Promised amount"], [asOf, customer, "Call", promised, 1000]], "AR Lens Log");
  const desk = buildDesk(input, analysis, log, { dunning: DEFAULT_DUNNING, policy: DEFAULT_POLICY });
  expect(desk.moves).toHaveLength(1);
  expect(desk.moves[0].moved).toBeGreaterThan(0);
  const after = await forecastWeeks();
  expect(after).toEqual(desk.forecast.weeks.map((w) => formatMoney(w.expected, "CNY", "en")));
  expect(after).not.toEqual(before);
  await openTab(page, /^Forecast/);
  await shot("03-forecast-after-promise-320");
  await openTab(page, "Collections");
});

test("write a statement and, with the policy saved as insured, a claim file", async () => {
  const customer = await openFirst();
  await taskpane().getByRole("button", { name: "Write statement" }).click();
  await taskpane().getByTestId("desk-notice").getByText(`Statement ${customer}`.slice(0, 31), { exact: false }).waitFor();
  await shot("04-statement-sheet");
  const settings = taskpane().getByTestId("desk-settings");
  await settings.locator("summary").click();
  await settings.getByRole("checkbox", { name: "Receivables are credit-insured" }).check();
  await settings.getByRole("textbox", { name: "Company name" }).fill("Preview Trading Co.");
  await settings.getByRole("button", { name: "Save in the workbook" }).click();
  await taskpane().getByTestId("desk-notice").getByText("Saved in the workbook", { exact: false }).waitFor();
  await taskpane().getByRole("button", { name: "Analyze again" }).click();
  await taskpane().getByTestId("desk-alerts").getByText("insurer", { exact: false }).first().waitFor({ timeout: 60_000 });
  await openFirst();
  await taskpane().getByRole("button", { name: "Write claim file" }).click();
  await taskpane().getByTestId("desk-notice").getByText("Claim file", { exact: false }).waitFor();
  await noSidewaysOverflow();
  await shot("05-claim-file-sheet");
  expect(pageErrors).toEqual([]);
});
