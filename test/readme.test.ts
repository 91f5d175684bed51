/** The README's function reference is the one generated from the built functions.json (run `npm run docs`). */
import { readFileSync } from "fs";
import { join } from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { block, START, END } = require("../scripts/function-reference.js") as { block: (dist: string) => string; START: string; END: string };

test("README function reference is up to date with functions.json", () => {
  const root = join(__dirname, "..");
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const current = readme.slice(readme.indexOf(START), readme.indexOf(END) + END.length);
  expect(current).toBe(block(join(root, "dist")));
});

test("README gives the two set-up commands", () => {
  const readme = readFileSync(join(__dirname, "..", "README.md"), "utf8");
  expect(readme).toContain("npm install && npm start");
  expect(readme).toMatch(/^npm test\b/m);
});
