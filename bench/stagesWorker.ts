/**
 * Where the analysis's time goes: each step analyzeLedger runs (analyze.ts analysisSteps), timed alone on the same
 * generated ledger, in one fresh process; best of `runs` per step, with the garbage collection that fell inside it
 * in that run (and how many full collections of the heap). Prints JSON { stage: [ms, gc ms, full collections] }.
 * Usage: node --expose-gc .bench-build/bench/stagesWorker.js <invoices> <runs> [distinct|300]
 */
import { DEFAULT_CURRENCY, resolveSettings } from "../src/engine/analysis/analyze";
import { buildAlerts } from "../src/engine/analysis/alerts";
import { assessCustomers, groupByCustomer } from "../src/engine/analysis/customers";
import { forecastCollections, readHistoryHabits } from "../src/engine/analysis/forecast";
import { checkInsurance } from "../src/engine/analysis/insurance";
import { proposePaymentPlans } from "../src/engine/analysis/plans";
import { summarizePortfolio } from "../src/engine/analysis/portfolio";
import { serialFromYmd } from "../src/engine/core/dates";
import { customerHistories } from "../src/engine/history/customerHistory";
import { forecastCheck } from "../src/engine/history/forecastCheck";
import { backtestGrades } from "../src/engine/history/gradeBacktest";
import { kpiTrend } from "../src/engine/history/kpiTrend";
import { detectColumns } from "../src/engine/ledger/columns";
import { parseLedger } from "../src/engine/ledger/parseLedger";
import { generateLedger } from "../src/engine/sample/generateLedger";
import { manyCustomersLedger } from "./manyCustomers";
import { PerformanceObserver, constants, performance } from "perf_hooks";

const AS_OF = serialFromYmd(2025, 6, 30);
const rows = Number(process.argv[2] ?? 1_048_575);
const runs = Number(process.argv[3] ?? 3);
const gc = () => (globalThis as { gc?: () => void }).gc?.();
// A third argument: "distinct" (one invoice per customer) or a number of customers (300: manyCustomers.ts).
const shape = process.argv[4];
const values = shape
  ? manyCustomersLedger(rows, shape === "distinct")
  : generateLedger({ seed: 11, customers: 5000, invoices: rows, asOf: AS_OF, language: "en" }).values;
const input = { values, sheet: "Ledger", topLeft: "A1" };
const settings = {
  asOf: AS_OF,
  agingBasis: "due" as const,
  dateOrder: "auto" as const,
  riskAppetite: "balanced" as const,
};

// Garbage collections (start, duration), attributed afterwards to the step they fell in.
const pauses: [number, number, boolean][] = [];
const isFull = (e: { detail?: unknown }) =>
  (e.detail as { kind?: number } | undefined)?.kind === constants.NODE_PERFORMANCE_GC_MAJOR;
new PerformanceObserver((list) =>
  list.getEntries().forEach((e) => pauses.push([e.startTime, e.duration, isFull(e)])),
).observe({ entryTypes: ["gc"] });
const spans: [string, number, number][] = [];
function step<T>(name: string, fn: () => T): T {
  const t0 = performance.now();
  const out = fn();
  spans.push([name, t0, performance.now()]);
  return out;
}

for (let i = 0; i < runs; i++) {
  gc();
  const base = resolveSettings(settings, null);
  const mapping = step("mapping", () => detectColumns(values, { dateOrder: "auto" }));
  const parsed = step("parse", () =>
    parseLedger(input, mapping, {
      asOf: AS_OF,
      dateOrder: mapping.dateOrder ?? "auto",
      defaultTermsDays: 30,
      onlyCurrency: null,
    }),
  );
  const resolved = { ...base, currency: parsed.currency || DEFAULT_CURRENCY };
  // Grouped once, as the analysis does: the portfolio's aging rows and the customers read the groups.
  const byCustomer = step("groupByCustomer", () => groupByCustomer(parsed.invoices));
  const { portfolio } = step("portfolio+aging", () => summarizePortfolio(parsed.invoices, resolved, byCustomer));
  step("kpiTrend", () =>
    kpiTrend(parsed.invoices, { asOf: AS_OF, dsoWindowDays: resolved.dsoWindowDays, months: resolved.trendMonths }),
  );
  const histories = step("customerHistories", () => customerHistories(byCustomer));
  const ctx = {
    asOf: AS_OF,
    agingBasis: resolved.agingBasis,
    agingEdges: resolved.agingEdges,
    riskAppetite: resolved.riskAppetite,
    currency: resolved.currency,
    totalOpen: portfolio.totalOpen,
    portfolioDaysLate: portfolio.weightedDaysLate,
    limitHeadroom: resolved.limitHeadroom,
  };
  const customers = step("customers (grade, terms, limits)", () =>
    assessCustomers(parsed.invoices, ctx, byCustomer, histories),
  );
  step("plans", () => proposePaymentPlans(customers, byCustomer, AS_OF));
  step("alerts", () => buildAlerts(customers, byCustomer, AS_OF, resolved.alertThresholds));
  step("modelCheck (grade backtest)", () =>
    backtestGrades(histories, AS_OF, { followUpMonths: resolved.followUpMonths, lateDays: resolved.lateDays }),
  );
  step("insurance", () => checkInsurance(customers, parsed.invoices));
  const habits = step("readHabits", () => readHistoryHabits(histories, AS_OF));
  step("forecast", () =>
    forecastCollections(byCustomer, new Map(), portfolio.weightedDaysLate, AS_OF, { habits, histories }),
  );
  step("forecastCheck", () => forecastCheck(parsed.invoices, AS_OF, undefined, histories));
}
setTimeout(() => {
  const best: Record<string, number[]> = {};
  for (const [name, from, to] of spans) {
    let gcMs = 0;
    let full = 0;
    for (const [at, ms, major] of pauses)
      if (at >= from && at < to) {
        gcMs += ms;
        full += major ? 1 : 0;
      }
    if (!best[name] || to - from < best[name][0]) best[name] = [to - from, gcMs, full];
  }
  best["sum of steps"] = Object.values(best).reduce((s, x) => s.map((v, i) => v + x[i]), [0, 0, 0]);
  process.stdout.write(
    JSON.stringify(Object.fromEntries(Object.entries(best).map(([k, x]) => [k, x.map(Math.round)]))).replace(
      /],/g,
      "],\n ",
    ) + "\n",
  );
}, 100);
