/**
 * Levers that close a cash gap, ranked by the cash they bring by the target week (the first week below the buffer;
 * without one, the first week below in a stress scenario, else the week of the lowest cash). Each carries its
 * arithmetic as reasons:
 * - collect named overdue invoices now: overdue − what the forecast already expects from them by the target week;
 * - offer an early-payment discount d/D to named customers on invoices not yet due: open × (1 − d) − expected by
 *   the target week; its annual cost (AR.DISCOUNTCOST, d/(1−d) × 365/(N−D)) against the borrowing rate;
 * - finance (factor) eligible receivables — undisputed, not past due, grade within the setting: advance = eligible ×
 *   advance rate, less what they would have brought by the target week; cost = fee per 30 days × days to due;
 * - pay suppliers on the due date, not earlier (the company's own habit of paying early, from its settled bills);
 * - draw the credit line: cash in week 1; interest = amount × borrowing rate × days to the end of the target week / 365.
 */
import { forecastCollections, type LedgerHabits } from "../analysis/forecast";
import { fig, money, pct, reason } from "../model/reason";
import type { Invoice, Reason } from "../model/types";
import { fromCents, toCents } from "../model/money";
import { discountCost } from "../core/ratios";
import type { Bill } from "./payables";
import type { Scenario } from "./scenarios";
import type { CashSettings } from "./settings";
import { planWeekOf } from "./weeks";

export type LeverKind = "collectOverdue" | "earlyDiscount" | "factoring" | "payOnDue" | "creditLine" | "insurance";

export interface Lever {
  kind: LeverKind;
  customer: string | null;
  /** Cash it brings by the end of the target week. */
  cash: number;
  /** What it costs (discount given, fees, interest); null when nothing. */
  cost: number | null;
  reasons: Reason[];
}

export interface LeverContext {
  asOf: number;
  byCustomer: Map<string, Invoice[]>;
  grades: Map<string, number>;
  bills: readonly Bill[];
  payEarlyDays: number;
  settings: CashSettings;
  scenarios: Scenario[];
  habits: LedgerHabits;
}

const NAMED = 5;

export function targetWeek(scenarios: readonly Scenario[]): number {
  const base = scenarios[0].plan;
  if (base.firstBelow) return base.firstBelow.week;
  const stressed = scenarios.map((s) => s.plan.firstBelow?.week).filter((w): w is number => w !== undefined);
  return stressed.length ? Math.min(...stressed) : base.lowest.week;
}

/** What the forecast expects from these invoices by the end of week `week` (habits read from the whole ledger), in cents. */
function expectedBy(ctx: LeverContext, customer: string, invoices: Invoice[], week: number): number {
  const f = forecastCollections(new Map([[customer, invoices]]), new Map(), null, ctx.asOf, {
    weeks: Math.max(week, 1),
    habits: ctx.habits,
  });
  return f.weeks.slice(0, week).reduce((s, w) => s + toCents(w.expected), 0);
}

function collectOverdue(ctx: LeverContext, week: number): Lever[] {
  const out: Lever[] = [];
  for (const [customer, list] of ctx.byCustomer) {
    const overdue = list.filter((i) => !i.disputed && i.openAmount > 0 && i.dueDate < ctx.asOf);
    if (!overdue.length) continue;
    const cents = overdue.reduce((s, i) => s + toCents(i.openAmount), 0);
    const gain = cents - expectedBy(ctx, customer, overdue, week);
    if (gain <= 0) continue;
    const days = Math.max(...overdue.map((i) => ctx.asOf - i.dueDate));
    const grade = ctx.grades.get(customer) ?? 0;
    out.push({
      kind: "collectOverdue",
      customer,
      cash: fromCents(gain),
      cost: null,
      reasons: [
        reason(
          "cash.lever.collect",
          {
            customer,
            amount: fromCents(cents),
            invoices: overdue.length,
            days,
            grade,
            expected: fromCents(cents - gain),
            week,
            gain: fromCents(gain),
          },
          `collect ${customer}'s ${overdue.length} overdue invoice(s), ${money(fromCents(cents))} (up to ${days} days past due, grade ${grade}): the forecast expects ${money(fromCents(cents - gain))} of it by week ${week}, so ${money(fromCents(gain))} more`,
        ),
      ],
    });
  }
  return out.sort((a, b) => b.cash - a.cash).slice(0, NAMED);
}

function earlyDiscount(ctx: LeverContext, week: number): Lever[] {
  const s = ctx.settings;
  const out: Lever[] = [];
  for (const [customer, list] of ctx.byCustomer) {
    const notDue = list.filter((i) => !i.disputed && i.openAmount > 0 && i.dueDate > ctx.asOf + s.discountDays);
    if (!notDue.length) continue;
    const cents = notDue.reduce((acc, i) => acc + toCents(i.openAmount), 0);
    const discount = Math.round(cents * s.discountRate);
    const gain = cents - discount - expectedBy(ctx, customer, notDue, week);
    // Paid within the discount days from today: in the plan only if that day falls by the target week.
    if (gain <= 0 || planWeekOf(ctx.asOf + s.discountDays, ctx.asOf) > week) continue;
    const netDays = Math.round(
      notDue.reduce((acc, i) => acc + toCents(i.openAmount) * (i.dueDate - ctx.asOf), 0) / cents,
    );
    if (netDays <= s.discountDays) continue;
    const cost = discountCost(s.discountRate, s.discountDays, netDays).simple;
    const worth = cost < s.borrowingRate;
    out.push({
      kind: "earlyDiscount",
      customer,
      cash: fromCents(gain),
      cost: fromCents(discount),
      reasons: [
        reason(
          worth ? "cash.lever.discountWorth" : "cash.lever.discountDear",
          {
            customer,
            amount: fromCents(cents),
            discount: pct(s.discountRate),
            days: s.discountDays,
            netDays,
            cost: pct(cost),
            rate: pct(s.borrowingRate),
            given: fromCents(discount),
            gain: fromCents(gain),
            week,
          },
          `offer ${customer} ${pct(s.discountRate)} % off ${money(fromCents(cents))} not yet due if paid within ${s.discountDays} days (due in ${netDays} days on average): ${money(fromCents(gain))} more by week ${week} for ${money(fromCents(discount))}, an annual cost of ${pct(cost)} % — ${worth ? "less" : "more"} than the ${pct(s.borrowingRate)} % borrowing rate`,
        ),
      ],
    });
  }
  return out.sort((a, b) => b.cash - a.cash).slice(0, 3);
}

function factoring(ctx: LeverContext, week: number): Lever[] {
  const s = ctx.settings;
  let eligible = 0;
  let fee = 0;
  let expected = 0;
  let customers = 0;
  for (const [customer, list] of ctx.byCustomer) {
    if ((ctx.grades.get(customer) ?? 10) > s.factoringMaxGrade) continue;
    const ok = list.filter((i) => !i.disputed && i.openAmount > 0 && i.dueDate >= ctx.asOf);
    if (!ok.length) continue;
    customers++;
    for (const i of ok) {
      const c = toCents(i.openAmount);
      eligible += c;
      fee += c * s.factoringFeePer30Days * (Math.max(1, i.dueDate - ctx.asOf) / 30); // fee per 30 days × days to due
    }
    expected += expectedBy(ctx, customer, ok, week);
  }
  const advance = Math.round(eligible * s.advanceRate);
  const gain = advance - expected;
  if (eligible === 0 || gain <= 0) return [];
  return [
    {
      kind: "factoring",
      customer: null,
      cash: fromCents(gain),
      cost: fromCents(Math.round(fee)),
      reasons: [
        reason(
          "cash.lever.factoring",
          {
            eligible: fromCents(eligible),
            customers,
            grade: s.factoringMaxGrade,
            advance: pct(s.advanceRate),
            cash: fromCents(advance),
            fee: pct(s.factoringFeePer30Days),
            cost: fromCents(Math.round(fee)),
            expected: fromCents(expected),
            week,
            gain: fromCents(gain),
          },
          `finance ${money(fromCents(eligible))} of receivables not yet due, undisputed, from ${customers} customer(s) of grade ${s.factoringMaxGrade} or better: ${pct(s.advanceRate)} % advance = ${money(fromCents(advance))} now, less the ${money(fromCents(expected))} they would bring by week ${week} = ${money(fromCents(gain))}; fee ${pct(s.factoringFeePer30Days)} % per 30 days until due ≈ ${money(fromCents(Math.round(fee)))}`,
        ),
      ],
    },
  ];
}

function payOnDue(ctx: LeverContext, week: number): Lever[] {
  if (ctx.payEarlyDays <= 0) return [];
  let gain = 0;
  for (const b of ctx.bills) {
    const c = toCents(b.openAmount);
    if (c <= 0) continue;
    if (planWeekOf(b.dueDate - ctx.payEarlyDays, ctx.asOf) <= week && planWeekOf(b.dueDate, ctx.asOf) > week) gain += c;
  }
  if (gain <= 0) return [];
  return [
    {
      kind: "payOnDue",
      customer: null,
      cash: fromCents(gain),
      cost: null,
      reasons: [
        reason(
          "cash.lever.payOnDue",
          { days: ctx.payEarlyDays, gain: fromCents(gain), week },
          `pay suppliers on the due date, not ${ctx.payEarlyDays} days early as the payables ledger shows: ${money(fromCents(gain))} of bills move after week ${week}`,
        ),
      ],
    },
  ];
}

function creditLine(ctx: LeverContext, week: number): Lever[] {
  const s = ctx.settings;
  if (s.creditLine <= 0) return [];
  const days = 7 * week;
  const interest = (s.creditLine * s.borrowingRate * days) / 365;
  return [
    {
      kind: "creditLine",
      customer: null,
      cash: s.creditLine,
      cost: fromCents(toCents(interest)),
      reasons: [
        reason(
          "cash.lever.creditLine",
          { amount: s.creditLine, rate: pct(s.borrowingRate), days, interest: fromCents(toCents(interest)) },
          `draw the undrawn credit line of ${money(s.creditLine)}: interest at ${pct(s.borrowingRate)} % for ${days} days ≈ ${money(interest)}`,
        ),
      ],
    },
  ];
}

function insurance(ctx: LeverContext, week: number): Lever[] {
  const silent = ctx.scenarios.find((x) => x.kind === "silent");
  if (!silent?.indemnity || !silent.customer) return [];
  const { amount, week: arrives } = silent.indemnity;
  const firstBelow = silent.plan.firstBelow?.week ?? null;
  const cash = fromCents(silent.indemnity.perWeek.slice(0, week).reduce((acc, x) => acc + toCents(x), 0));
  return [
    {
      kind: "insurance",
      customer: silent.customer,
      cash,
      cost: null,
      reasons: [
        reason(
          arrives === null
            ? "cash.lever.insuranceAfter"
            : firstBelow
              ? "cash.lever.insurance"
              : "cash.lever.insuranceNoGap",
          {
            customer: silent.customer,
            amount,
            week: arrives ?? 0,
            firstBelow: firstBelow ?? 0,
            weeks: ctx.settings.weeks,
          },
          arrives === null
            ? `if ${silent.customer} stops paying, trade-credit insurance pays ${money(amount)}, but only after the ${ctx.settings.weeks} weeks of the plan: it restores solvency, late`
            : `if ${silent.customer} stops paying, trade-credit insurance pays ${money(amount)} in week ${arrives}${firstBelow ? `, after the first week below the buffer (week ${firstBelow})` : ""}: it restores solvency, but late`,
        ),
      ],
    },
  ];
}

export function rankLevers(ctx: LeverContext): { week: number; levers: Lever[] } {
  const week = targetWeek(ctx.scenarios);
  const levers = [
    ...collectOverdue(ctx, week),
    ...earlyDiscount(ctx, week),
    ...factoring(ctx, week),
    ...payOnDue(ctx, week),
    ...creditLine(ctx, week),
  ].sort((a, b) => b.cash - a.cash || a.kind.localeCompare(b.kind));
  return { week, levers: [...levers, ...insurance(ctx, week)] };
}

/** The company's habit of paying suppliers before the due date: amount-weighted days early over settled bills (0 if none). */
export function payEarlyHabit(bills: readonly Bill[]): number {
  let w = 0;
  let s = 0;
  for (const b of bills) {
    if (b.paidDate === null || b.openAmount > 0 || b.amount <= 0) continue;
    const c = toCents(b.amount);
    w += c;
    s += c * Math.max(0, b.dueDate - b.paidDate);
  }
  return w > 0 ? Math.round(fig(s / w, 0)) : 0;
}
