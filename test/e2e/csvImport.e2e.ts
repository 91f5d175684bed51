/**
 * The preview's CSV import (item 3): a CSV whose quote is never closed is not loaded as half a sheet; the
 * page says which line to fix, the pasted text stays to be fixed, and the corrected paste then loads.
 */
import { mkdirSync } from "fs";
import { join, resolve } from "path";
import type { Page } from "playwright-core";
import { launchBrowser } from "./browser";
import { startServer } from "./staticServer";

jest.setTimeout(120_000);

const SCREENSHOTS = resolve(__dirname, "../../test-output/screenshots");

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.context.newPage();
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(`${server.url}/preview.html`);
  await page.getByRole("button", { name: "Use selection" }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("an unterminated quote is reported with its line; nothing is loaded", async () => {
  await page.getByText("Paste CSV").click();
  const broken = [
    "Customer,Invoice No,Due Date,Amount",
    "Acme,1,2025-01-31,100",
    '"Beta,2,2025-02-28,50',
    "Gamma,3,2025-03-31,70",
  ].join("\n");
  await page.getByLabel("CSV text").fill(broken);
  await page.getByRole("button", { name: "Load pasted CSV" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "CSV line" });
  await alert.waitFor();
  expect(await alert.innerText()).toBe(
    'CSV line 3: a quote opened here is never closed, so the rest of the file would be read as one cell: close the quote (write a quote inside a field as "")',
  );
  expect(await page.getByRole("tab", { name: "Pasted" }).count()).toBe(0);
  await page.screenshot({ path: join(SCREENSHOTS, "money-csv-unclosed-quote.png") });

  expect(await page.getByLabel("CSV text").inputValue()).toBe(broken); // kept, to be fixed in place
  await page.getByLabel("CSV text").fill(broken.replace('"Beta', "Beta"));
  await page.getByRole("button", { name: "Load pasted CSV" }).click();
  await page.getByRole("tab", { name: "Pasted" }).waitFor();
  expect(await page.getByRole("alert").filter({ hasText: "CSV line" }).count()).toBe(0);
  expect(pageErrors).toEqual([]);
});
