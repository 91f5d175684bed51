/**
 * The cash plan moved by the collections desk's open promises: the plan's collections are changed
 * exactly as the forecast is (collections/promiseForecast.ts) — each pending promise moves its amount, discounted by
 * the customer's record of keeping promises, from where that customer's money was expected to the promised date's
 * week — over the plan's own weeks (4–52). With the default 13 weeks the cents moved are the forecast's, week for
 * week. Payables and other flows stay as they were; the plan is rebuilt so that closing cash, the lowest point and
 * the first week below the buffer follow. The stress scenarios and levers keep the analysis's collections.
 */
import type { CollectionForecast } from "../model/types";
import { toCents } from "../model/money";
import { applyPromisesToForecast } from "./promiseForecast";
import type { PromiseRecord, PromiseToPay } from "./promises";
import type { CashAnalysis } from "../cash/cashAnalysis";
import { planReasons } from "../cash/cashAnalysis";
import { buildCashPlan } from "../cash/plan";
import type { CashPlan, DatedCents } from "../cash/types";

/** `customerForecast(customer, weeks)`: the forecast of that customer's invoices alone over `weeks` weeks. */
export function cashWithPromises(
  cash: CashAnalysis,
  promises: readonly PromiseToPay[],
  records: Map<string, PromiseRecord>,
  customerForecast: (customer: string, weeks: number) => CollectionForecast,
): CashAnalysis {
  if (!promises.some((p) => p.status === "pending")) return cash;
  const plan = cash.plan;
  const count = plan.weeks.length;
  // The plan's collections as a forecast (beyond the plan is not needed: only the weeks are read back).
  const asForecast = {
    asOf: plan.asOf,
    weeks: plan.weeks.map((w) => ({ week: w.week, start: w.start, end: w.end, expected: w.collections })),
    beyond: 0,
    doubtful: 0,
    total: 0,
    reasons: [],
  } as unknown as CollectionForecast;
  const { forecast, moves } = applyPromisesToForecast(asForecast, promises, records, (customer) =>
    customerForecast(customer, count),
  );
  if (moves.length === 0) return cash;
  const moved = rebuild(
    plan,
    forecast.weeks.map((w) => toCents(w.expected)),
  );
  return { ...cash, plan: moved, reasons: planReasons(moved, cash.scenarios) };
}

/** The same plan with other collections: payables and other flows placed back in their weeks. */
function rebuild(plan: CashPlan, collectionsCents: number[]): CashPlan {
  const payables: DatedCents[] = [];
  const other: DatedCents[] = [];
  for (const w of plan.weeks) {
    if (w.payables !== 0) payables.push({ date: w.start, cents: toCents(w.payables) });
    if (w.otherIn !== 0) other.push({ date: w.start, cents: toCents(w.otherIn) });
    if (w.otherOut !== 0) other.push({ date: w.start, cents: -toCents(w.otherOut) });
  }
  return buildCashPlan({
    asOf: plan.asOf,
    weeks: plan.weeks.length,
    openingCash: plan.openingCash,
    minimumCash: plan.minimumCash,
    collectionsCents,
    payables,
    other,
  });
}
