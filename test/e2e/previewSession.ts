/**
 * One preview page for a browser test file: the dist/ server, a fresh Debian chromium (test/e2e/browser.ts), the
 * preview opened and ready, page errors collected, and the screenshots folder — the set-up every e2e file shares.
 */
import { openTab } from "./paneHelpers";
import { mkdirSync } from "fs";
import { resolve } from "path";
import type { Page } from "playwright-core";
import { launchBrowser } from "./browser";
import { startServer } from "./staticServer";

export const SCREENSHOTS = resolve(__dirname, "../../test-output/screenshots");

export interface PreviewSession {
  page: Page;
  /** Uncaught errors of the page, in order (a test asserts there are none). */
  pageErrors: string[];
  close: () => Promise<void>;
}

/** Opens preview.html (with `query`, e.g. "?pane=320") and waits until the taskpane can read a selection. */
export async function openPreview(
  options: { query?: string; viewport?: { width: number; height: number } } = {},
): Promise<PreviewSession> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const server = await startServer();
  const browser = await launchBrowser(options.viewport);
  const page = await browser.context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(`${server.url}/preview.html${options.query ?? ""}`);
  // The taskpane speaks the preview's language (?lang=zh: Chinese).
  await page.getByRole("button", { name: /^(Use selection|使用所选区域)$/ }).waitFor();
  return {
    page,
    pageErrors,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Goes to `address` with the Address box, presses Use selection in the taskpane and waits for the analysis. */
export async function analyzeRange(page: Page, address: string): Promise<void> {
  const box = page.getByLabel("Address");
  await box.fill(address);
  await box.press("Enter");
  const pane = page.getByTestId("taskpane");
  await pane.getByRole("button", { name: "Use selection" }).click();
  await page.getByTestId("taskpane").getByTestId("tab-bar").waitFor({ timeout: 120_000 });
  await openTab(page, /^(Overview|概览)$/); // results open on Today
  await pane.getByTestId("kpi-total-open").waitFor();
}
