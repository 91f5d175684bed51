/**
 * The comparison harness for speed work: writes the analysis of several ledgers (generated ones of different shapes,
 * the IBM sample and the six accounting-system exports when ../shared holds them, the cash plan, AR.KPITREND and
 * AR.GRADE) as exact JSON, one file per
 * case, so two builds can be compared value for value (every number written with all its digits; NaN, ±Infinity
 * and −0 spelled out). Usage: node .bench-build/bench/resultsDump.js <outDir>
 * then:  node .bench-build/bench/resultsDump.js --compare <dirA> <dirB>
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { join, resolve } from "path";
import { analyzeLedger } from "../src/engine/analysis/analyze";
import type { AnalysisSettings } from "../src/engine/analysis/types";
import type { CashRequest } from "../src/engine/cash/cashAnalysis";
import { serialFromYmd } from "../src/engine/core/dates";
import { parseCsv } from "../src/engine/ledger/csv";
import { generateLedger } from "../src/engine/sample/generateLedger";
import { generatePayables } from "../src/engine/sample/generatePayables";
import { manyCustomersLedger } from "./manyCustomers";

(globalThis as Record<string, unknown>).CustomFunctions ??= {
  Error: class extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message);
    }
  },
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
  },
  associate: () => undefined,
};

const AS_OF = serialFromYmd(2025, 6, 30);
const IBM = resolve(__dirname, "../../../shared/data/ibm-accounts-receivable.csv");
const EXPORTS = resolve(__dirname, "../../../shared/exports");
type Values = (string | number)[][];
interface Case {
  name: string;
  values: () => Values;
  numberFormats?: () => string[][];
  settings?: Partial<AnalysisSettings>;
  cash?: (values: Values) => CashRequest;
}

const generated =
  (seed: number, customers: number, invoices: number, language: "en" | "zh" = "en", months?: number) =>
  () =>
    generateLedger({ seed, customers, invoices, asOf: AS_OF, language, months }).values;
const withCash = (): CashRequest => {
  const payables = generatePayables({
    seed: 12,
    suppliers: 50,
    bills: 2000,
    asOf: AS_OF,
    language: "en",
    monthlyPurchases: 2_000_000,
  });
  return {
    payables: { values: payables.values, sheet: "Payables", topLeft: "A1" },
    settings: { openingCash: 5_000_000, minimumCash: 1_000_000, creditLine: 2_000_000 },
  };
};

const CASES: Case[] = [
  { name: "gen-5000x100k", values: generated(11, 5000, 100_000) },
  { name: "gen-300x20k", values: generated(3, 300, 20_000) },
  { name: "gen-40x3000-zh", values: generated(7, 40, 3000, "zh") },
  { name: "gen-8x150-short", values: generated(5, 8, 150, "en", 4) },
  { name: "gen-2000x2500", values: generated(9, 2000, 2500) },
  { name: "one-each-20k", values: () => manyCustomersLedger(20_000, true) },
  {
    name: "one-each-3000-invoice-growth",
    values: () => manyCustomersLedger(3000, true),
    settings: { agingBasis: "invoice", riskAppetite: "growth", trendMonths: 24 },
  },
  {
    name: "gen-300x20k-conservative-early",
    values: generated(3, 300, 20_000),
    settings: { riskAppetite: "conservative", asOf: AS_OF - 200, followUpMonths: 3, lateDays: 10 },
  },
  { name: "gen-500x10k-cash", values: generated(13, 500, 10_000), cash: withCash },
  { name: "one-each-5000-cash", values: () => manyCustomersLedger(5000, true), cash: withCash },
  {
    name: "ibm",
    values: () => parseCsv(readFileSync(IBM, "utf8")) as Values,
    settings: { asOf: serialFromYmd(2014, 1, 1) },
  },
  {
    name: "ibm-invoice-basis",
    values: () => parseCsv(readFileSync(IBM, "utf8")) as Values,
    settings: { asOf: serialFromYmd(2013, 6, 30), agingBasis: "invoice" },
  },
];

/** The accounting-system exports (../shared/exports), analysed at their own as-of dates, with their number formats. */
function exportCases(): Case[] {
  if (!existsSync(EXPORTS)) {
    console.warn(`skipping the exports: ${EXPORTS} is not present`);
    return [];
  }
  return readdirSync(EXPORTS)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => {
      const read = () => JSON.parse(readFileSync(join(EXPORTS, file), "utf8"));
      const { asOfSerial } = read() as { asOfSerial: number };
      return {
        name: `export-${file.replace(/\.json$/, "")}`,
        values: () => read().values as Values,
        numberFormats: () => read().numberFormats as string[][],
        settings: { asOf: asOfSerial },
      };
    });
}

/** JSON with every number exact and NaN, ±Infinity, −0 and undefined spelled out. */
export function exactJson(value: unknown): string {
  return JSON.stringify(
    value,
    function (_key, v) {
      if (typeof v === "number" && (!Number.isFinite(v) || Object.is(v, -0)))
        return `#num:${Object.is(v, -0) ? "-0" : String(v)}`;
      if (v === undefined) return "#undefined";
      if (v instanceof Map) return { "#map": [...v] };
      return v;
    },
    1,
  );
}

async function dump(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const { kpiTrend } = await import("../src/functions/trend");
  const { grade } = await import("../src/functions/ledger");
  for (const c of [...CASES, ...exportCases()]) {
    if (c.name.startsWith("ibm") && !existsSync(IBM)) {
      console.warn(`skipping ${c.name}: ${IBM} is not present`);
      continue;
    }
    const values = c.values();
    const settings: AnalysisSettings = {
      asOf: AS_OF,
      agingBasis: "due",
      dateOrder: "auto",
      riskAppetite: "balanced",
      ...c.settings,
    };
    const input = { values, numberFormats: c.numberFormats?.(), sheet: "Ledger", topLeft: "A1" };
    const a = analyzeLedger(input, settings, {}, c.cash?.(values));
    writeFileSync(join(dir, `${c.name}.json`), exactJson(a));
    if (c.name.startsWith("ibm") || c.settings) continue;
    // The functions over the columns of generated ledgers (Customer, Amount, Invoice Date, Due Date, Paid Amount, Paid Date).
    const col = (j: number) => values.slice(1).map((r) => [r[j] === "" ? null : r[j]]);
    const args = [col(0), col(4), col(2), col(3), col(6), col(5), settings.asOf] as const;
    const trend = kpiTrend(...args);
    const grades = grade(col(0).slice(0, 50), col(0), col(4), col(3), col(2), col(6), col(5), undefined, settings.asOf);
    writeFileSync(join(dir, `${c.name}.functions.json`), exactJson({ trend, grades }));
  }
}

function compare(a: string, b: string): number {
  let differ = 0;
  const files = readdirSync(a).filter((f) => f.endsWith(".json"));
  for (const f of files) {
    const there = join(b, f);
    if (!existsSync(there)) {
      console.log(`${f}: missing in ${b}`);
      differ++;
      continue;
    }
    const same = readFileSync(join(a, f), "utf8") === readFileSync(there, "utf8");
    if (!same) differ++;
    console.log(`${f}: ${same ? "identical" : "DIFFERENT"}`);
  }
  console.log(differ === 0 ? `all ${files.length} results identical` : `${differ} of ${files.length} differ`);
  return differ;
}

if (process.argv[2] === "--compare") process.exitCode = compare(process.argv[3], process.argv[4]) === 0 ? 0 : 1;
else
  dump(process.argv[2]).catch((e) => {
    console.error(e);
    process.exit(1);
  });
