/**
 * What a manager sees, in Debian's chromium: after an analysis the page itself never scrolls — on every result tab,
 * and when the wheel runs past the end of the pane — only the pane and the grid do; every chart a tab shows has its
 * two axis titles and no label under 11 px; in Chinese at 270 px no line begins with a closing mark (a lone 》); at
 * 270 px no setting's choice is cut; the written report opens on its answer (first screen) in English and Chinese;
 * the cash chart at 270 px. Screenshots of the report's first page and of the cash chart, EN and ZH (the Chinese
 * ones from a Chinese workbook: ?lang=zh, the Chinese ledger), are the README pictures (readmeImages.ts: docs/images
 * under `npm run images`).
 */
import { join } from "path";
import type { Page } from "playwright-core";
import { SAMPLE } from "../../src/preview/samples";
import { TAB_NAMES, openSetup, openTab, paneOf } from "./paneHelpers";
import { PreviewSession, openPreview } from "./previewSession";
import { README_IMAGES } from "./readmeImages";

jest.setTimeout(600_000);

const TABS = TAB_NAMES;
const CASH_TAB = 7;

let session: PreviewSession;
let page: Page;

beforeAll(async () => {
  session = await openPreview({ viewport: { width: 1280, height: 800 } });
  page = session.page;
});

afterAll(async () => {
  await session?.close();
});

/** How far the page itself can scroll (0 when only the pane and the grid scroll). */
const pageOverflow = () =>
  page.evaluate(() => {
    const root = document.scrollingElement!;
    return {
      down: root.scrollHeight - window.innerHeight,
      right: root.scrollWidth - window.innerWidth,
      scrolled: window.scrollY,
    };
  });

async function analyse(): Promise<void> {
  const box = page.getByLabel("Address");
  await box.fill(`Ledger!A1:J${SAMPLE.en.invoices + 1}`);
  await box.press("Enter");
  await paneOf(page).getByRole("button", { name: "Use selection" }).click();
  await paneOf(page)
    .getByRole("tab", { name: /^(Today|今日)/ })
    .waitFor(); // the results are in: they open on Today
  await openTab(page, /^(Overview|概览)/);
  await paneOf(page).getByTestId("kpi-total-open").waitFor();
}

/** Every chart on the open tab: its two axis titles and its smallest text (px), as the browser draws them. */
const chartsShown = () =>
  paneOf(page).evaluate((pane) =>
    [...pane.querySelectorAll('[data-testid="pane-chart"]')].map((chart) => ({
      titles: [...chart.querySelectorAll('[data-testid="axis-title"]')].map((t) => (t.textContent ?? "").trim()),
      smallest: Math.min(...[...chart.querySelectorAll("text")].map((t) => parseFloat(getComputedStyle(t).fontSize))),
    })),
  );

test("after an analysis the page never scrolls, on every tab and past the pane's end (EN and ZH)", async () => {
  await analyse();
  let charts = 0;
  for (const language of ["en", "zh-CN"] as const) {
    if (language === "zh-CN") await paneOf(page).getByRole("combobox", { name: "Language" }).selectOption("zh-CN");
    for (const tab of TABS[language]) {
      await openTab(page, tab);
      await paneOf(page).getByRole("tabpanel").waitFor();
      // Wheel far past the end of the pane: the pane scrolls to its end, the window must not follow.
      const pane = await paneOf(page).boundingBox();
      await page.mouse.move(pane!.x + pane!.width / 2, pane!.y + pane!.height / 2);
      for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 4000);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      expect({ language, tab, ...(await pageOverflow()) }).toEqual({ language, tab, down: 0, right: 0, scrolled: 0 });
      // Every chart the tab shows: two axis titles, no label under 11 px.
      for (const chart of await chartsShown()) {
        expect({ tab, titles: chart.titles.filter((t) => t.length > 0).length }).toEqual({ tab, titles: 2 });
        expect(chart.smallest).toBeGreaterThanOrEqual(11);
      }
      charts += (await chartsShown()).length;
    }
    await paneOf(page)
      .getByRole("combobox", { name: /^(Language|语言)$/ })
      .selectOption("en");
  }
  // The trend and aging charts (Overview), the forecast's and the cash plan's, in both languages.
  expect(charts).toBe(8);
});

async function writeReportAndShoot(language: "en" | "zh-CN"): Promise<void> {
  const pane = paneOf(page);
  await pane.getByRole("combobox", { name: /^(Language|语言)$/ }).selectOption(language);
  await pane.getByRole("button", { name: language === "en" ? "Write report to workbook" : "将报告写入工作簿" }).click();
  await pane.getByTestId("written").waitFor({ timeout: 120_000 });
  const sheet = language === "en" ? "AR Lens Report" : "应收账款分析";
  await page.getByRole("tab", { name: sheet }).waitFor();
  const a1 = page.locator('[data-testid="grid"] td[data-cell="A1"]');
  expect(await a1.innerText()).toBe(language === "en" ? "AR Lens — receivables report" : "AR Lens — 应收账款分析报告");
  expect(await page.locator('[data-testid="grid"] td[data-cell="A8"]').innerText()).toBe(
    language === "en" ? "Owed to us in total" : "应收账款总额",
  );
  await page
    .locator('[data-testid="grid"]')
    .screenshot({ path: join(README_IMAGES, `report-first-page-${language === "en" ? "en" : "zh"}.png`) });
  expect((await pageOverflow()).down).toBe(0);
}

/** The cash chart at 270 px: axis titles, the buffer, the low point labelled, labels ≥ 11 px; its screenshot. */
async function shootCashChart(language: "en" | "zh-CN"): Promise<void> {
  await page.getByLabel(/^(Taskpane width|任务窗格宽度)$/).selectOption("270");
  // The pointer away from the pane: a hovered point changes the readout line above the chart (and its height).
  await page.mouse.move(5, 5);
  await paneOf(page)
    .getByRole("combobox", { name: /^(Language|语言)$/ })
    .selectOption(language);
  await openTab(page, TABS[language][CASH_TAB]);
  const chart = paneOf(page).getByTestId("cash-chart");
  await chart.waitFor();
  await chart.scrollIntoViewIfNeeded();
  const facts = await chart.evaluate((el) => ({
    titles: [...el.querySelectorAll('[data-testid="axis-title"]')].map((t) => t.textContent),
    smallest: Math.min(...[...el.querySelectorAll("svg text")].map((t) => parseFloat(getComputedStyle(t).fontSize))),
    buffer: el.querySelectorAll('[data-testid="chart-reference"]').length,
    mark: el.querySelector('[data-testid="chart-mark"]')?.textContent ?? "",
  }));
  expect(facts.titles).toHaveLength(2);
  expect(facts.smallest).toBeGreaterThanOrEqual(11);
  expect(facts.buffer).toBe(1);
  expect(facts.mark).toMatch(language === "en" ? /^Low point / : /^最低点 /);
  // A clip of the page rather than an element shot: Playwright's wait for a "stable" element never ends in
  // Chinese at 270 px (the chart's box keeps shifting by a pixel; noted for a follow-up).
  const box = (await chart.boundingBox())!;
  await page.screenshot({
    path: join(README_IMAGES, `cash-chart-270-${language === "en" ? "en" : "zh"}.png`),
    clip: { x: box.x, y: box.y, width: box.width, height: box.height },
  });
}

/** Closing marks (》）。，；：”) a line of the pane begins with, found character by character in the rendered text. */
const linesStartingWithClosingMark = () =>
  paneOf(page).evaluate((pane) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
    const box = (node: Node, i: number) => {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      return range.getBoundingClientRect();
    };
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      for (let i = 1; i < text.length; i++) {
        if (!"》）。，；：”".includes(text[i])) continue;
        const [mark, before] = [box(node, i), box(node, i - 1)];
        if (mark.width && before.width && mark.top > before.top + 4) found.push(text.slice(Math.max(0, i - 12), i + 1));
      }
    }
    return found;
  });

/** Each drop-down's choices wider than its box shows them: measured in the select's own font against its room. */
function cutIn(root: Element, least: number): string[] {
  const context = document.createElement("canvas").getContext("2d")!;
  const selects = [...root.querySelectorAll("select")];
  const cut: string[] = selects.length < least ? [`only ${selects.length} drop-downs measured`] : [];
  for (const select of selects) {
    const style = getComputedStyle(select);
    context.font = style.font;
    // Room for text: the box less its padding (the arrow sits in the right padding).
    const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    for (const option of select.options) if (context.measureText(option.text).width > room + 1) cut.push(option.text);
  }
  return cut;
}

/**
 * The setup's drop-downs with a choice wider than the box shows it (the issue's "Days past due d…"): the mapping
 * and More settings opened; then the collections desk's settings (the letters' interest rules among them).
 */
async function cutChoices(): Promise<string[]> {
  // On Today, so the choices measured are the setup's (the mapping and the settings), not a tab's own.
  await openTab(page, /^(Today|今日)/);
  await openSetup(page);
  const more = paneOf(page).getByTestId("more-settings");
  if ((await more.getAttribute("open")) === null) await more.locator("summary").click();
  const setup = await paneOf(page).evaluate(cutIn, 10);
  await openTab(page, /^(Collections|催收)$/);
  const desk = paneOf(page).getByTestId("desk-settings");
  if ((await desk.getAttribute("open")) === null) await desk.locator("summary").first().click();
  return [...setup, ...(await desk.evaluate(cutIn, 2))];
}

test("the written report opens on its answer, EN (screenshot of the first page)", async () => {
  await writeReportAndShoot("en");
});

test("the cash chart at 270 px, EN (screenshot); every setting's choices fit their box", async () => {
  await shootCashChart("en");
  expect(await cutChoices()).toEqual([]);
  expect(session.pageErrors).toEqual([]);
});

test("a Chinese workbook (?lang=zh, the Chinese ledger 台账): the report's first page and the cash chart (screenshots)", async () => {
  const zh = await openPreview({ query: "?lang=zh", viewport: { width: 1280, height: 800 } });
  page = zh.page;
  try {
    const box = page.getByLabel("地址");
    await box.fill(`${SAMPLE.zh.sheet}!A1:J${SAMPLE.zh.invoices + 1}`);
    await box.press("Enter");
    await paneOf(page).getByRole("button", { name: "使用所选区域" }).click();
    await paneOf(page).getByRole("tab", { name: /^今日/ }).waitFor({ timeout: 120_000 });
    await writeReportAndShoot("zh-CN");
    await shootCashChart("zh-CN");
    // At 270 px no line of any tab begins with a closing mark wrapped away from its text (a lone 》).
    for (const tab of TABS["zh-CN"]) {
      await openTab(page, tab);
      expect({ tab, lines: await linesStartingWithClosingMark() }).toEqual({ tab, lines: [] });
    }
    expect(await cutChoices()).toEqual([]);
    expect(zh.pageErrors).toEqual([]);
  } finally {
    page = session.page;
    await zh.close();
  }
});
