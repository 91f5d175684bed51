/**
 * The preview's fixes, in Debian's chromium: each sheet keeps its own selection (the ƒx bar and "Use
 * selection" act on the visible sheet), its own scroll position; going to an address (address box, an issue's link)
 * scrolls the cell into view; a new report opens at A1 with its charts drawn; "Paste CSV" keeps the grid above the
 * sheet tabs and the page without a scrollbar; the taskpane width switcher (?pane=). Screenshots: preview-*.png.
 */
import { openTab } from "./paneHelpers";
import { mkdirSync } from "fs";
import { join, resolve } from "path";
import type { Page } from "playwright-core";
import { SAMPLE } from "../../src/preview/samples";
import { launchBrowser } from "./browser";
import { startServer } from "./staticServer";

jest.setTimeout(180_000);

const SCREENSHOTS = resolve(__dirname, "../../test-output/screenshots");
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
const requests: string[] = [];
const pageErrors: string[] = [];

const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `preview-${name}.png`) });
const taskpane = () => page.getByTestId("taskpane");
const grid = () => page.getByTestId("grid");
const cell = (a1: string) => page.locator(`[data-testid="grid"] td[data-cell="${a1}"]`);
const sheetTab = (name: string) =>
  page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name, exact: true });
const address = () => page.getByLabel("Address").inputValue();

async function goTo(a: string): Promise<void> {
  const box = page.getByLabel("Address");
  await box.fill(a);
  await box.press("Enter");
}

/** The cell is drawn and lies wholly inside the grid's visible box, below the sticky column letters. */
function cellInView(a1: string): boolean {
  const g = document.querySelector('[data-testid="grid"]') as HTMLElement | null;
  const c = g?.querySelector(`td[data-cell="${a1}"]`) as HTMLElement | null;
  if (!g || !c) return false;
  const gb = g.getBoundingClientRect();
  const cb = c.getBoundingClientRect();
  const head = (g.querySelector("thead") as HTMLElement).getBoundingClientRect().height;
  const top = gb.top + g.clientTop;
  const left = gb.left + g.clientLeft;
  return (
    cb.top >= top + head - 1 &&
    cb.bottom <= top + g.clientHeight + 1 &&
    cb.left >= left - 1 &&
    cb.right <= left + g.clientWidth + 1
  );
}

const onScreen = (a1: string) => page.evaluate(cellInView, a1);
/** Waits (without a fixed delay) for the grid to draw the cell in view after a scroll; false if it never does. */
const comesOnScreen = (a1: string) =>
  page.waitForFunction(cellInView, a1, { timeout: 5_000 }).then(
    () => true,
    () => false,
  );

async function open(search = ""): Promise<void> {
  await page.goto(`${server.url}/preview.html${search}`);
  await page.getByRole("button", { name: "Use selection" }).waitFor();
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.context.newPage();
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await open();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("a sheet tab switched without clicking a cell: ƒx writes to the visible sheet only", async () => {
  const ledgerA1 = await cell("A1").innerText();
  await sheetTab("Formulas").click();
  expect(await address()).toBe("Formulas!A1");
  const bar = page.getByLabel("Formula bar");
  await bar.fill("Typed on Formulas");
  await bar.press("Enter");
  expect(await cell("A1").innerText()).toBe("Typed on Formulas");
  await sheetTab("Ledger").click();
  expect(await cell("A1").innerText()).toBe(ledgerA1);
  // The Ledger's own selection came back with it.
  expect(await address()).toBe(`Ledger!A1:J${SAMPLE.en.invoices + 1}`);
});

test('"Use selection" after switching to 台账 reads 台账', async () => {
  await sheetTab("台账").click();
  await taskpane().getByRole("button", { name: "Use selection" }).click();
  await page.waitForFunction(() => /台账/.test(document.querySelector('[data-testid="source"]')?.textContent ?? ""));
  expect(await taskpane().getByTestId("source").innerText()).toMatch(
    new RegExp(`台账'?!A1:J${SAMPLE.zh.invoices + 1}`),
  );
});

test("going to Ledger!A2500 scrolls it into view; each sheet keeps its scroll position", async () => {
  await sheetTab("Formulas").click();
  await goTo("Ledger!A2500");
  expect(await sheetTab("Ledger").getAttribute("aria-selected")).toBe("true");
  expect(await comesOnScreen("A2500")).toBe(true);
  await shot("goto-a2500");
  await sheetTab("Formulas").click();
  expect(await comesOnScreen("A1")).toBe(true);
  await sheetTab("Ledger").click();
  expect(await comesOnScreen("A2500")).toBe(true);
  expect(await onScreen("A1")).toBe(false);
  // Far to the right, then back: the column comes into view too.
  await goTo("Ledger!Z3");
  expect(await comesOnScreen("Z3")).toBe(true);
});

test("a written report opens at A1 (though the Ledger was scrolled right and down) with its charts drawn", async () => {
  await goTo(`Ledger!A1:J${SAMPLE.en.invoices + 1}`);
  await taskpane().getByRole("button", { name: "Use selection" }).click();
  await page.waitForFunction(() =>
    /Ledger!A1:J/.test(document.querySelector('[data-testid="source"]')?.textContent ?? ""),
  );
  await page.getByTestId("taskpane").getByTestId("tab-bar").waitFor({ timeout: 120_000 });
  await openTab(page, /^(Overview|概览)$/); // results open on Today
  await taskpane().getByTestId("kpi-total-open").waitFor();
  await goTo("Ledger!Z2900");
  await taskpane().getByRole("button", { name: "Write report to workbook" }).click();
  await taskpane().getByTestId("written").waitFor({ timeout: 60_000 });
  await page.getByRole("tab", { name: "AR Lens Report" }).waitFor();
  expect(await address()).toBe("'AR Lens Report'!A1");
  expect(await comesOnScreen("A1")).toBe(true);
  expect(await grid().evaluate((g) => [g.scrollTop, g.scrollLeft])).toEqual([0, 0]);
  await shot("report-a1");
  const charts = grid().getByTestId("sheet-chart");
  expect(await charts.count()).toBeGreaterThanOrEqual(2);
  for (let i = 0; i < (await charts.count()); i++) {
    const chart = charts.nth(i);
    // Bars (or lines) with a value axis of several ticks, and the values as text for screen readers.
    expect(await chart.locator("rect[height], polyline").count()).toBeGreaterThan(1);
    expect(await chart.getByTestId("value-axis").locator("text").count()).toBeGreaterThan(2);
    expect(await chart.locator("desc").textContent()).toMatch(/\d/);
  }
  await charts.first().scrollIntoViewIfNeeded();
  await shot("report-charts");
});

test("a row issue's link in the taskpane scrolls its cell into view", async () => {
  const rows = ["Customer,Invoice No,Invoice Date,Due Date,Amount"];
  // Amounts that look like money (cents, a spread): a run of consecutive whole numbers would be asked about as an ID.
  const amount = (i: number) => ((i * 7919) % 5000) + 100 + (i % 100) / 100;
  for (let i = 1; i < 400; i++) rows.push(`C${i % 7},${i},2025-01-01,2025-01-31,${i === 350 ? "lots" : amount(i)}`);
  await page.getByText("Paste CSV").click();
  await page.getByLabel("CSV text").fill(rows.join("\n"));
  await page.getByRole("button", { name: "Load pasted CSV" }).click();
  await sheetTab("Pasted").waitFor();
  await taskpane().getByRole("button", { name: "Use selection" }).click();
  const link = taskpane()
    .getByTestId("issues")
    .getByRole("button", { name: /Pasted!E351/ });
  await link.waitFor();
  expect(await onScreen("E351")).toBe(false);
  await link.click();
  await page.waitForFunction(
    () => (document.querySelector('input[aria-label="Address"]') as HTMLInputElement).value === "Pasted!E351",
  );
  expect(await comesOnScreen("E351")).toBe(true);
});

test('"Paste CSV" open: the grid stays above the sheet tabs and the page has no scrollbar', async () => {
  await open();
  const tabsBefore = (await page.getByRole("tablist", { name: "Sheets" }).boundingBox())!;
  await page.getByText("Paste CSV").click();
  await page.getByLabel("CSV text").waitFor();
  const g = (await grid().boundingBox())!;
  const tabs = (await page.getByRole("tablist", { name: "Sheets" }).boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(g.y + g.height).toBeLessThanOrEqual(tabs.y + 1);
  expect(tabs.y + tabs.height).toBeLessThanOrEqual(viewport.height + 1);
  expect(tabs.y).toBeCloseTo(tabsBefore.y, 0);
  const page_ = await page.evaluate(() => ({
    sh: document.documentElement.scrollHeight,
    ch: document.documentElement.clientHeight,
    sw: document.documentElement.scrollWidth,
    cw: document.documentElement.clientWidth,
  }));
  expect(page_.sh).toBeLessThanOrEqual(page_.ch);
  expect(page_.sw).toBeLessThanOrEqual(page_.cw);
  await shot("paste-csv-open");
  await page.getByText("Paste CSV").click();
});

test("the taskpane width: 320 px by default, ?pane=270 and the switcher set it", async () => {
  const paneWidth = () => taskpane().evaluate((el) => Math.round(el.getBoundingClientRect().width - el.clientLeft));
  expect(await paneWidth()).toBe(320);
  await open("?pane=270");
  expect(await paneWidth()).toBe(270);
  expect(await page.getByLabel("Taskpane width").inputValue()).toBe("270");
  await shot("pane-270");
  for (const w of [350, 450]) {
    await page.getByLabel("Taskpane width").selectOption(String(w));
    expect(await paneWidth()).toBe(w);
  }
  await shot("pane-450");
});

test("no request left localhost and the page raised no errors", () => {
  const outside = requests.filter((u) => !/^(https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/|data:|blob:)/.test(u));
  expect(outside).toEqual([]);
  expect(pageErrors).toEqual([]);
});
