/**
 * The cash plan in one currency on the preview's exporter at a 270 px pane: analyse its USD/EUR ledger with CNY as
 * the reporting currency, use its CNY bills, its flows (one in USD) and its rates table — read in the Cash tab into
 * the pane's one rates table, the analysis run again with it — choose "USD −5 %", and read each scenario's low
 * point; then the same in Chinese. No horizontal overflow anywhere.
 */
import { join } from "path";
import type { Page } from "playwright-core";
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
