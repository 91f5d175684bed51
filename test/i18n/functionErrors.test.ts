/**
 * The catalogue of error reasons (src/i18n/functionErrors.ts): English and Chinese for every code, every code the
 * source raises is in it (and every entry is raised somewhere), and every setting the taskpane checks is named in
 * Chinese. The per-argument walk through the AR.* functions is test/functions/args.errors.test.ts.
 */
import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { resolveSettings } from "../../src/engine/analysis/analyze";
import type { AnalysisSettings } from "../../src/engine/analysis/types";
import { checkFlow } from "../../src/engine/cash/flows";
import { readFlowsRange } from "../../src/engine/cash/flowsRange";
import { resolveCashSettings, type CashSettings } from "../../src/engine/cash/settings";
import { EngineError } from "../../src/engine/core/errors";
import { applyPayments } from "../../src/engine/core/paymentPlan";
import { countbackDso, weightedDaysLate } from "../../src/engine/core/ratios";
import { resolveDeadlines, resolveInterest } from "../../src/engine/collections/letterSettings";
import {
  DEFAULT_DUNNING,
  DEFAULT_POLICY,
  validateDunning,
  validatePolicy,
} from "../../src/engine/collections/settings";
import { detectColumns } from "../../src/engine/ledger/columns";
import { engineErrorText } from "../../src/i18n/engineErrors";
import {
  FUNCTION_ERRORS,
  functionErrorsEn,
  functionErrorsZh,
  functionErrorText,
  positionZh,
} from "../../src/i18n/functionErrors";
import { reasonTemplatesZh } from "../../src/i18n/reasons.zh-CN";
import { englishLeft } from "../functions/englishLeft";

const HAN = /[\u4e00-\u9fff]/;
const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(p) ? [p] : [];
  });
}
const SRC = join(__dirname, "../../src");
const code = (dir: string) => sources(join(SRC, dir)).map((file) => ({ file, text: readFileSync(file, "utf8") }));

describe("the catalogue", () => {
  it("has English and Chinese for the same codes, with the same placeholders", () => {
    expect(Object.keys(functionErrorsZh).sort()).toEqual(Object.keys(functionErrorsEn).sort());
    expect(Object.keys(functionErrorsEn).length).toBeGreaterThan(60);
    for (const [c, en] of Object.entries(functionErrorsEn)) {
      const zh = functionErrorsZh[c as keyof typeof functionErrorsEn];
      expect([c, placeholders(zh)]).toEqual([c, placeholders(en)]);
      // Chinese words, or (a message made only of its params: "{name}：{position}：{problem}") Chinese punctuation.
      expect([c, HAN.test(zh) || /^(\{\w+\}[：，]?)+$/.test(zh)]).toEqual([c, true]);
      expect([c, zh]).not.toEqual([c, en]);
    }
  });

  it("holds every code the engine and the functions raise, and nothing they do not", () => {
    const used = new Set<string>();
    for (const { text } of [...code("engine"), ...code("functions")]) {
      for (const m of text.matchAll(/(?:valueError|numError|div0Error|naError)\(\s*"([\w.]+)"/g)) used.add(m[1]);
      for (const m of text.matchAll(/(?:functionErrorText\(|new EngineError\([\s\S]{0,300}?)\{\s*code: "([\w.]+)"/g))
        used.add(m[1]);
    }
    // The taskpane's own codes (column mapping, as-of date) are reasons with Chinese templates (reasons.zh-CN.ts).
    expect([...used].filter((c) => !(c in functionErrorsEn) && !(c in reasonTemplatesZh))).toEqual([]);
    expect(Object.keys(functionErrorsEn).filter((c) => !used.has(c))).toEqual([]);
  });

  it("is the only way an error leaves a function: no CustomFunctions.Error or bare Error built outside args.ts", () => {
    for (const { file, text } of code("functions")) {
      if (file.endsWith("args.ts")) continue;
      expect([file, /new CustomFunctions\.Error|throw new Error\(/.test(text)]).toEqual([file, false]);
    }
    // Every helper that builds an error takes its code: a message without one does not compile.
    const errors = readFileSync(join(SRC, "engine/core/errors.ts"), "utf8");
    expect(errors).toMatch(/export function valueError\(code: string, params: ErrorParams, message: string\)/);
  });

  it("says where in a range: row, column, or both", () => {
    expect(positionZh("row 17")).toBe("第 17 行");
    expect(positionZh("column 3")).toBe("第 3 列");
    expect(positionZh("row 2, column 3")).toBe("第 2 行第 3 列");
  });

  it("fills every placeholder and keeps the figures as the engine wrote them", () => {
    const reason = { code: "schedule.downPayment", params: { name: "down_payment", value: 1234.5678, balance: 1000 } };
    expect(functionErrorText(reason, "en")).toBe(
      "down_payment: 1234.5678 must be zero or more and less than the balance (1000)",
    );
    expect(functionErrorText(reason, "zh-CN")).toBe("down_payment：1234.5678 应大于或等于 0，且小于余额（1000）");
    expect(FUNCTION_ERRORS["zh-CN"]["arg.sizeMismatch"]).toContain("{other}");
  });
});

/** Each check of a taskpane setting (and the engine's own guards), given a value it refuses. */
const base: AnalysisSettings = { asOf: 45700, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" };
const cash = (p: Partial<CashSettings>) => () => resolveCashSettings(p);
const flow = {
  description: "Rent",
  amount: 100,
  direction: "out" as const,
  firstDate: 45701,
  repeat: "monthly" as const,
  until: null,
};
const SETTINGS: [string, () => unknown][] = [
  ["aging edges", () => resolveSettings({ ...base, agingEdges: [30, 10] }, null)],
  ["DSO window", () => resolveSettings({ ...base, dsoWindowDays: 0 }, null)],
  ["default terms", () => resolveSettings({ ...base, defaultTermsDays: -1 }, null)],
  ["trend months", () => resolveSettings({ ...base, trendMonths: 6 }, null)],
  ["follow-up", () => resolveSettings({ ...base, followUpMonths: 0 }, null)],
  ["late days", () => resolveSettings({ ...base, lateDays: -1 }, null)],
  ["headroom", () => resolveSettings({ ...base, limitHeadroom: 9 }, null)],
  ["alert threshold", () => resolveSettings({ ...base, alertThresholds: { over90Share: -1 } }, null)],
  ["as-of date", () => resolveSettings({ ...base, asOf: 0 }, null)],
  ["opening cash", cash({ openingCash: Number.NaN })],
  ["minimum cash", cash({ minimumCash: Number.NaN })],
  ["credit line", cash({ creditLine: -1 })],
  ["credit line amount", cash({ creditLine: Number.NaN })],
  ["weeks", cash({ weeks: 3 })],
  ["stress days", cash({ stressLateDays: [1.5] })],
  ["stress past due", cash({ stressMaxDaysPastDue: -1 })],
  ["insurance share", cash({ insurance: { ...resolveCashSettings().insurance, indemnityShare: 2 } })],
  ["protracted", cash({ insurance: { ...resolveCashSettings().insurance, protractedDefaultDays: -1 } })],
  ["waiting", cash({ insurance: { ...resolveCashSettings().insurance, waitingPeriodDays: -1 } })],
  ["borrowing rate", cash({ borrowingRate: 2 })],
  ["discount", cash({ discountRate: 2 })],
  ["discount days", cash({ discountDays: -1 })],
  ["advance rate", cash({ advanceRate: 2 })],
  ["factoring fee", cash({ factoringFeePer30Days: 2 })],
  ["factoring grade", cash({ factoringMaxGrade: 11 })],
  ["DIO", cash({ dioDays: -1 })],
  ["flow amount", () => checkFlow({ ...flow, amount: -1 }, 2)],
  ["flow date", () => checkFlow({ ...flow, firstDate: 0 }, 0)],
  ["flow until", () => checkFlow({ ...flow, until: 45600 }, 0)],
  ["flows header", () => readFlowsRange([["what", "when"]], "Flows", "A1")],
  [
    "stage edges count",
    () => validateDunning({ ...DEFAULT_DUNNING, edges: [1, 2] as unknown as [number, number, number] }),
  ],
  ["stage edge", () => validateDunning({ ...DEFAULT_DUNNING, edges: [1.5, 45, 90] })],
  ["stage edges order", () => validateDunning({ ...DEFAULT_DUNNING, edges: [45, 15, 90] })],
  ["interval", () => validateDunning({ ...DEFAULT_DUNNING, minIntervalDays: -1 })],
  ["courtesy", () => validateDunning({ ...DEFAULT_DUNNING, courtesyDaysBefore: -1 })],
  ["indemnity", () => validatePolicy({ ...DEFAULT_POLICY, indemnityShare: 2 })],
  ["extension", () => validatePolicy({ ...DEFAULT_POLICY, maxExtensionDays: -1 })],
  ["notify", () => validatePolicy({ ...DEFAULT_POLICY, notifyAfterDays: -1 })],
  ["claim", () => validatePolicy({ ...DEFAULT_POLICY, claimFilingDays: -1 })],
  ["waiting period", () => validatePolicy({ ...DEFAULT_POLICY, waitingPeriodDays: -1 })],
  ["notify from", () => validatePolicy({ ...DEFAULT_POLICY, notifyFrom: "later" as "due" })],
  ["letter days", () => resolveDeadlines({ letterDays: { friendly: 0, firm: 7, final: 5 } })],
  ["demand days", () => resolveDeadlines({ letterDays: { friendly: 10, firm: 0, final: 5 } })],
  ["final days", () => resolveDeadlines({ letterDays: { friendly: 10, firm: 7, final: 0 } })],
  ["alert days", () => resolveDeadlines({ alertDays: 0 })],
  ["interest preset", () => resolveInterest({ preset: "usury" as "none" })],
  ["fixed compensation", () => resolveInterest({ preset: "custom", customFixed: -1 })],
  ["reference rate", () => resolveInterest({ preset: "euDirective", referenceRate: 3 })],
  ["custom rate", () => resolveInterest({ preset: "custom", customRate: 3 })],
  ["header row", () => detectColumns([["a"], ["b"]], { headerRow: 5 })],
  ["column", () => detectColumns([["a"], ["b"]], { mapping: { amount: 7 } })],
  ["payments", () => applyPayments([], -1)],
  ["countback periods", () => countbackDso(10, [])],
  ["weighted lengths", () => weightedDaysLate([1, 2], [1], [1, 2])],
  ["weighted item", () => weightedDaysLate([Number.NaN], [1], [2])],
];

describe("the taskpane's settings and the engine's own guards", () => {
  it.each(SETTINGS)("%s: named and explained in Chinese; the English is the engine's message", (_label, run) => {
    let error: unknown;
    try {
      run();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EngineError);
    const e = error as EngineError;
    expect(e.reason).toBeDefined();
    expect(engineErrorText(e, "en")).toBe(e.message);
    const zh = engineErrorText(e, "zh-CN");
    expect(zh).toMatch(HAN);
    expect(zh).not.toMatch(/\{\w+\}/);
    // Left in English: the codes a setting stores ("due", "maxExtension", the interest presets) and argument names.
    expect(
      englishLeft(zh, [
        "due",
        "maxExtension",
        "none",
        "euDirective",
        "ukAct",
        "chinaLpr",
        "chinaSme",
        "custom",
        "amounts",
        "sales_newest_first",
        "due_dates",
        "paid_dates",
        "amount",
        "payments",
        "Flows",
      ]),
    ).toEqual([]);
    if (e.reason!.code in functionErrorsEn) expect(functionErrorText(e.reason!, "en")).toBe(e.message);
  });
});

test("docs/FUNCTIONS.md's error example gives the reason it quotes, in English and in Chinese", () => {
  const { loadBundle } = require("../functions/loadBundle") as typeof import("../functions/loadBundle");
  const { enterCell } =
    require("../../src/preview/formulas/recalc") as typeof import("../../src/preview/formulas/recalc");
  const { MemoryWorkbook } =
    require("../../src/preview/workbook/memoryWorkbook") as typeof import("../../src/preview/workbook/memoryWorkbook");
  const readme = readFileSync(join(__dirname, "../../docs/FUNCTIONS.md"), "utf8");
  const m = /`(=AR\.[^`]+)` → `(#[A-Z/0!?]+)`, English:\s+`([^`]+)`; Chinese: `([^`]+)`/.exec(readme);
  expect(m).not.toBeNull();
  const [, formula, code, en, zh] = m!;
  for (const [displayLanguage, message] of [
    ["en-US", en],
    ["zh-CN", zh],
  ]) {
    const book = new MemoryWorkbook();
    const sheet = book.addSheet("Formulas");
    enterCell(book, sheet, 0, 0, formula, loadBundle({ displayLanguage }));
    expect([sheet.get(0, 0), sheet.errorMessages.get("0,0")]).toEqual([code, message]);
  }
});

test("a value the user typed is quoted as it is, even when it looks like a placeholder", () => {
  const reason = { code: "arg.notAChoice", params: { name: "basis", value: "{name}", choices: '"due", "invoice"' } };
  expect(functionErrorText(reason, "zh-CN")).toBe('basis：“{name}”不是可选值（"due", "invoice"）之一');
  expect(functionErrorText(reason, "en")).toBe('basis: "{name}" is not one of "due", "invoice"');
});
