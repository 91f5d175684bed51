/**
 * The cash plan in one currency on the preview's exporter at a 270 px pane: analyse its USD/EUR ledger with CNY as
 * the reporting currency, use its CNY bills, its flows (one in USD) and its rates table — read in the Cash tab into
 * the pane's one rates table, the analysis run again with it — choose "USD −5 %", and read each scenario's low
 * point; then the same in Chinese. No horizontal overflow anywhere.
 */
import { join } from "path";
import type { Page } from "playwright-core";
import { todaySerial } from "../../src/engine/core/dates";
import { EXPORTER_RATES, generateExporter } from "../../src/engine/sample/generateExporter";
import { EXPORTER_INVOICES, EXPORTER_SAMPLE } from "../../src/preview/sampleExporter";
import { PreviewSession, SCREENSHOTS, analyzeRange, openPreview } from "./previewSession";
import { openTab } from "./paneHelpers";

jest.setTimeout(180_000);

let session: PreviewSession;
let page: Page;
const taskpane = () => page.getByTestId("taskpane");
const quoted = (sheet: string) => (/^[A-Za-z]+$/.test(sheet) ? sheet : `'${sheet}'`);

async function goTo(address: string): Promise<void> {
  const box = page.getByLabel("Address");
  await box.fill(address);
  await box.press("Enter");
}

async function overflow(): Promise<number> {
  return page.evaluate(() => {
    const pane = document.querySelector('[data-testid="taskpane"]') as HTMLElement;
    return pane.scrollWidth - pane.clientWidth;
  });
}

/** The amount of a scenario's "Lowest cash" line, as a number (its week number taken out first). */
async function lowest(kind: string): Promise<number> {
  const text = await taskpane().getByTestId(`scenario-${kind}`).innerText();
  const line = text.split("\n").find((l) => /Lowest cash|最低现金/.test(l)) ?? "";
  const m = /(-)?[^\d\s-]*([\d,]+\.\d\d)/.exec(line.replace(/第 \d+ 周|in week \d+/, ""));
  if (!m) throw new Error(`no lowest cash in: ${text}`);
  return (m[1] ? -1 : 1) * Number(m[2].replace(/,/g, ""));
}

beforeAll(async () => {
  session = await openPreview({ query: "?pane=270", viewport: { width: 1100, height: 1400 } });
  page = session.page;
  await page.evaluate(() => {
    (document.querySelector('[data-testid="taskpane"]') as HTMLElement).style.width = "270px";
  });
});

afterAll(async () => {
  await session?.close();
});

test("the exporter's cash plan in CNY with USD −5 %: the currency scenario beside the others, low point each", async () => {
  const s = EXPORTER_SAMPLE.en;
  await analyzeRange(page, `${quoted(s.ledger)}!A1:K${EXPORTER_INVOICES + 1}`);
  // The rates table is to CNY: CNY is chosen as the reporting currency in the setup's rates step.
  await taskpane().getByTestId("setup-toggle").click();
  await taskpane().getByTestId("reporting-currency").selectOption("CNY");
  await taskpane().getByTestId("setup-toggle").click();
  await openTab(page, "Cash plan");
  await taskpane().getByTestId("cash-tab").waitFor();
  await goTo(`${quoted(s.payables)}!A1`);
  await taskpane().getByTestId("use-payables").click();
  await taskpane().getByTestId("payables-summary").waitFor();
  await goTo(`${quoted(s.flows)}!A1:F6`);
  await taskpane().getByTestId("flows-from-selection").click();
  await taskpane().getByTestId("flows-read").waitFor();
  expect(await taskpane().getByTestId("flows").locator("li").count()).toBe(5);
  expect(await taskpane().getByTestId("flows").locator("li").last().innerText()).toMatch(/USD/); // the forwarder
  await goTo(`${quoted(s.rates)}!A1:C3`);
  await taskpane().getByTestId("use-rates").click();
  await taskpane().getByTestId("cash-rates-read").waitFor();
  expect(await taskpane().getByTestId("cash-rates-read").innerText()).toMatch(/2 rates to CNY/);
  // The analysis ran again with them: the Cash tab shows the rates it (and so the plan) used — one table.
  await taskpane().getByTestId("cash-rates-in-use").waitFor();
  expect(await taskpane().getByTestId("cash-rates-in-use").innerText()).toMatch(/USD 7\.1235[\s\S]*EUR/);
  expect(await taskpane().getByTestId("rates-table").innerText()).toMatch(/USD[\s\S]*EUR/); // the setup's, the same

  await taskpane().getByTestId("cash-fx-currency").selectOption("USD");
  await taskpane().getByTestId("cash-fx-move").fill("-5");
  await taskpane().getByTestId("update-cash").click();
  await taskpane().getByTestId("scenario-currency").waitFor();
  expect(await taskpane().getByTestId("cash-reporting").innerText()).toMatch(/Every figure in CNY/);
  const usd = await taskpane().getByTestId("scenario-currency").innerText();
  expect(usd).toMatch(/USD −5 % against CNY/);
  expect(usd).toMatch(/USD at 6\.767325 instead of 7\.1235/);
  expect(usd).toMatch(/Lowest cash: ¥/); // the plan's figures in the reporting currency
  // Beside the lateness and default scenarios, each with its low point.
  const cards = taskpane().locator('[data-testid^="scenario-"]');
  const ids = await cards.evaluateAll((els) => els.map((e) => e.getAttribute("data-testid")));
  expect(ids).toEqual(expect.arrayContaining(["scenario-base", "scenario-late", "scenario-currency"]));
  for (const text of await cards.allInnerTexts()) expect(text).toMatch(/Lowest cash: -?¥[\d,]+\.\d\d/);
  const [plan, stressed] = [await lowest("base"), await lowest("currency")];
  expect(stressed).toBeLessThan(plan); // an exporter is hurt when the dollar falls
  expect(await taskpane().getByTestId("cash-left-out").count()).toBe(0);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await taskpane().getByTestId("cash-currencies").scrollIntoViewIfNeeded();
  await taskpane().screenshot({ path: join(SCREENSHOTS, "cash-currency-01-en.png") });

  await taskpane().getByRole("combobox", { name: "Language" }).selectOption("zh-CN");
  await taskpane().getByText("汇率情景").first().waitFor();
  expect(await taskpane().getByTestId("scenario-currency").innerText()).toMatch(/USD 兑 CNY 汇率 −5%/);
  expect(await taskpane().getByTestId("cash-reporting").innerText()).toMatch(/本币 CNY/);
  expect(await lowest("currency")).toBe(stressed);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await taskpane().getByTestId("scenario-currency").scrollIntoViewIfNeeded();
  await taskpane().screenshot({ path: join(SCREENSHOTS, "cash-currency-02-zh.png") });
  expect(session.pageErrors).toEqual([]);
});

/** The breakdown's figures that wrap onto a second line at this width (a figure split mid-digit cannot be read). */
async function brokenFigures(): Promise<string[]> {
  return page.evaluate(() => {
    const cells = document.querySelectorAll(
      '[data-testid="currency-row"] th, [data-testid="currency-row"] td, [data-testid="currency-total"]',
    );
    return Array.from(cells)
      .filter((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
        return tops.size > 1;
      })
      .map((cell) => (cell as HTMLElement).innerText);
  });
}

/** A money readout as a number: "¥13,879,114.89" → 13879114.89, "-¥4,035.03" → −4035.03. */
const amountOf = (text: string) => Number(text.replace(/[^\d.-]/g, ""));

test("the same analysis on the Overview, in Chinese then English: 原币, 本币, 汇率 and 汇兑损益, totals by hand", async () => {
  // By hand from the preview's own books (generated for today): each unpaid invoice's booked CNY amount (本币金额),
  // and its amount (原币) at today's rate from the rates table; the gain or loss is today's less the booked.
  const rows = generateExporter(todaySerial(), "en", EXPORTER_SAMPLE.en.seed).ledger.slice(1);
  const unpaid = rows.filter((r) => typeof r[8] !== "number");
  const cents = (x: number) => Math.round(x * 100);
  const booked = unpaid.reduce((s, r) => s + cents(r[7] as number), 0);
  const today = unpaid.reduce((s, r) => s + cents((r[4] as number) * EXPORTER_RATES[r[5] as "USD" | "EUR"]), 0);
  await openTab(page, "概览"); // the first test ended in Chinese
  const section = taskpane().getByTestId("currency-section");
  await section.waitFor();
  const zh = await section.innerText();
  for (const word of ["原币", "本币", "汇率", "汇兑损益", "台账记账汇率"]) expect(zh).toContain(word);
  expect(cents(amountOf(await taskpane().getByTestId("currency-total").innerText()))).toBe(booked);
  expect(cents(amountOf(await taskpane().getByTestId("currency-gain-loss").innerText()))).toBe(today - booked);
  expect(cents(amountOf(await taskpane().getByTestId("kpi-total-open").innerText()))).toBe(booked);
  expect(await overflow()).toBeLessThanOrEqual(0);
  expect(await brokenFigures()).toEqual([]);
  await section.scrollIntoViewIfNeeded();
  await taskpane().screenshot({ path: join(SCREENSHOTS, "currency-overview-01-zh.png") });

  await taskpane().getByRole("combobox", { name: "语言" }).selectOption("en");
  await taskpane().getByText("Exchange gain (loss)").first().waitFor();
  expect(await brokenFigures()).toEqual([]);
  const en = await section.innerText();
  expect(en).toMatch(/USD [\d,]+\.\d\d = ¥[\d,]+\.\d\d at [\d.]+, as booked in the ledger/);
  expect(en).toMatch(/open at booked rates ¥[\d,.]+, at today's 7\.1235 ¥[\d,.]+: unrealised exchange (gain|loss)/);
  expect(cents(amountOf(await taskpane().getByTestId("currency-total").innerText()))).toBe(booked);
  expect(session.pageErrors).toEqual([]);
});
