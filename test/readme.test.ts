/** The README's functions at a glance and docs/FUNCTIONS.md are generated from the built functions.json (`npm run docs`). */
import { existsSync, readFileSync } from "fs";
import { join } from "path";

const { block, functionsDoc, START, END } = require("../scripts/function-reference.js") as {
  block: (dist: string) => string;
  functionsDoc: (dist: string) => string;
  START: string;
  END: string;
};
const root = join(__dirname, "..");

test("the README's functions at a glance are up to date with functions.json", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const current = readme.slice(readme.indexOf(START), readme.indexOf(END) + END.length);
  expect(current).toBe(block(join(root, "dist")));
});

test("docs/FUNCTIONS.md is up to date with functions.json", () => {
  expect(readFileSync(join(root, "docs", "FUNCTIONS.md"), "utf8")).toBe(functionsDoc(join(root, "dist")));
});

test("the README stays a page for users: under 200 lines, and every file it links exists", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  expect(readme.split("\n").length).toBeLessThan(200);
  for (const [, link] of readme.matchAll(/\]\(((?:docs|src|test)\/[^)#\s]+)/g)) {
    expect([link, existsSync(join(root, link))]).toEqual([link, true]);
  }
});

test("README gives the two set-up commands", () => {
  const readme = readFileSync(join(__dirname, "..", "README.md"), "utf8");
  expect(readme).toContain("npm install && npm start");
  expect(readme).toMatch(/^npm test\b/m);
});

test("README's preview formula example ages the open amounts: its buckets add up to the taskpane's open total", () => {
  const { todaySerial } = require("../src/engine/core/dates") as typeof import("../src/engine/core/dates");
  const { analyzeLedger } =
    require("../src/engine/analysis/analyze") as typeof import("../src/engine/analysis/analyze");
  const { sampleWorkbook, SAMPLE } = require("../src/preview/samples") as typeof import("../src/preview/samples");
  const { enterCell } = require("../src/preview/formulas/recalc") as typeof import("../src/preview/formulas/recalc");
  const { loadBundle } = require("./functions/loadBundle") as typeof import("./functions/loadBundle");
  const readme = readFileSync(join(__dirname, "..", "README.md"), "utf8");
  const preview = readme.slice(readme.indexOf("## Trying it in the preview"), readme.indexOf("## Run it in Excel"));
  const formula = /`(=AR\.AGING\(Ledger![^`]+)`/.exec(preview)?.[1];
  expect(formula).toBeDefined();
  const asOf = todaySerial();
  const book = sampleWorkbook(asOf);
  const sheet = book.sheet("Formulas")!;
  const row = 200; // below the worked examples
  enterCell(book, sheet, row, 0, formula!, loadBundle() as Map<string, (...args: unknown[]) => unknown>);
  const buckets: number[] = [];
  for (let c = 0; typeof sheet.get(row, c) === "number"; c++) buckets.push(sheet.get(row, c) as number);
  expect(sheet.errorMessages.get(`${row},0`)).toBeUndefined();
  expect(buckets.length).toBeGreaterThan(3);
  const s = SAMPLE.en;
  const ledger = book.sheet(s.sheet)!;
  const values = Array.from({ length: s.invoices + 1 }, (_, r) =>
    Array.from({ length: 10 }, (_, c) => ledger.get(r, c)),
  );
  const taskpane = analyzeLedger(
    { values, sheet: s.sheet, topLeft: "A1" },
    { asOf, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" },
  );
  const cents = (v: number) => Math.round(v * 100);
  expect(cents(buckets.reduce((a, b) => a + b, 0))).toBe(cents(taskpane.portfolio.totalOpen));
});

test("the README shows the report's first page and the cash chart at 270 px in English and Chinese (images exist)", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const images = [...readme.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1]);
  for (const name of ["report-first-page-en", "report-first-page-zh", "cash-chart-270-en", "cash-chart-270-zh"])
    expect(images).toContain(`docs/images/${name}.png`); // written by test/e2e/report.e2e.ts under `npm run images`
  for (const image of images) expect([image, existsSync(join(root, image))]).toEqual([image, true]);
});

test("README's 'Several currencies': the reporting currency, the four words, left out never added, the preview's sheets", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const at = readme.indexOf("## Several currencies");
  expect(at).toBeGreaterThan(0);
  const section = readme.slice(at, readme.indexOf("\n## ", at + 1));
  for (const word of ["本币", "原币", "汇率", "汇兑损益", "never added", "USD −5 % against CNY", "AR.CONVERT"])
    expect(section).toContain(word);
  const { EXPORTER_SAMPLE } =
    require("../src/preview/sampleExporter") as typeof import("../src/preview/sampleExporter");
  expect(section).toContain(`\`${EXPORTER_SAMPLE.en.ledger}\``);
  expect(section).toContain(`\`${EXPORTER_SAMPLE.en.rates}\``);
});
