/**
 * The taskpane at the widths Excel opens it (270 px Mac, 320 Windows, 350 web) and a widened 450 px, in English and
 * Chinese: on every result tab (with a customer's details and the setup open), no element of the pane is wider
 * than the pane — the pane's scrollWidth ≤ its clientWidth, every descendant's box lies inside the pane, and every
 * descendant's scrollWidth ≤ its clientWidth — except intentional sideways scrolling (`data-scroll="x"`, the "wide
 * view" of a table) and names cut on purpose with an ellipsis (full text in their tooltip). The tab bar moves the
 * tabs that do not fit into its "More" menu. axe: no serious or critical violation at any width. Screenshots:
 * test-output/screenshots/width-<px>-<lang>-<tab>.png.
 *
 * The pane's width is set with the preview's "Taskpane width" switcher.
 */
import { mkdirSync } from "fs";
import { join, resolve } from "path";
import type { Page } from "playwright-core";
import { SAMPLE } from "../../src/preview/samples";
import { launchBrowser } from "./browser";
import { TAB_NAMES, openSetup, openTab, paneOf } from "./paneHelpers";
import { startServer } from "./staticServer";

jest.setTimeout(600_000);

const SCREENSHOTS = resolve(__dirname, "../../test-output/screenshots");
const WIDTHS = [270, 320, 350, 450];
const SHOT_WIDTHS = new Set([270, 450]);
const LANGS = [
  {
    code: "en",
    label: "Language",
    tabs: TAB_NAMES.en,
  },
  {
    code: "zh-CN",
    label: "语言",
    tabs: TAB_NAMES["zh-CN"],
  },
] as const;
const FILE_TAB = ["today", "overview", "customers", "plans", "alerts", "insurance", "forecast", "cash", "collections"];

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
const shots: string[] = [];
const pageErrors: string[] = [];

async function setPaneWidth(px: number): Promise<void> {
  // The preview's own width switcher (src/preview/paneWidth.ts): the pane's content box is `px` wide.
  await page.getByLabel("Taskpane width").selectOption(String(px));
  await page.waitForFunction((w) => {
    const el = document.querySelector<HTMLElement>('[data-testid="taskpane"]')!;
    return Math.round(el.getBoundingClientRect().width - el.clientLeft) === w;
  }, px);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Every element wider than the pane or sticking out of it, described for the failure message. */
async function overflowing(): Promise<string[]> {
  // The tab bar re-measures after a change of width, language or tab (Fluent's Overflow, on a ResizeObserver):
  // wait for it to settle — if it never fits, this times out and the test fails.
  await page.waitForFunction(
    () => {
      const list = document.querySelector<HTMLElement>('[data-testid="taskpane"] [role="tablist"]');
      return !list || list.scrollWidth <= list.clientWidth;
    },
    undefined,
    { timeout: 10_000 },
  );
  return page.evaluate(() => {
    const pane = document.querySelector<HTMLElement>('[data-testid="taskpane"]')!;
    const box = pane.getBoundingClientRect();
    const bad: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.getAttribute("data-testid") ? `[${el.getAttribute("data-testid")}]` : ""}.${el.className && typeof el.className === "string" ? el.className.split(" ")[0] : ""} "${(el.textContent ?? "").trim().slice(0, 40)}"`;
    if (pane.scrollWidth > pane.clientWidth)
      bad.push(`pane scrollWidth ${pane.scrollWidth} > clientWidth ${pane.clientWidth}`);
    for (const el of Array.from(pane.querySelectorAll<HTMLElement>("*"))) {
      const scroller = el.closest('[data-scroll="x"]');
      if (scroller && scroller !== el) continue; // inside an intentional sideways scroll region
      // Fluent's focus sentinels sit off-screen on purpose; text for screen readers only is clipped to 1 px.
      if (el.closest("[data-tabster-dummy]") || el.closest("[data-visually-hidden]")) continue;
      const style = getComputedStyle(el);
      if (style.display === "none" || style.visibility === "hidden") continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (style.position === "absolute" && style.clip !== "auto") continue; // visually hidden text for screen readers
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5)
        bad.push(
          `${name(el)} spans ${Math.round(r.left - box.left)}..${Math.round(r.right - box.left)} of ${Math.round(box.width)}`,
        );
      // A tab's selection indicator slides from the previous tab (a transform): its box, checked above, is what counts.
      const isTab = el.getAttribute("role") === "tab";
      if (
        !isTab &&
        el.clientWidth > 0 &&
        el.scrollWidth > el.clientWidth + 1 &&
        style.textOverflow !== "ellipsis" &&
        el.getAttribute("data-scroll") !== "x"
      ) {
        bad.push(`${name(el)} scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`);
      }
    }
    return bad;
  });
}

async function axeViolations(): Promise<string[]> {
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (ctx: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { html: string }[] }[] }>;
        };
      }
    ).axe;
    // Fluent's focus sentinels (data-tabster-dummy) are a known aria-hidden-focus false positive (see preview.e2e.ts).
    const result = await axe.run({ include: [['[data-testid="taskpane"]']], exclude: [["[data-tabster-dummy]"]] });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.map((n) => n.html).slice(0, 2))}`);
  });
}

/** Opens what a tab can open, so that its details are measured too. */
async function openDetails(file: string): Promise<void> {
  const pane = paneOf(page);
  if (file === "customers") {
    const first = pane.getByTestId("customer-row").first().getByRole("button").first();
    if ((await first.getAttribute("aria-expanded")) !== "true") await first.click();
    await pane.getByTestId("customer-reasons").waitFor();
  }
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startServer();
  browser = await launchBrowser({ width: 1280, height: 900 });
  page = await browser.context.newPage();
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(`${server.url}/preview.html`);
  await page.getByRole("button", { name: "Use selection" }).waitFor();
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const box = page.getByLabel("Address");
  await box.fill(`Ledger!A1:J${SAMPLE.en.invoices + 1}`);
  await box.press("Enter");
  await paneOf(page).getByRole("button", { name: "Use selection" }).click();
  await page.getByTestId("taskpane").getByTestId("tab-bar").waitFor({ timeout: 120_000 });
  await openTab(page, /^(Overview|概览)$/); // results open on Today
  await paneOf(page).getByTestId("kpi-total-open").waitFor({ timeout: 120_000 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  console.log(`width e2e: ${shots.length} screenshots in ${SCREENSHOTS}:\n  ${shots.join("\n  ")}`);
});

test("before analysis the setup is open and fits at 270 px", async () => {
  // A fresh page: nothing analysed, so the help, settings and mapping are shown.
  const fresh = await browser.context.newPage();
  try {
    await fresh.goto(`${server.url}/preview.html?pane=270`);
    await fresh.getByRole("button", { name: "Use selection" }).waitFor();
    const p = await fresh.evaluate(() => {
      const pane = document.querySelector<HTMLElement>('[data-testid="taskpane"]')!;
      return { scroll: pane.scrollWidth, client: pane.clientWidth };
    });
    expect(p.scroll).toBeLessThanOrEqual(p.client);
    const path = join(SCREENSHOTS, "width-270-en-start.png");
    await fresh.getByTestId("taskpane").screenshot({ path });
    shots.push("width-270-en-start.png");
  } finally {
    await fresh.close();
  }
});

for (const lang of LANGS) {
  for (const width of WIDTHS) {
    test(`${width} px, ${lang.code}: every tab fits the pane, no serious axe violation`, async () => {
      await paneOf(page)
        .getByRole("combobox", { name: /^(Language|语言)$/ })
        .selectOption(lang.code);
      await setPaneWidth(width);
      const problems: Record<string, string[]> = {};
      for (let i = 0; i < lang.tabs.length; i++) {
        await openTab(page, lang.tabs[i]);
        await openDetails(FILE_TAB[i]);
        const bad = await overflowing();
        const axe = await axeViolations();
        if (bad.length || axe.length) problems[lang.tabs[i]] = [...bad.slice(0, 8), ...axe];
        if (SHOT_WIDTHS.has(width)) {
          const file = `width-${width}-${lang.code === "en" ? "en" : "zh"}-${FILE_TAB[i]}.png`;
          await paneOf(page).screenshot({ path: join(SCREENSHOTS, file) });
          shots.push(file);
        }
      }
      // The setup (settings and column mapping), opened on demand, fits too.
      await openSetup(page);
      const setup = await overflowing();
      if (setup.length) problems.setup = setup.slice(0, 8);
      await paneOf(page).getByTestId("setup-toggle").click();
      expect(problems).toEqual({});
    });
  }
}

test("at 270 px the tabs that do not fit are in the More menu, every tab is reachable, the chosen one stays on the bar", async () => {
  await paneOf(page)
    .getByRole("combobox", { name: /^(Language|语言)$/ })
    .selectOption("en");
  await setPaneWidth(270);
  const pane = paneOf(page);
  const onBar = await pane
    .getByRole("tab")
    .evaluateAll((tabs) =>
      tabs.filter((t) => (t as HTMLElement).offsetParent !== null).map((t) => (t as HTMLElement).innerText),
    );
  await pane.getByTestId("more-tabs").click();
  const inMenu = await page.getByRole("menuitem").allTextContents();
  await page.keyboard.press("Escape");
  expect(onBar.length).toBeGreaterThan(0);
  expect(inMenu.length).toBeGreaterThan(0);
  expect([...onBar, ...inMenu].map((t) => t.replace(/ \(.*\)$/, "")).sort()).toEqual([...LANGS[0].tabs].sort());
  // Choosing a tab from the menu brings it onto the bar, selected.
  const last = inMenu[inMenu.length - 1];
  await pane.getByTestId("more-tabs").click();
  await page.getByRole("menuitem", { name: last }).click();
  const selected = pane.getByRole("tab", { selected: true });
  expect(await selected.innerText()).toBe(last);
  expect(await selected.isVisible()).toBe(true);
  // The bar re-measures after the choice (a ResizeObserver frame later): it settles with nothing sticking out.
  await page.waitForFunction(
    () => {
      const bar = document.querySelector<HTMLElement>('[data-testid="tab-bar"]')!;
      return bar.scrollWidth <= bar.clientWidth;
    },
    undefined,
    { timeout: 10_000 },
  );
  expect(pageErrors).toEqual([]);
});
