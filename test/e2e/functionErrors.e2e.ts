/**
 * The AR.* functions' reasons in the preview (Debian's chromium): a bad formula typed in the Formulas sheet gives
 * its reason in English; switching the taskpane's language to Chinese recalculates the sheet and the same cell, and
 * a new bad formula, give it in Chinese — the argument named as typed, the figures kept. Screenshot of the grid.
 */
import { join } from "path";
import type { Page } from "playwright-core";
import { PreviewSession, SCREENSHOTS, openPreview } from "./previewSession";

jest.setTimeout(180_000);

let session: PreviewSession;
let page: Page;

const taskpane = () => page.getByTestId("taskpane");
const cell = (a1: string) => page.locator(`[data-testid="grid"] td[data-cell="${a1}"]`);

async function enter(address: string, formula: string): Promise<void> {
  const box = page.getByLabel("Address");
  await box.fill(address);
  await box.press("Enter");
  const bar = page.getByLabel("Formula bar");
  await bar.fill(formula);
  await bar.press("Enter");
}

beforeAll(async () => {
  session = await openPreview();
  page = session.page;
});

afterAll(async () => {
  await session?.close();
});

test("a bad AR.* formula's reason follows the preview's language switch", async () => {
  await enter("Formulas!B200", '=AR.DSO("abc",1200000,90)');
  expect(await cell("B200").innerText()).toBe("#VALUE!");
  expect(await cell("B200").getAttribute("title")).toBe('ending_ar: a number was expected, found "abc"');

  await taskpane().getByRole("combobox", { name: "Language" }).selectOption("zh-CN");
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="grid"] td[data-cell="B200"]')?.getAttribute("title")?.includes("应为数字"),
  );
  expect(await cell("B200").getAttribute("title")).toBe("ending_ar：应为数字，实际为 “abc”");

  // A new formula after the switch: #NUM! for edges out of order, the edges and their values named.
  await enter("Formulas!B201", '=AR.AGING(Ledger!E2:E11,Ledger!D2:D11,,"30,10")');
  expect(await cell("B201").innerText()).toBe("#NUM!");
  expect(await cell("B201").getAttribute("title")).toBe(
    "edges：第 2 个边界（10）不大于第 1 个边界（30）；边界必须严格递增",
  );
  // A ledger column with an unusable row: the argument, the row of the range and the row's reason, in Chinese.
  await enter("Formulas!B202", "=AR.GRADE(Ledger!A2,Ledger!A2:A11,Ledger!B2:B11,Ledger!D2:D11)");
  expect(await cell("B202").innerText()).toBe("#VALUE!");
  expect(await cell("B202").getAttribute("title")).toMatch(/^amounts：第 1 行：金额：应为金额，实际为 “.+”$/);
  // The selected error cell's reason is also shown under the ƒx bar.
  await cell("B201").click();
  expect(await page.getByTestId("cell-error").innerText()).toBe(
    "#NUM!: edges：第 2 个边界（10）不大于第 1 个边界（30）；边界必须严格递增",
  );
  await page.screenshot({
    path: join(SCREENSHOTS, "function-errors-01-zh.png"),
    clip: { x: 0, y: 0, width: 1000, height: 140 },
  });
  expect(session.pageErrors).toEqual([]);
});

test("header rows the functions spill follow the language; the figures under them do not change", async () => {
  await enter("Formulas!B210", "=AR.PAYMENTPLAN(1000,3,45688)");
  await enter("Formulas!B215", '=AR.AGING(Ledger!E2:E11,Ledger!D2:D11,45700,"0,30",,"due",TRUE)');
  await taskpane()
    .getByRole("combobox", { name: /^(Language|语言)$/ })
    .selectOption("en");
  await page.waitForFunction(
    () => document.querySelector('[data-testid="grid"] td[data-cell="B210"]')?.textContent === "No.",
  );
  const english = await cell("D211").innerText();
  expect(await cell("B215").innerText()).toBe("Current");
  await taskpane()
    .getByRole("combobox", { name: /^(Language|语言)$/ })
    .selectOption("zh-CN");
  await page.waitForFunction(
    () => document.querySelector('[data-testid="grid"] td[data-cell="B210"]')?.textContent === "期数",
  );
  expect(await cell("G210").innerText()).toBe("剩余本金");
  expect(await cell("B215").innerText()).toBe("未到期");
  expect(await cell("D215").innerText()).toBe("31 天以上");
  expect(await cell("D211").innerText()).toBe(english);
  expect(session.pageErrors).toEqual([]);
});
