/**
 * Today: the customers to contact today, from the desk, each for a reason with its figures — a promise due today or
 * broken, a customer whose stage moved on since the last contact (or, never contacted, entered its stage within the
 * minimum interval), invoices falling due within the courtesy days (a courtesy reminder, whether or not the
 * courtesy stage is on), an insurer's notification deadline within the window. A customer contacted today (a log
 * entry dated the as-of date) is done and leaves the list. Customers never contacted come in by priority, at most
 * `firstContactsPerDay` a day (default 10, AR Lens's choice: a clerk's morning of first calls), counting those
 * first contacted today; the rest of that backlog waits in the worklist, and Today says how many.
 * METRICS.md "Collections and insurance".
 */
import { compareText } from "../core/compareText";
import { toCents, fromCents } from "../model/money";
import { customerKey } from "../ledger/customerKey";
import type { Invoice } from "../analysis/types";
import { type Desk, hasSomethingOpen } from "./desk";
import type { LogEntry } from "./log";
import type { PromiseToPay } from "./promises";
import type { DunningSettings, InsurerPolicy, StageId } from "./settings";
import { STAGES } from "./settings";
import { ActionId, stageAction } from "./stages";
import type { WorklistItem } from "./worklist";

export type TodayReason =
  "brokenPromise" | "promiseDue" | "stageChange" | "dueSoon" | "insurerDeadline" | "firstContact";
/** The one step for today: a stage's action, or checking a promise due today. */
export type TodayStep = ActionId | "confirmPromise";

export interface TodayItem {
  customer: string;
  /** Why today, most urgent first. */
  reasons: TodayReason[];
  step: TodayStep;
  stage: StageId;
  /** Overdue undisputed (0 for a courtesy reminder). */
  overdue: number;
  oldestDaysPastDue: number;
  /** Falling due within the courtesy days, and the earliest such due date. */
  dueSoon: number;
  dueSoonDate: number | null;
  /** The promise due today or the broken one. */
  promise: PromiseToPay | null;
  notifyBy: number | null;
  /** Ranking: the worklist's priority (a courtesy reminder ranks after every overdue customer). */
  priority: number;
  worklist: WorklistItem | null;
}

export interface Today {
  asOf: number;
  items: TodayItem[];
  /** Customers done today (a contact dated today). */
  doneToday: string[];
  /** Overdue customers in the worklist never contacted and not on today's list (beyond the day's first contacts). */
  waitingFirstContact: number;
}

export interface TodayOptions {
  dunning: DunningSettings;
  policy: InsurerPolicy;
  alertDays: number;
  /** New (never contacted) overdue customers taken into Today per day, by priority. Default 10. */
  firstContactsPerDay?: number;
}

/** The day a customer's oldest overdue entered `stage` by the dunning edges (days past due), or null. */
function daysInStage(item: WorklistItem, dunning: DunningSettings): number | null {
  const lower: Partial<Record<StageId, number>> = {
    friendly: 0,
    firm: dunning.edges[0],
    final: dunning.edges[1],
    escalate: dunning.edges[2],
  };
  const edge = lower[item.stage];
  return edge === undefined ? null : item.oldestDaysPastDue - edge - 1;
}

function lastLoggedStage(entries: readonly LogEntry[], key: string, asOf: number): StageId | null {
  let last: LogEntry | null = null;
  for (const e of entries)
    if (e.stage && e.date <= asOf && customerKey(e.customer) === key && (!last || e.date >= last.date)) last = e;
  return last?.stage ?? null;
}

function reasonsFor(w: WorklistItem, desk: Desk, o: TodayOptions): TodayReason[] {
  const asOf = desk.asOf;
  const k = customerKey(w.customer);
  const out: TodayReason[] = [];
  if (
    o.policy.insured &&
    w.action === "notifyInsurer" &&
    w.cover.nextNotifyBy !== null &&
    w.cover.nextNotifyBy - asOf <= o.alertDays
  )
    out.push("insurerDeadline");
  if (w.brokenPromise) out.push("brokenPromise");
  if (desk.promises.some((p) => p.status === "pending" && p.promisedDate === asOf && customerKey(p.customer) === k))
    out.push("promiseDue");
  if (w.dueToday && w.stage !== "courtesy") {
    const logged = lastLoggedStage(desk.log.entries, k, asOf);
    const entered = daysInStage(w, o.dunning);
    const moved =
      logged !== null
        ? STAGES.indexOf(w.stage) > STAGES.indexOf(logged)
        : w.lastContact === null && entered !== null && entered < o.dunning.minIntervalDays;
    if (moved) out.push("stageChange");
  }
  if (w.dueToday && w.stage === "courtesy") out.push("dueSoon");
  return out;
}

/** The step for today: the insurer first when its deadline is near; a promise due today is checked, not chased. */
function stepFor(w: WorklistItem, reasons: readonly TodayReason[]): TodayStep {
  if (reasons.includes("insurerDeadline")) return "notifyInsurer";
  if (w.action === "awaitPromise")
    return reasons.includes("promiseDue") ? "confirmPromise" : stageAction(w.stage, false);
  return w.action === "waitInterval" ? stageAction(w.stage, false) : w.action;
}

function dueSoonOf(invoices: readonly Invoice[], asOf: number, days: number): { amount: number; first: number | null } {
  let cents = 0;
  let first: number | null = null;
  for (const i of invoices) {
    const until = i.dueDate - asOf;
    if (i.disputed || toCents(i.openAmount) <= 0 || until < 0 || until > days) continue;
    cents += toCents(i.openAmount);
    first = first === null ? i.dueDate : Math.min(first, i.dueDate);
  }
  return { amount: fromCents(cents), first };
}

/** The desk's invoices with something open by customer key, and the name each key's first invoice gives it. */
interface OpenByKey {
  open: Map<string, Invoice[]>;
  /** Every key, in the order of its first invoice. */
  nameOf: Map<string, string>;
}

/**
 * The desk's invoices by customer key, grouped once (a scan per customer would cost customers × invoices): only those
 * with something open, all that Today reads of them (dueSoonOf passes the others by).
 */
function openInvoicesByKey(invoices: readonly Invoice[]): OpenByKey {
  const open = new Map<string, Invoice[]>();
  const nameOf = new Map<string, string>();
  const keyOf = new Map<string, string>(); // each name's key worked out once
  for (const i of invoices) {
    let k = keyOf.get(i.customer);
    if (k === undefined) {
      keyOf.set(i.customer, (k = customerKey(i.customer)));
      if (!nameOf.has(k)) nameOf.set(k, i.customer);
    }
    if (!hasSomethingOpen(i)) continue;
    const list = open.get(k);
    if (list) list.push(i);
    else open.set(k, [i]);
  }
  return { open, nameOf };
}

export function buildToday(desk: Desk, o: TodayOptions): Today {
  const asOf = desk.asOf;
  const byKey = openInvoicesByKey(desk.invoices);
  const doneKeys = new Set(desk.log.entries.filter((e) => e.date === asOf).map((e) => customerKey(e.customer)));
  const doneToday = [...new Set(desk.log.entries.filter((e) => e.date === asOf).map((e) => e.customer))];
  const items: TodayItem[] = [];
  let waitingFirstContact = 0;
  const onList = new Set<string>();
  // The day's first contacts: those made today count against the day's number.
  const before = new Set(desk.log.entries.filter((e) => e.date < asOf).map((e) => customerKey(e.customer)));
  let slots = Math.max(0, (o.firstContactsPerDay ?? 10) - [...doneKeys].filter((k) => !before.has(k)).length);
  for (const w of desk.worklist) {
    const k = customerKey(w.customer);
    onList.add(k);
    if (doneKeys.has(k)) continue;
    const reasons = reasonsFor(w, desk, o);
    if (reasons.length === 0 && w.lastContact === null && w.dueToday) {
      if (slots === 0) waitingFirstContact++;
      else {
        slots--;
        reasons.push("firstContact");
      }
    }
    if (reasons.length === 0) continue;
    const promise = reasons.includes("brokenPromise")
      ? w.brokenPromise
      : reasons.includes("promiseDue")
        ? w.pendingPromise
        : null;
    const own = byKey.open.get(k) ?? [];
    const soon =
      w.stage === "courtesy" ? dueSoonOf(own, asOf, o.dunning.courtesyDaysBefore) : { amount: 0, first: null };
    items.push({
      customer: w.customer,
      reasons,
      step: stepFor(w, reasons),
      stage: w.stage,
      overdue: w.overdue,
      oldestDaysPastDue: w.oldestDaysPastDue,
      dueSoon: soon.amount,
      dueSoonDate: soon.first,
      promise,
      notifyBy: w.cover.nextNotifyBy,
      priority: w.priority,
      worklist: w,
    });
  }
  items.push(...courtesyItems(desk, o, byKey, onList, doneKeys));
  items.sort(
    (a, b) =>
      b.priority - a.priority || b.overdue - a.overdue || b.dueSoon - a.dueSoon || compareText(a.customer, b.customer),
  );
  return { asOf, items, doneToday, waitingFirstContact };
}

/** Customers with nothing overdue and invoices falling due within the courtesy days, not yet reminded for them. */
function courtesyItems(
  desk: Desk,
  o: TodayOptions,
  byKey: OpenByKey,
  onList: Set<string>,
  doneKeys: Set<string>,
): TodayItem[] {
  const out: TodayItem[] = [];
  for (const [k, customer] of byKey.nameOf) {
    const invoices = byKey.open.get(k);
    if (!invoices || onList.has(k) || doneKeys.has(k)) continue;
    const soon = dueSoonOf(invoices, desk.asOf, o.dunning.courtesyDaysBefore);
    if (soon.amount <= 0 || soon.first === null) continue;
    // Reminded already for these invoices: a contact on or after the first reminder day.
    const remindFrom = soon.first - o.dunning.courtesyDaysBefore;
    if (desk.log.entries.some((e) => customerKey(e.customer) === k && e.date >= remindFrom && e.date <= desk.asOf))
      continue;
    out.push({
      customer,
      reasons: ["dueSoon"],
      step: "courtesyReminder",
      stage: "courtesy",
      overdue: 0,
      oldestDaysPastDue: 0,
      dueSoon: soon.amount,
      dueSoonDate: soon.first,
      promise: null,
      notifyBy: null,
      priority: 0,
      worklist: null,
    });
  }
  return out;
}
