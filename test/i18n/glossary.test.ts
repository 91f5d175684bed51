/**
 * One Chinese term per concept (src/i18n/glossary.ts) across pane, report, functions and documents, and no English
 * left in Chinese output: the Chinese report as written from a Chinese ledger, its headings, titles, headers and
 * text cells, read word by word.
 */
import * as fs from "fs";
import * as path from "path";
import { analyzeLedger } from "../../src/engine/analysis/analyze";
import { generateLedger } from "../../src/engine/sample/generateLedger";
import { buildReport } from "../../src/excel/buildReport";
import { GLOSSARY, type GlossaryEntry, term } from "../../src/i18n/glossary";
import { REPORT_TEXT } from "../../src/i18n/report";
import { reasonTemplatesZh } from "../../src/i18n/reasons.zh-CN";
import { TREND_TEXT } from "../../src/i18n/trend";
import { UI_TEXT } from "../../src/i18n/ui";
import { tidyZh } from "../../src/i18n/translate";

const SRC = path.join(__dirname, "../../src");

/** Every string literal with a Chinese character in the source files under `dirs` (pane, report, functions, i18n). */
function chineseLiterals(dirs: string[]): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const name of fs.readdirSync(dir)) {
      const full = path.join(dir, name);
      if (fs.statSync(full).isDirectory()) walk(full);
      else if (/\.tsx?$/.test(name) && !full.endsWith(path.join("i18n", "glossary.ts")))
        for (const m of fs.readFileSync(full, "utf8").matchAll(/"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)) {
          const text = m[1] ?? m[2];
          if (/[\u4e00-\u9fff]/.test(text)) out.push({ file: path.relative(SRC, full), text });
        }
    }
  };
  dirs.forEach((d) => walk(path.join(SRC, d)));
  return out;
}

/** Latin words a Chinese finance reader reads as they are: abbreviations of the trade, product and Excel names, currency codes. */
const KEPT = new Set(["DSO", "CEI", "ADD", "AUC", "AR", "Lens", "Excel", "CNY", "USD", "EUR", "RMB", "HKD", "CRF"]);

export function englishIn(text: string): string[] {
  // Sheet addresses (Ledger!A1:J901, 台账!C9) are the user's own names, not words.
  const stripped = text.replace(/(?:'[^']+'|[^\s'：:（(]+)![A-Z]+\d+(?::[A-Z]+\d+)?/g, " ");
  return (stripped.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !KEPT.has(w));
}

const I18N = path.join(SRC, "i18n");

/** Every English string and the Chinese one at the same place, across the bilingual tables of src/i18n. */
function bilingualPairs(): { at: string; en: string; zh: string }[] {
  const out: { at: string; en: string; zh: string }[] = [];
  const pair = (en: unknown, zh: unknown, at: string) => {
    if (typeof en === "string" && typeof zh === "string") out.push({ at, en, zh });
    else if (en && zh && typeof en === "object" && typeof zh === "object")
      for (const k of Object.keys(en))
        pair((en as Record<string, unknown>)[k], (zh as Record<string, unknown>)[k], `${at}.${k}`);
  };
  for (const file of fs.readdirSync(I18N).filter((f) => /\.ts$/.test(f)))
    for (const [name, table] of Object.entries(jest.requireActual<Record<string, unknown>>(path.join(I18N, file))))
      if (table && typeof table === "object" && "en" in table && "zh-CN" in table)
        pair((table as Record<string, unknown>).en, (table as Record<string, unknown>)["zh-CN"], `${file}:${name}`);
  return out;
}

/** A term without its closing qualifier: "Median of US companies (CRF survey, Q1 2021)" → "Median of US companies". */
const coreOf = (t: string) => t.replace(/\s*[（(][^）)]*[）)]\s*$/, "");
/** The abbreviation a term goes by in both languages: "DSO", "Average days delinquent (ADD)" → "ADD". */
const abbreviationOf = (t: string) => (/^[A-Z]{2,}$/.test(t) ? t : /\(([A-Z]{2,})\)/.exec(t)?.[1]);

/**
 * Where an English string names a glossary concept (its term, or its abbreviation), the Chinese string beside it
 * names it by the glossary's Chinese term (or the same abbreviation); longer terms first ("Best possible DSO"
 * before "DSO").
 */
export function secondNames(pairs: { at: string; en: string; zh: string }[]): string[] {
  const entries = Object.entries(GLOSSARY).sort(([, x], [, y]) => coreOf(y.term.en).length - coreOf(x.term.en).length);
  const found: string[] = [];
  for (const p of pairs) {
    let en = p.en;
    for (const [key, entry] of entries) {
      const abbreviation = abbreviationOf(entry.term.en);
      const short = (entry as GlossaryEntry).short;
      const names = [
        new RegExp(`\\b${coreOf(entry.term.en)}\\b`, "gi"),
        ...(abbreviation ? [new RegExp(`\\b${abbreviation}\\b`, "g")] : []),
        ...(short ? [new RegExp(`\\b${short.en}s?\\b`, "gi")] : []),
      ];
      if (!names.some((re) => re.test(en))) continue;
      for (const re of names) en = en.replace(re, " ");
      const zhNames = [
        coreOf(entry.term["zh-CN"]),
        ...(abbreviation ? [abbreviation] : []),
        ...(short ? [short["zh-CN"]] : []),
      ];
      if (!zhNames.some((name) => p.zh.includes(name))) found.push(`${key} in ${p.at}: "${p.en}" → "${p.zh}"`);
    }
  }
  return found;
}

describe("glossary", () => {
  test("each concept named in English is named by the glossary's Chinese term beside it, in every table", () => {
    const pairs = bilingualPairs();
    expect(pairs.length).toBeGreaterThan(900);
    expect(secondNames(pairs)).toEqual([]);
    // The check itself: a second Chinese name for CEI, or the Chinese term of DSO given to best possible DSO, fails.
    expect(secondNames([{ at: "x", en: "CEI (monthly)", zh: "当月回款效率" }])).toHaveLength(1);
    expect(secondNames([{ at: "x", en: "Best possible DSO", zh: "最佳可能应收账款周转天数" }])).toHaveLength(1);
    expect(secondNames([{ at: "x", en: "Buffer", zh: "现金下限" }])).toHaveLength(1);
    expect(secondNames([{ at: "x", en: "Collection effectiveness index", zh: "回款有效性指数" }])).toEqual([]);
  });

  test("a week is named one way in Chinese: 第 N 周 (never 周 1, never 第1周 without spaces)", () => {
    const texts = [...bilingualPairs().map((p) => p.zh), ...Object.values(reasonTemplatesZh)];
    expect(texts.filter((t) => /第\s*\{week\}/.test(t)).length).toBeGreaterThan(5);
    expect(texts.filter((t) => /周\s*(\{week\}|\d)|第(\{\w+\}|\d+)周/.test(t))).toEqual([]);
  });

  test("full-width punctuation after Chinese in every Chinese string of the tables", () => {
    const halfWidth = bilingualPairs().filter((p) => /[\u4e00-\u9fff）][:;,(]|[\u4e00-\u9fff] \(/.test(p.zh));
    expect(halfWidth).toEqual([]);
  });

  test("no English left in the Chinese strings of the pane, report, charts and documents", () => {
    // Product and platform names, file kinds and rules known by their letters, date masks, the language's own name.
    const named = new Set(["Office", "Mac", "Windows", "CSV", "LPR", "EU", "English", "yyyy", "mm", "dd"]);
    const left = bilingualPairs()
      // Function errors name the function's arguments (checked by test/i18n/functionErrors.test.ts).
      .filter((p) => !p.at.startsWith("functionErrors.ts:"))
      .map((p) => ({ at: p.at, words: englishIn(p.zh.replace(/\{\w+\}/g, " ")).filter((w) => !named.has(w)) }))
      .filter((p) => p.words.length > 0);
    expect(left).toEqual([]);
  });

  test("no concept under a second Chinese name anywhere in the pane, report, functions or documents", () => {
    const literals = chineseLiterals(["i18n", "excel", "taskpane", "functions", "engine/collections/documents"]);
    expect(literals.length).toBeGreaterThan(500);
    const found: string[] = [];
    for (const [key, entry] of Object.entries(GLOSSARY))
      for (const avoided of (entry as { avoidZh?: string[] }).avoidZh ?? [])
        for (const l of literals)
          if (l.text.includes(avoided)) found.push(`${key}: "${avoided}" in ${l.file}: ${l.text}`);
    expect(found).toEqual([]);
  });

  test("the pane, the report and the trend name each KPI by the glossary's term", () => {
    const zh = "zh-CN";
    expect(UI_TEXT[zh].kpiDso).toContain(term("dso", zh));
    expect(REPORT_TEXT[zh].dso).toContain(term("dso", zh));
    expect(TREND_TEXT[zh].metricDso).toContain(term("dso", zh));
    for (const text of [UI_TEXT[zh].kpiCei, REPORT_TEXT[zh].cei, TREND_TEXT[zh].metricCei])
      expect(text).toContain(term("cei", zh));
    for (const text of [UI_TEXT[zh].kpiBestDso, REPORT_TEXT[zh].bestDso, TREND_TEXT[zh].metricBestDso])
      expect(text).toContain(term("bestDso", zh));
    for (const text of [UI_TEXT[zh].kpiAdd, REPORT_TEXT[zh].add, TREND_TEXT[zh].metricAdd])
      expect(text).toContain(term("add", zh));
  });

  test("every explanation is one line, in both languages, with full-width punctuation in Chinese", () => {
    for (const entry of Object.values(GLOSSARY)) {
      expect(entry.explain.en).not.toContain("\n");
      expect(entry.explain["zh-CN"]).toMatch(/。$/);
      expect(entry.explain["zh-CN"]).not.toMatch(/[\u4e00-\u9fff][:;,]/);
      expect(englishIn(entry.explain["zh-CN"]).filter((w) => w !== "Herfindahl")).toEqual([]);
    }
  });
});

describe("the Chinese report", () => {
  const AS_OF = 46_000;
  const ledger = generateLedger({ seed: 11, customers: 40, invoices: 600, asOf: AS_OF, language: "zh" });
  const flows = [
    {
      description: "工资",
      amount: 300_000,
      direction: "out" as const,
      firstDate: AS_OF + 10,
      repeat: "monthly" as const,
      until: null,
    },
  ];
  const a = analyzeLedger(
    { values: ledger.values, sheet: "台账", topLeft: "A1" },
    { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" },
    {},
    {
      payables: null,
      settings: { openingCash: 200_000, minimumCash: 150_000, creditLine: 0, flows },
    },
  );
  const model = buildReport(a, "zh-CN");
  const customers = new Set(a.customers.map((c) => c.customer));

  test("has no English left: headings, titles, headers, chart titles and text cells", () => {
    const texts = [
      ...model.heading,
      model.contentsTitle,
      ...model.charts.flatMap((c) => [c.title, c.categoryTitle, c.valueTitle]),
      ...model.tables.flatMap((t) => [
        t.title,
        ...t.columns.map((c) => c.header),
        ...t.rows.flat().filter((v): v is string => typeof v === "string" && !customers.has(v)),
      ]),
    ];
    const left = texts.map((t) => [t, englishIn(t)] as const).filter(([, words]) => words.length > 0);
    expect(left).toEqual([]);
  });

  test("Chinese sentences use full-width punctuation and no space between Chinese characters", () => {
    const texts = model.tables.flatMap((t) => [
      t.title,
      ...t.rows.flat().filter((v): v is string => typeof v === "string" && !customers.has(v)),
    ]);
    for (const t of texts) {
      expect([t, /[\u4e00-\u9fff][:;,]/.test(t)]).toEqual([t, false]);
      expect([t, /[\u4e00-\u9fff] [\u4e00-\u9fff]/.test(t)]).toEqual([t, false]);
    }
    expect(tidyZh("对 上海贸易公司 仅凭信用证发货: 共 3 张")).toBe("对上海贸易公司仅凭信用证发货：共 3 张");
  });
});
