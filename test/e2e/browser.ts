/**
 * Debian's chromium driven by playwright-core (never a downloaded browser), with the flags CI requires and a fresh
 * profile directory (playwright takes it as launchPersistentContext's userDataDir, which it passes to chromium as
 * --user-data-dir).
 */
import { existsSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { BrowserContext, chromium } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launchBrowser(
  viewport = { width: 1440, height: 900 },
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium); .ci/run does.`);
  const profile = mkdtempSync(join(tmpdir(), "ar-lens-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    // Fluent's menus, dialogs and popovers open without their motion (it honours prefers-reduced-motion): a click
    // on a menu item then finds it still, where during the motion playwright waits and tries again (0.5–1 s a menu).
    reducedMotion: "reduce",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
