/**
 * Stress scenarios: (a) every customer pays N days later than its habit (one scenario per N);
 * (b) the largest customer — or the one picked — pays nothing from the as-of date; (c) nothing more than D days past
 * due is ever collected; (d) (a) with the largest N and (b) together. Each is the base plan with its collections
 * re-forecast (for (b) and (d), the silent customer's part alone: withCustomerSilent); payables and other flows stay. With trade-credit insurance, (b) and (d) get the indemnity in its week:
 * for each unpaid undisputed invoice of the silent customer, open × indemnity share, paid when the waiting period
 * after the protracted-default declaration (due date + declaration days, not before the as-of date) ends.
 */
import { customerColumns, forecastCollections, type CustomerColumns, type LedgerHabits } from "../analysis/forecast";
import type { Invoice } from "../model/types";
import { fromCents, toCents } from "../model/money";
import { buildCashPlan } from "./plan";
import type { CashSettings } from "./settings";
import type { CashPlan, DatedCents } from "./types";
import { planWeekOf } from "./weeks";

export type ScenarioKind = "base" | "late" | "silent" | "overdueCap" | "combined" | "currency";

export interface Scenario {
  kind: ScenarioKind;
  /** Days later (late, combined), the silent customer (silent, combined), the days-past-due cap (overdueCap). */
  days: number | null;
  customer: string | null;
  plan: CashPlan;
  /** Insurance indemnity for the silent customer: amount and the week it arrives (null = after the plan). */
  indemnity: { amount: number; week: number | null; date: number | null; perWeek: number[] } | null;
  /** The currency scenario (currencyScenario.ts): the currency, its move (−0.05 = −5 %), its rate before the move. */
  currency?: { code: string; move: number; rate: number | null; reporting: string };
}

export interface PlanBase {
  asOf: number;
  byCustomer: Map<string, Invoice[]>;
  payables: readonly DatedCents[];
  other: readonly DatedCents[];
  settings: CashSettings;
  /** Read once for every scenario (forecast.ts readHabits); read on each forecast when absent. */
  habits?: LedgerHabits;
}

export function planWith(base: PlanBase, collections: number[], extra: DatedCents[] = []): CashPlan {
  const s = base.settings;
  return buildCashPlan({
    asOf: base.asOf,
    weeks: s.weeks,
    openingCash: s.openingCash,
    minimumCash: s.minimumCash,
    collectionsCents: collections,
    payables: base.payables,
    other: [...base.other, ...extra],
  });
}

export function collectionsCents(base: PlanBase, options: Parameters<typeof forecastCollections>[4] = {}): number[] {
  return forecastCollections(base.byCustomer, new Map(), null, base.asOf, {
    weeks: base.settings.weeks,
    habits: base.habits,
    columns: columnsOf(base.byCustomer),
    ...options,
  }).weeks.map((w) => toCents(w.expected));
}

const columns = new WeakMap<Map<string, Invoice[]>, CustomerColumns>();
/** The plan's open items as columns, once per plan base: every scenario forecasts the same customers. */
function columnsOf(byCustomer: Map<string, Invoice[]>): CustomerColumns {
  let c = columns.get(byCustomer);
  if (!c) columns.set(byCustomer, (c = customerColumns(byCustomer)));
  return c;
}

/** The customer with the largest open balance (ties: by name). */
export function largestCustomer(byCustomer: Map<string, Invoice[]>): string | null {
  let best: { name: string; cents: number } | null = null;
  for (const [name, list] of byCustomer) {
    const cents = list.reduce((s, i) => s + toCents(i.openAmount), 0);
    if (cents > 0 && (!best || cents > best.cents || (cents === best.cents && name < best.name)))
      best = { name, cents };
  }
  return best?.name ?? null;
}

/** The indemnity flows for a customer that stops paying (empty when uninsured). */
export function indemnityFlows(base: PlanBase, customer: string): DatedCents[] {
  const ins = base.settings.insurance;
  if (!ins.insured) return [];
  const out: DatedCents[] = [];
  for (const inv of base.byCustomer.get(customer) ?? []) {
    const open = toCents(inv.openAmount);
    if (open <= 0 || inv.disputed) continue;
    const declared = Math.max(base.asOf + 1, inv.dueDate + ins.protractedDefaultDays);
    out.push({ date: declared + ins.waitingPeriodDays, cents: Math.round(open * ins.indemnityShare) });
  }
  return out;
}

function indemnityOf(base: PlanBase, flows: DatedCents[]): Scenario["indemnity"] {
  if (!base.settings.insurance.insured) return null;
  const cents = flows.reduce((s, f) => s + f.cents, 0);
  const first = flows.length ? Math.min(...flows.map((f) => f.date)) : null;
  const week = first === null ? null : planWeekOf(first, base.asOf);
  const perWeek = new Array<number>(base.settings.weeks).fill(0);
  for (const f of flows) {
    const w = planWeekOf(f.date, base.asOf);
    if (w <= perWeek.length) perWeek[w - 1] += f.cents;
  }
  return {
    amount: fromCents(cents),
    date: first,
    week: week !== null && week <= base.settings.weeks ? week : null,
    perWeek: perWeek.map(fromCents),
  };
}

/**
 * The scenarios of `base`, whose own plan is `basePlan` from the collections `baseCents` (collectionsCents(base):
 * passed by a caller that has them, so the base is not forecast twice).
 */
export function runScenarios(base: PlanBase, basePlan: CashPlan, baseCents = collectionsCents(base)): Scenario[] {
  const s = base.settings;
  const out: Scenario[] = [{ kind: "base", days: null, customer: null, plan: basePlan, indemnity: null }];
  const lateCents = new Map<number, number[]>([[0, baseCents]]);
  for (const days of s.stressLateDays) {
    const cents = collectionsCents(base, { extraDaysLate: days });
    lateCents.set(days, cents);
    out.push({ kind: "late", days, customer: null, plan: planWith(base, cents), indemnity: null });
  }
  const silent = s.stressCustomer ?? largestCustomer(base.byCustomer);
  if (silent !== null) {
    const flows = indemnityFlows(base, silent);
    const indemnity = indemnityOf(base, flows);
    out.push({
      kind: "silent",
      days: null,
      customer: silent,
      plan: planWith(base, withCustomerSilent(base, baseCents, silent, 0), flows),
      indemnity,
    });
    const late = s.stressLateDays.length ? Math.max(...s.stressLateDays) : 0;
    const all = lateCents.get(late) ?? collectionsCents(base, { extraDaysLate: late });
    out.push({
      kind: "combined",
      days: late,
      customer: silent,
      plan: planWith(base, withCustomerSilent(base, all, silent, late), flows),
      indemnity: indemnityOf(base, flows),
    });
  }
  out.splice(out.length - (silent !== null ? 1 : 0), 0, {
    kind: "overdueCap",
    days: s.stressMaxDaysPastDue,
    customer: null,
    plan: planWith(base, collectionsCents(base, { collectUpToDaysPastDue: s.stressMaxDaysPastDue })),
    indemnity: null,
  });
  return out;
}

/**
 * The collections with `customer` silent, from `all` (every customer forecast `extraDaysLate` days late): its own
 * part taken out and its part as a silent customer put in. Exact: a forecast's weekly cents are the sum of its
 * customers' parts (forecastSpread.ts adds each customer's slots to the totals), so one customer is forecast twice
 * instead of the whole ledger once more. Without habits read beforehand (each forecast would read its own from its
 * customers), the whole ledger is forecast again.
 */
function withCustomerSilent(base: PlanBase, all: number[], customer: string, extraDaysLate: number): number[] {
  const invoices = base.byCustomer.get(customer);
  const silentCustomers = new Set([customer]);
  if (!base.habits) return collectionsCents(base, { silentCustomers, extraDaysLate });
  if (!invoices) return all;
  const one = { ...base, byCustomer: new Map([[customer, invoices]]) };
  const loud = collectionsCents(one, { extraDaysLate });
  const quiet = collectionsCents(one, { silentCustomers, extraDaysLate });
  return all.map((cents, i) => cents - loud[i] + quiet[i]);
}
