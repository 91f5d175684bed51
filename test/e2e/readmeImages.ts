/**
 * Where the browser tests put the README's pictures: docs/images when asked (`npm run images` sets
 * AR_LENS_README_IMAGES=1), else test-output/readme-images beside the other screenshots — so a test run leaves the
 * tree as it found it (the pictures carry today's date and would change at every run).
 */
import { mkdirSync } from "fs";
import { resolve } from "path";

export const README_IMAGES = resolve(
  __dirname,
  process.env.AR_LENS_README_IMAGES === "1" ? "../../docs/images" : "../../test-output/readme-images",
);
mkdirSync(README_IMAGES, { recursive: true });
