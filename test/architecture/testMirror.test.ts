/**
 * Tests mirror src file by file: src/a/b/c.ts is tested in test/a/b/c.test.ts, or in test/a/b/c.<aspect>.test.ts
 * (one file an aspect, e.g. parseLedger.exports.test.ts); a .tsx file likewise (.test.tsx). A src file without one
 * is on the list below, and the list only shrinks: a name that is no longer in src, or that has a test now, fails.
 */
import fs from "fs";
import path from "path";

/** Files that need no test of their own: types, re-exports, string tables, styles and page entries (wiring). */
const EXCEPTIONS: readonly string[] = [
  "engine/analysis/benchmarks", // published benchmark figures (constants only), shown beside the KPIs
  "engine/analysis/reasons", // re-exports src/engine/model/reason.ts (its test: test/engine/model/reason.test.ts)
  "engine/analysis/types", // types only: the Analysis result, and the model's types re-exported
  "engine/cash/types", // types only, and the REPEATS list of a flow's repeats
  "engine/index", // the engine's door: re-exports only
  "engine/model/conversion", // types only: a conversion's lines
  "engine/model/types", // types only, and the LEDGER_FIELDS list
  "engine/sample/random", // re-exports src/engine/core/random.ts (its test: test/engine/core/random.test.ts)
  "excel/gateway", // types only: the workbook gateway's interface (both sides tested: officeGateway, memoryWorkbook)
  "excel/reportModel", // types only, and the report marker's key
  "i18n/language", // types only: the Language type
  "i18n/layout", // string table: the Chinese layout reasons, checked with every reason by the i18n tests
  "i18n/pane", // string table (EN and ZH, the same keys by its type), checked by the i18n/glossary tests
  "i18n/preview", // string table (EN and ZH, the same keys by its type), checked by the i18n/glossary tests
  "i18n/previewView", // string table (EN and ZH, the same keys by its type), checked by the i18n/glossary tests
  "i18n/report", // string table (EN and ZH), checked by the i18n/glossary tests
  "i18n/reportSummary", // string table (EN and ZH), checked by the i18n/glossary tests
  "i18n/ui", // string table (EN and ZH, the same keys by its type), checked by the i18n/glossary tests
  "preview/index", // the preview page's entry: wiring only, run by the browser tests (test/e2e)
  "taskpane/index", // the taskpane page's entry in Excel: wiring only (Office.onReady, then render)
  "taskpane/analysis/analysisWorker", // the analysis worker's entry: wiring only (the logic is in workerSide.ts)
  "taskpane/components/charts/index", // re-exports the chart components
  "taskpane/components/paneStyles", // styles only (makeStyles and Fluent tokens)
];

const ROOT = path.join(__dirname, "../..");

/** Files under `dir` (relative to it, "/"-separated) whose names match `pattern`. */
function filesUnder(dir: string, pattern: RegExp): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const entry of fs.readdirSync(path.join(dir, at), { withFileTypes: true })) {
      const rel = at ? `${at}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else if (pattern.test(entry.name)) out.push(rel);
    }
  };
  walk("");
  return out.sort();
}

/** src files as "engine/ledger/parseLedger" (no extension). */
function sourceFiles(root = ROOT): string[] {
  return filesUnder(path.join(root, "src"), /\.tsx?$/).map((f) => f.replace(/\.tsx?$/, ""));
}

/** test files as "engine/ledger/parseLedger.exports" (no ".test.ts"). */
function testFiles(root = ROOT): string[] {
  return filesUnder(path.join(root, "test"), /\.test\.tsx?$/).map((f) => f.replace(/\.test\.tsx?$/, ""));
}

/** The src files that no test file is named after. */
function unmirrored(sources: readonly string[], tests: readonly string[]): string[] {
  const named = new Set(tests);
  const mirrored = (src: string) => named.has(src) || tests.some((t) => t.startsWith(`${src}.`));
  return sources.filter((s) => !mirrored(s));
}

describe("tests mirror src file by file", () => {
  const sources = sourceFiles();
  const missing = unmirrored(sources, testFiles());
  const listed = new Set(EXCEPTIONS);

  it("finds a test by its name, with or without an aspect", () => {
    const tests = ["a/b.exports", "a/c", "a/cd"];
    expect(unmirrored(["a/b", "a/c", "a/d", "a/e"], tests)).toEqual(["a/d", "a/e"]);
    expect(sources).toContain("engine/ledger/parseLedger");
    expect(sources.length).toBeGreaterThan(300);
  });

  it("every src file has a test named after it, or is on the list", () => {
    expect(missing.filter((s) => !listed.has(s))).toEqual([]);
  });

  it("the list only shrinks: each name is a src file still without a test, listed once", () => {
    const stale = EXCEPTIONS.filter((s) => !missing.includes(s));
    expect(stale).toEqual([]);
    expect(listed.size).toBe(EXCEPTIONS.length);
  });
});
