/**
 * Frozen plans: a dated copy of the plan kept in the workbook, and later the comparison, week by week since then, of
 * what was planned against what the ledgers say happened: collections (payments dated in the week on receivables
 * open on the freeze date) and payments to suppliers (bills open on the freeze date paid in the week). Other flows
 * are not in a ledger, so they are not compared.
 */
import type { Invoice } from "../model/types";
import { fromCents, toCents } from "../model/money";
import { billedOn } from "../history/pointInTime";
import type { CashPlan } from "./types";
import { planWeekOf } from "./weeks";

export interface FrozenPlan {
  /** The as-of date the plan was made for, and the day it was frozen (serials). */
  asOf: number;
  frozenOn: number;
  label: string;
  openingCash: number;
  minimumCash: number;
  weeks: { week: number; start: number; end: number; collections: number; payables: number; closing: number }[];
}

export interface PlanVsActual {
  week: number;
  start: number;
  end: number;
  plannedCollections: number;
  actualCollections: number;
  plannedPayables: number;
  actualPayables: number;
}

export function freezePlan(plan: CashPlan, frozenOn: number, label = ""): FrozenPlan {
  return {
    asOf: plan.asOf,
    frozenOn,
    label,
    openingCash: plan.openingCash,
    minimumCash: plan.minimumCash,
    weeks: plan.weeks.map((w) => ({
      week: w.week,
      start: w.start,
      end: w.end,
      collections: w.collections,
      payables: w.payables,
      closing: w.closing,
    })),
  };
}

/** Paid in each week after `asOf` on items open at `asOf`, in cents, for weeks 1..count. */
function paidPerWeek(items: readonly Invoice[], asOf: number, count: number): number[] {
  const out = new Array<number>(count).fill(0);
  for (const i of items) {
    if (billedOn(i) > asOf || i.paidDate === null || i.paidDate <= asOf) continue;
    const w = planWeekOf(i.paidDate, asOf);
    if (w <= count) out[w - 1] += toCents(i.paidAmount);
  }
  return out;
}

/** The weeks of a frozen plan that have ended by `today`, planned against actual. */
export function comparePlan(
  frozen: FrozenPlan,
  receivables: readonly Invoice[],
  bills: readonly Invoice[],
  today: number,
): PlanVsActual[] {
  const done = frozen.weeks.filter((w) => w.end <= today);
  const collected = paidPerWeek(receivables, frozen.asOf, done.length);
  const paid = paidPerWeek(bills, frozen.asOf, done.length);
  return done.map((w, i) => ({
    week: w.week,
    start: w.start,
    end: w.end,
    plannedCollections: w.collections,
    actualCollections: fromCents(collected[i]),
    plannedPayables: w.payables,
    actualPayables: fromCents(paid[i]),
  }));
}

const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const WEEK_FIELDS = ["week", "start", "end", "collections", "payables", "closing"] as const;

/** Whether a value read back from the workbook is a frozen plan AR Lens could have written (every figure a number). */
export function isFrozenPlan(v: unknown): v is FrozenPlan {
  const p = v as FrozenPlan;
  if (!p || typeof p !== "object" || Array.isArray(p)) return false;
  if (![p.asOf, p.frozenOn, p.openingCash, p.minimumCash].every(isNumber) || typeof p.label !== "string") return false;
  return (
    Array.isArray(p.weeks) &&
    p.weeks.every((w) => !!w && typeof w === "object" && WEEK_FIELDS.every((f) => isNumber(w[f])))
  );
}

/**
 * The frozen plans saved in the workbook, read back: the plans that are plans are kept, anything else (edited by
 * hand, another version's shape: `{}`, `[null]`, `[{}]`) is set aside and counted, so the comparison never fails.
 */
export function readFrozenPlans(stored: unknown): { plans: FrozenPlan[]; setAside: number } {
  if (stored === null || stored === undefined) return { plans: [], setAside: 0 };
  if (!Array.isArray(stored)) return { plans: [], setAside: 1 };
  const plans = stored.filter(isFrozenPlan);
  return { plans, setAside: stored.length - plans.length };
}
