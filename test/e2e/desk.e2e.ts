/**
 * The collections desk in the preview (Debian's chromium), the taskpane at 320 px: the results open on Today; a call
 * with a promise logged from Today changes Today, the worklist and the forecast at once — no new analysis — to the
 * engine's figures; the first document asks for the company's details; nothing overflows sideways; screenshots of
 * Today at 270 px in English and Chinese for the README (readmeImages.ts: docs/images under `npm run images`).
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
import { openSetup, openTab } from "./paneHelpers";
import { README_IMAGES } from "./readmeImages";

jest.setTimeout(240_000);

let session: PreviewSession;
let page: Page;
let pageErrors: string[];

const taskpane = () => page.getByTestId("taskpane");
const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `desk-${name}.png`) });

async function asOfOnPage(): Promise<number> {
  await openSetup(page);
  const p = parseDate(await taskpane().locator('input[data-kind="date"]').inputValue(), "auto");
  if (!p.ok) throw new Error("as-of date");
  return p.value;
}

async function forecastWeeks(): Promise<string[]> {
  await openTab(page, /^Forecast/);
  return taskpane().getByTestId("forecast-table").locator("tbody tr td:last-child").allInnerTexts();
}

async function noSidewaysOverflow(): Promise<void> {
  const over = await taskpane().evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(over).toBeLessThanOrEqual(0);
}

beforeAll(async () => {
  session = await openPreview({ query: "?pane=320", viewport: { width: 1100, height: 900 } });
  ({ page, pageErrors } = session);
  expect(await taskpane().evaluate((el) => getComputedStyle(el).width)).toBe("320px");
});

afterAll(async () => {
  await session?.close();
});

test("a call with a promise logged from Today: Today, the worklist and the forecast change without a new analysis", async () => {
  await analyzeRange(page, `Ledger!A1:J${SAMPLE.en.invoices + 1}`);
  const asOf = await asOfOnPage();
  const before = await forecastWeeks();
  await openTab(page, "Today");
  await taskpane().getByTestId("today-item").first().waitFor();
  await noSidewaysOverflow();
  await shot("01-today-320");
  const card = taskpane().getByTestId("today-item").first();
  const customer = await card.getByTestId("today-customer").innerText();
  const count = await taskpane().getByTestId("today-item").count();
  await expect(card.getByTestId("today-step").innerText()).resolves.toMatch(/^Next step: /);
  await card.getByRole("button", { name: "Log with details" }).click();
  const form = card.getByTestId("log-form");
  const promised = asOf + 15; // week 3
  await form.getByRole("textbox", { name: "Outcome" }).fill("will pay");
  await form.getByRole("textbox", { name: "Promised date (yyyy-mm-dd)" }).fill(isoFromSerial(promised));
  await form.getByRole("textbox", { name: "Promised amount" }).fill("1000");
  await form.getByRole("button", { name: "Add to the log" }).click();
  // The confirmation stays in view; the customer leaves Today (contacted today); no "Analyze again".
  await taskpane().getByTestId("desk-notice").getByText("Added to AR Lens Log", { exact: false }).waitFor();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="today-item"]').length === n - 1, count);
  expect(await taskpane().getByTestId("today-customer").allInnerTexts()).not.toContain(customer);
  await expect(taskpane().getByTestId("today-count").innerText()).resolves.toContain("Done today: 1");
  await noSidewaysOverflow();
  await shot("02-today-after-call-320");
  // The worklist: the customer now awaits the promised payment.
  await openTab(page, "Collections");
  const item = taskpane().getByTestId("work-item").filter({ hasText: customer }).first();
  await expect(item.getByTestId("next-action").innerText()).resolves.toBe("Await the promised payment");
  // The forecast: the engine's own result for the same ledger and log, to the cent.
  const s = SAMPLE.en;
  const { values } = generateLedger({
    seed: s.seed,
    customers: s.customers,
    invoices: s.invoices,
    asOf,
    language: "en",
  });
  const input = { values, sheet: s.sheet, topLeft: "A1" };
  const analysis = analyzeLedger(input, { asOf, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" });
  const log = parseContactLog(
    [
      ["Date", "Customer", "Channel", "Outcome", "Promised date", "Promised amount"],
      [asOf, customer, "Call", "will pay", promised, 1000],
    ],
    "AR Lens Log",
  );
  const desk = buildDesk(input, analysis, log, { dunning: DEFAULT_DUNNING, policy: DEFAULT_POLICY });
  expect(desk.moves).toHaveLength(1);
  const after = await forecastWeeks();
  expect(after).toEqual(desk.forecast.weeks.map((w) => formatMoney(w.expected, "CNY", "en")));
  expect(after).not.toEqual(before);
  await shot("03-forecast-after-promise-320");
});

test("the first document asks for the company's details, then is written; a claim file once insured", async () => {
  await openTab(page, "Collections");
  const first = taskpane().getByTestId("work-item").first();
  const customer = await first.getByRole("button").first().innerText();
  await first.getByRole("button").first().click();
  await taskpane().getByRole("button", { name: "Write statement" }).click();
  const company = taskpane().getByTestId("company-form");
  await company.getByRole("textbox", { name: /^Company name/ }).fill("Preview Trading Co.");
  await company.getByRole("textbox", { name: /^Address/ }).fill("88 Century Ave, Shanghai");
  await company.getByRole("textbox", { name: /^Contact person and phone/ }).fill("Li Wei, 021-5555 0100");
  await company.getByRole("textbox", { name: /^Bank/ }).fill("Bank of China, Shanghai Branch");
  await company.getByRole("textbox", { name: /^Account number/ }).fill("4563 5100 0000 1234");
  await company.getByRole("button", { name: "Save and write" }).click();
  await taskpane()
    .getByTestId("desk-notice")
    .getByText(`Statement ${customer}`.slice(0, 31), { exact: false })
    .waitFor();
  const settings = taskpane().getByTestId("desk-settings");
  await settings.locator("summary").click();
  await settings.getByRole("checkbox", { name: "Receivables are credit-insured" }).check();
  await settings.getByRole("button", { name: "Save in the workbook" }).click();
  await taskpane()
    .getByTestId("desk-alerts")
    .getByText("insurer", { exact: false })
    .first()
    .waitFor({ timeout: 60_000 });
  const again = taskpane().getByTestId("work-item").first();
  if ((await again.getByRole("button").first().getAttribute("aria-expanded")) !== "true")
    await again.getByRole("button").first().click();
  await taskpane().getByRole("button", { name: "Write claim file" }).click();
  await taskpane().getByTestId("desk-notice").getByText("Claim file", { exact: false }).waitFor();
  await noSidewaysOverflow();
  expect(pageErrors).toEqual([]);
});

test("Today at 270 px in English and Chinese: screenshots for the README", async () => {
  const narrow = await openPreview({ query: "?pane=270", viewport: { width: 1000, height: 1100 } });
  try {
    const p = narrow.page;
    const pane = p.getByTestId("taskpane");
    await analyzeRange(p, `Ledger!A1:J${SAMPLE.en.invoices + 1}`);
    await openTab(p, "Today");
    await pane.getByTestId("today-item").first().waitFor();
    expect(await pane.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await pane.screenshot({ path: join(README_IMAGES, "today-270-en.png") });
    await pane.getByRole("combobox", { name: "Language" }).selectOption("zh-CN");
    await pane.getByRole("tab", { name: "今日", selected: true }).waitFor();
    await pane.getByText("今日需联系", { exact: false }).first().waitFor();
    expect(await pane.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await pane.screenshot({ path: join(README_IMAGES, "today-270-zh.png") });
    expect(narrow.pageErrors).toEqual([]);
  } finally {
    await narrow.close();
  }
});
