/**
 * The cash plan end to end: the collection forecast over the plan's weeks, the payables (on their due date less the
 * company's own habit of paying early; overdue bills in week 1), the other flows, the opening cash and the buffer →
 * the base plan, the stress scenarios, the levers and the cash conversion cycle (DIO a setting + DSO − DPO).
 */
import { groupByCustomer } from "../analysis/customers";
import { readHabits, type LedgerHabits } from "../analysis/forecast";
import { fig, money, reason } from "../model/reason";
import type {
  ColumnMapping,
  CustomerAssessment,
  Invoice,
  LedgerInput,
  PortfolioSummary,
  Reason,
  ResolvedSettings,
} from "../model/types";
import { expandFlows } from "./flows";
import { comparePlan, type FrozenPlan, type PlanVsActual } from "./freeze";
import { payEarlyHabit, rankLevers, type Lever } from "./levers";
import { payablesDue, readPayables, type PayablesLedger } from "./payables";
import { cashCycle } from "./ratios";
import { collectionsCents, planWith, runScenarios, type PlanBase, type Scenario } from "./scenarios";
import { cashInReporting, type CashInReporting, type CashSources, type LeftOut } from "./currencies";
import { currencyScenario } from "./currencyScenario";
import type { RateTable } from "../model/rates";
import { resolveCashSettings, type CashSettings } from "./settings";
import type { CashPlan } from "./types";
import { planEnd } from "./weeks";

/** The parts of an analysis the cash plan reads (the analysis itself sits above the cash plan). */
export interface AnalysisForCash {
  settings: ResolvedSettings;
  customers: CustomerAssessment[];
  portfolio: PortfolioSummary;
}

export interface CashAnalysis {
  settings: CashSettings;
  /** The currency every figure of the plan is in (本币). */
  reportingCurrency: string;
  /** Items in a currency without a rate: named, and left out of the plan. */
  leftOut: LeftOut[];
  /** The foreign currencies in the plan with a rate: the currency scenario's choices. */
  currencies: string[];
  plan: CashPlan;
  scenarios: Scenario[];
  targetWeek: number;
  levers: Lever[];
  payables: Omit<PayablesLedger, "bills"> | null;
  /** Days the company pays its suppliers before the due date (from its settled bills). */
  payEarlyDays: number;
  cycle: { dio: number; dso: number | null; dpo: number | null; ccc: number | null };
  reasons: Reason[];
  /** Frozen plans with planned vs actual for the weeks that have ended by the as-of date. */
  frozen: { plan: FrozenPlan; rows: PlanVsActual[] }[];
}

/** What the taskpane asks for: the payables range (if any), its column corrections, and the cash settings. */
export interface CashRequest {
  payables: LedgerInput | null;
  payablesMapping?: Partial<ColumnMapping>;
  payablesHeaderRow?: number;
  settings?: Partial<CashSettings>;
  /** Plans frozen earlier (kept in the workbook): compared, week by week, with what the ledgers say happened. */
  frozen?: FrozenPlan[];
  /** A rates table (汇率) other than the analysis's own (callers outside the pane); absent = the analysis's. */
  rates?: RateTable | null;
}

export interface CashInputs {
  invoices?: readonly Invoice[];
  byCustomer?: Map<string, Invoice[]>;
  payables: PayablesLedger | null;
  settings?: Partial<CashSettings>;
  frozen?: FrozenPlan[];
  /** The habits the analysis read (forecast.ts readHabits); read here when absent. */
  habits?: LedgerHabits;
  /** The reporting currency and rates; absent = the analysis's currency and rates (settings.rates). */
  rates?: RateTable | null;
}

export function analyzeCash(analysis: AnalysisForCash, inputs: CashInputs): CashAnalysis {
  const settings = resolveCashSettings(inputs.settings);
  const asOf = analysis.settings.asOf;
  const byCustomer = inputs.byCustomer ?? groupByCustomer(inputs.invoices ?? []);
  const rawBills = inputs.payables?.bills ?? [];
  const payEarlyDays = payEarlyHabit(rawBills);
  // One rates table: the analysis's own (its currency and rates), so receivables and plan convert alike.
  const table = inputs.rates ?? {
    reportingCurrency: analysis.settings.currency || "CNY",
    rates: analysis.settings.rates ?? [],
  };
  // Habits come from the whole ledger; the plan's many forecasts need only what is still open.
  const sources: CashSources = { byCustomer: openOnly(byCustomer), bills: rawBills, flows: settings.flows };
  const converted = cashInReporting(sources, table);
  const habits = inputs.habits ?? readHabits(byCustomer, asOf);
  const toBase = (c: CashInReporting): PlanBase => ({
    asOf,
    byCustomer: c.byCustomer,
    habits,
    payables: payablesDue(c.bills, payEarlyDays),
    other: expandFlows(c.flows, asOf, planEnd(asOf, settings.weeks)),
    settings,
  });
  const base = toBase(converted);
  const baseCents = collectionsCents(base);
  const plan = planWith(base, baseCents);
  const fx = currencyScenario(sources, table, settings, converted, toBase);
  const scenarios = [...runScenarios(base, plan, baseCents), ...(fx.scenario ? [fx.scenario] : [])];
  const grades = new Map(analysis.customers.map((c) => [c.customer, c.grade]));
  const { week, levers } = rankLevers({
    asOf,
    byCustomer: base.byCustomer,
    grades,
    bills: converted.bills,
    payEarlyDays,
    settings,
    scenarios,
    habits,
  });
  const dso = analysis.portfolio.dso;
  const dpo = inputs.payables?.dpo ?? null;
  return {
    settings,
    reportingCurrency: table.reportingCurrency,
    leftOut: converted.leftOut,
    currencies: converted.currencies,
    plan,
    scenarios,
    targetWeek: week,
    levers,
    payables: withoutBills(inputs.payables),
    payEarlyDays,
    cycle: { dio: settings.dioDays, dso, dpo, ccc: cashCycle(settings.dioDays, dso, dpo) },
    reasons: [...planReasons(plan, scenarios), ...converted.reasons, ...fx.reasons],
    frozen: (inputs.frozen ?? []).map((f) => ({
      plan: f,
      rows: comparePlan(f, [...byCustomer.values()].flat(), rawBills, asOf),
    })),
  };
}

function withoutBills(payables: PayablesLedger | null): CashAnalysis["payables"] {
  if (!payables) return null;
  const { bills: _b, ...rest } = payables;
  return rest;
}

/** Each customer's invoices with an open amount (customers with none left out). */
function openOnly(byCustomer: Map<string, Invoice[]>): Map<string, Invoice[]> {
  const out = new Map<string, Invoice[]>();
  for (const [customer, list] of byCustomer) {
    const open = list.filter((i) => i.openAmount !== 0);
    if (open.length) out.set(customer, open);
  }
  return out;
}

export function planReasons(plan: CashPlan, scenarios: readonly Scenario[]): Reason[] {
  const out: Reason[] = [];
  const { lowest, firstBelow } = plan;
  out.push(
    reason(
      "cash.lowest",
      { amount: lowest.closing, week: lowest.week },
      `lowest cash ${money(lowest.closing)} in week ${lowest.week}`,
    ),
  );
  if (firstBelow)
    out.push(
      reason(
        "cash.below",
        { week: firstBelow.week, gap: firstBelow.gap, minimum: plan.minimumCash },
        `cash falls below the buffer of ${money(plan.minimumCash)} in week ${firstBelow.week}; ${money(firstBelow.gap)} is missing at the lowest point`,
      ),
    );
  else
    out.push(
      reason(
        "cash.above",
        { minimum: plan.minimumCash, weeks: plan.weeks.length },
        `cash stays at or above the buffer of ${money(plan.minimumCash)} for all ${plan.weeks.length} weeks`,
      ),
    );
  const worst = scenarios
    .filter((s) => s.plan.firstBelow)
    .sort((a, b) => a.plan.firstBelow!.week - b.plan.firstBelow!.week)[0];
  if (!firstBelow && worst)
    out.push(
      reason(
        "cash.stressBelow",
        { week: worst.plan.firstBelow!.week, gap: worst.plan.firstBelow!.gap, scenario: worst.kind },
        `under stress (${worst.kind}) cash falls below the buffer in week ${worst.plan.firstBelow!.week}, ${money(worst.plan.firstBelow!.gap)} short`,
      ),
    );
  out.push(
    reason(
      "cash.days",
      { days: fig(7 * plan.weeks.length, 0) },
      `the plan covers ${7 * plan.weeks.length} days from the day after the as-of date`,
    ),
  );
  return out;
}

/** The cash plan for an analysis: reads the payables range with the analysis's as-of date and date order. */
export function cashForAnalysis(
  analysis: AnalysisForCash,
  byCustomer: Map<string, Invoice[]>,
  request: CashRequest,
  habits?: LedgerHabits,
): CashAnalysis {
  const { asOf, dateOrder } = analysis.settings;
  const payables = request.payables
    ? readPayables(request.payables, {
        asOf,
        dateOrder,
        mapping: request.payablesMapping,
        headerRow: request.payablesHeaderRow,
        defaultTermsDays: analysis.settings.defaultTermsDays,
      })
    : null;
  const { settings, frozen, rates } = request;
  return analyzeCash(analysis, { byCustomer, payables, settings, frozen, habits, rates });
}
