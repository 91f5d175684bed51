/**
 * Print as it will print: each kind of document (statement, letter, payment plan, claim file) written from the
 * preview, shown as its A4 pages (the preview's page layout) and printed by the browser to PDF — the sheet alone,
 * one page wide, no text cut — in English and in Chinese.
 */
import { join } from "path";
import type { Page } from "playwright-core";
import { SAMPLE } from "../../src/preview/samples";
import { PreviewSession, SCREENSHOTS, analyzeRange, openPreview } from "./previewSession";
import { openTab } from "./paneHelpers";

jest.setTimeout(300_000);

let session: PreviewSession;
let page: Page;
const taskpane = () => page.getByTestId("taskpane");

beforeAll(async () => {
  session = await openPreview({ query: "?pane=450", viewport: { width: 1400, height: 1000 } });
  ({ page } = session);
  await analyzeRange(page, `Ledger!A1:J${SAMPLE.en.invoices + 1}`);
  // Insured, so that the claim file is offered; the company's details once, as the first document asks for them.
  await openTab(page, "Collections");
  const settings = taskpane().getByTestId("desk-settings");
  await settings.locator("summary").click();
  await settings.getByRole("checkbox", { name: "Receivables are credit-insured" }).check();
  for (const [key, value] of [
    ["name", "Preview Trading Co. / 预览贸易有限公司"],
    ["address", "88 Century Avenue, Pudong, Shanghai 200120"],
    ["contact", "Li Wei, +86 21 5555 0100"],
    ["bank", "Bank of China, Shanghai Pudong Branch"],
    ["account", "4563 5100 0000 1234 567"],
  ])
    await settings.getByTestId(`company-${key}`).fill(value);
  await settings.getByRole("button", { name: /Save in the workbook|保存到工作簿/ }).click();
  await taskpane().getByTestId("desk-notice").waitFor();
});

afterAll(async () => {
  await session?.close();
});

/** Opens the first worklist customer with a payment plan (else the first) and returns its card. */
async function customerWithPlan() {
  const items = taskpane().getByTestId("work-item");
  const n = await items.count();
  for (let i = 0; i < n; i++) {
    const item = items.nth(i);
    const toggle = item.getByRole("button").first();
    if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
    if ((await item.getByRole("button", { name: /Write payment plan|还款计划确认函/ }).count()) > 0) return item;
    await toggle.click();
  }
  throw new Error("no customer with a payment plan in the sample");
}

const seen = new Set<string>();

/** Clicks a document button and returns the new sheet's name from its confirmation (next to the customer's form). */
async function write(item: ReturnType<typeof taskpane>, name: RegExp): Promise<string> {
  await item.getByRole("button", { name }).click();
  for (let tries = 0; tries < 300; tries++) {
    const notice = item.getByTestId("desk-notice");
    const text = (await notice.count()) > 0 ? (await notice.innerText()).trim() : "";
    const m = /new sheet (.+)\.$|新工作表“(.+)”/.exec(text);
    const sheet = m ? (m[1] ?? m[2]).trim() : null;
    if (sheet && !seen.has(sheet)) return (seen.add(sheet), sheet);
    if (/error|错误/i.test(text)) throw new Error(text);
    await page.waitForTimeout(100);
  }
  throw new Error(`no new sheet written by ${name}`);
}

/** The sheet as its A4 pages: one page wide (the table within the printable width), no cell's text cut. */
async function printed(sheet: string, file: string): Promise<void> {
  await page
    .getByRole("tablist", { name: /Sheets|工作表/ })
    .getByRole("tab", { name: sheet, exact: true })
    .click();
  await page.getByTestId("page-layout").check();
  await page.getByTestId("print-page").first().waitFor();
  const check = await page.evaluate(() => {
    const pages = [...document.querySelectorAll<HTMLElement>("[data-testid=print-page]")];
    const cut = [...document.querySelectorAll<HTMLElement>("[data-print-cell]")]
      .filter((c) => c.scrollWidth > c.clientWidth + 1)
      .map((c) => c.textContent);
    const wide = pages.filter((p) => {
      const t = p.querySelector<HTMLElement>("[data-testid=print-table]")!;
      const style = getComputedStyle(p);
      return t.offsetWidth > p.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) + 1;
    }).length;
    return { pages: pages.length, widths: pages.map((p) => Math.round(p.getBoundingClientRect().width)), cut, wide };
  });
  expect(check.cut).toEqual([]);
  expect(check.wide).toBe(0);
  expect(check.widths.every((w) => w === 794)).toBe(true); // 210 mm at 96 dpi
  await page.screenshot({ path: join(SCREENSHOTS, `print-${file}.png`) });
  const pdf = await page.pdf({
    preferCSSPageSize: true,
    printBackground: true,
    path: join(SCREENSHOTS, `print-${file}.pdf`),
  });
  const text = pdf.toString("latin1");
  expect(text.startsWith("%PDF")).toBe(true);
  // A4 portrait (595 × 842 points): every printed page is one page wide.
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
    Math.round(Number(m[1])),
    Math.round(Number(m[2])),
  ]);
  expect(boxes.length).toBeGreaterThanOrEqual(1);
  expect(boxes.every(([w, h]) => w === 595 && h === 842)).toBe(true);
  await page.getByTestId("page-layout").uncheck();
}

for (const language of ["en", "zh-CN"] as const) {
  test(`every kind of document prints one page wide with no text cut (${language})`, async () => {
    if (language === "zh-CN") await taskpane().getByRole("combobox", { name: "Language" }).selectOption("zh-CN");
    await openTab(page, language === "en" ? "Collections" : "催收");
    const item = await customerWithPlan();
    const sheets = [
      await write(item, /Write statement|生成对账函/),
      await write(item, /^Write (reminder|demand|final notice) letter$|^生成(付款提醒函|催款函|最后催款通知)$/),
      await write(item, /Write payment plan|还款计划确认函/),
      await write(item, /Write claim file|索赔材料/),
    ];
    for (const [i, sheet] of sheets.entries()) await printed(sheet, `${language}-${i}`);
    expect(session.pageErrors).toEqual([]);
  });
}
