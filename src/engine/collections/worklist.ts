/**
 * The worklist: every customer with an overdue undisputed balance, ranked by an explained priority, with its dunning
 * stage and the next action. Priority (0–100) adds four parts, each shown as a reason with its figures:
 *   money at risk   40 × (overdue × grade / 10) / the largest such figure in the list (grade 1 best … 10 worst);
 *                   for a courtesy reminder (dunning setting, off by default) the amount falling due soon
 *   oldest overdue  25 × min(days past due of the oldest overdue invoice, 120) / 120
 *   no contact      20 × min(days since the last contact, 60) / 60 (never contacted counts 60)
 *   broken promise  15 when a promise was broken and the customer has not been contacted since
 * AR Lens's own weights (documented here): money first, then age, then neglect; a broken promise jumps the queue.
 */
import { compareText } from "../core/compareText";
import { isoFromSerial } from "../core/dates";
import { toCents, fromCents } from "../model/money";
import { fig, money, reason } from "../model/reason";
import type { CustomerAssessment, Invoice, Reason } from "../model/types";
import { customerKey } from "../ledger/customerKey";
import type { CustomerCover } from "./deadlines";
import type { LogEntry } from "./log";
import type { PromiseRecord, PromiseToPay } from "./promises";
import type { DunningSettings, InsurerPolicy, StageId } from "./settings";
import { ActionId, laterStage, nextStage, stageAction, stageOf } from "./stages";

export type NextAction = ActionId | "awaitPromise" | "waitInterval";

export interface WorklistItem {
  customer: string;
  grade: number | null;
  overdue: number;
  oldestDaysPastDue: number;
  /** Open undisputed amount falling due within the courtesy days (the courtesy stage; 0 otherwise). */
  dueSoon: number;
  stage: StageId;
  action: NextAction;
  /** The day the customer may be chased again (the last contact + the minimum interval); asOf when due now. */
  chaseFrom: number;
  lastContact: number | null;
  daysSinceContact: number | null;
  pendingPromise: PromiseToPay | null;
  /** A broken promise with no contact since it broke. */
  brokenPromise: PromiseToPay | null;
  record: PromiseRecord;
  cover: CustomerCover;
  priority: number;
  priorityReasons: Reason[];
  /** To be chased today: no pending promise, and the minimum interval since the last contact has passed. */
  dueToday: boolean;
}

export interface WorklistInput {
  asOf: number;
  /** Each customer's invoices — those with something open are enough: a paid invoice changes no item. */
  byCustomer: Map<string, Invoice[]>;
  customers: readonly CustomerAssessment[];
  covers: Map<string, CustomerCover>;
  entries: readonly LogEntry[];
  promises: readonly PromiseToPay[];
  records: Map<string, PromiseRecord>;
  dunning: DunningSettings;
  policy: InsurerPolicy;
}

type Draft = Omit<WorklistItem, "priority" | "priorityReasons">;

export function buildWorklist(input: WorklistInput): WorklistItem[] {
  const contacts = lastContacts(input.entries, input.asOf);
  const grades = new Map(input.customers.map((c) => [c.customer, c.grade]));
  const drafts: Draft[] = [];
  for (const [customer, invoices] of input.byCustomer) {
    const d = draftItem(input, customer, invoices, contacts.get(customerKey(customer)) ?? null, grades);
    if (d) drafts.push(d);
  }
  const maxRisk = drafts.reduce((m, d) => Math.max(m, atRisk(d)), 0);
  return drafts
    .map((d) => withPriority(d, maxRisk))
    .sort((a, b) => b.priority - a.priority || b.overdue - a.overdue || compareText(a.customer, b.customer));
}

/** The last contact on or before asOf, by customerKey. */
function lastContacts(entries: readonly LogEntry[], asOf: number): Map<string, number> {
  const contacts = new Map<string, number>();
  for (const e of entries) {
    if (e.date > asOf) continue;
    const k = customerKey(e.customer);
    contacts.set(k, Math.max(contacts.get(k) ?? -Infinity, e.date));
  }
  return contacts;
}

/** A customer's item before its priority: its stage and next action; null when nothing is overdue or due soon. */
function draftItem(
  input: WorklistInput,
  customer: string,
  invoices: readonly Invoice[],
  last: number | null,
  grades: Map<string, number | null>,
): Draft | null {
  const { asOf, dunning, policy } = input;
  let oldest = 0;
  let dueSoon = 0;
  for (const inv of invoices) {
    const cents = toCents(inv.openAmount);
    if (inv.disputed || cents <= 0) continue;
    const days = asOf - inv.dueDate;
    if (days > oldest) oldest = days;
    if (days <= 0 && -days <= dunning.courtesyDaysBefore) dueSoon += cents;
  }
  const cover = input.covers.get(customer);
  const overdueNow = !!cover && oldest > 0 && toCents(cover.overdueUndisputed) > 0;
  // The optional courtesy stage: nothing overdue yet, but invoices fall due within courtesyDaysBefore days.
  const courtesy = !!cover && !overdueNow && dunning.courtesy && dueSoon > 0;
  if (!cover || (!overdueNow && !courtesy)) return null;
  const k = customerKey(customer);
  const own = input.promises.filter((p) => customerKey(p.customer) === k);
  const pending = own.filter((p) => p.status === "pending").sort((a, b) => a.promisedDate - b.promisedDate)[0] ?? null;
  const broken =
    own
      .filter((p) => p.status === "broken" && (last === null || last < p.brokenOn!))
      .sort((a, b) => b.promisedDate - a.promisedDate)[0] ?? null;
  let stage: StageId = courtesy ? "courtesy" : (stageOf(oldest, { ...dunning, courtesy: false }) ?? "friendly");
  if (broken) stage = laterStage(stage, nextStage(broken.entry.stage ?? stage));
  if (policy.insured && cover.nextNotifyBy !== null && asOf > cover.nextNotifyBy) stage = "escalate";
  const chaseFrom = last === null ? asOf : Math.max(asOf, last + dunning.minIntervalDays);
  const escalated = input.entries.some(
    (e) => e.stage === "escalate" && e.date <= asOf && customerKey(e.customer) === k,
  );
  const insurerToNotify = policy.insured && cover.nextNotifyBy !== null && !escalated;
  const action: NextAction =
    pending && !broken
      ? "awaitPromise"
      : chaseFrom > asOf && !broken
        ? "waitInterval"
        : stageAction(stage, insurerToNotify);
  return {
    customer,
    grade: grades.get(customer) ?? null,
    overdue: cover.overdueUndisputed,
    oldestDaysPastDue: oldest,
    dueSoon: fromCents(dueSoon),
    stage,
    action,
    chaseFrom,
    lastContact: last,
    daysSinceContact: last === null ? null : asOf - last,
    pendingPromise: pending,
    brokenPromise: broken,
    record: input.records.get(customer) ?? { kept: 0, broken: 0, pending: 0 },
    cover,
    dueToday: action !== "awaitPromise" && action !== "waitInterval",
  };
}

/** A courtesy reminder's money at risk is what falls due soon. */
const atRisk = (d: Draft) => (d.overdue > 0 ? d.overdue : d.dueSoon) * ((d.grade ?? 10) / 10);

/** Priority points: money at risk 40, age of the oldest overdue 25, days since contact 20, a broken promise 15. */
function withPriority(d: Draft, maxRisk: number): WorklistItem {
  const risk = fromCents(toCents(atRisk(d)));
  const parts = {
    money: maxRisk > 0 ? (40 * atRisk(d)) / maxRisk : 0,
    age: (25 * Math.min(d.oldestDaysPastDue, 120)) / 120,
    contact: (20 * Math.min(d.daysSinceContact ?? 60, 60)) / 60,
    promise: d.brokenPromise ? 15 : 0,
  };
  const priority = fig(parts.money + parts.age + parts.contact + parts.promise);
  const reasons: Reason[] = [
    d.overdue > 0
      ? reason(
          "desk.priority.money",
          { points: fig(parts.money), amount: d.overdue, grade: d.grade ?? "–", atRisk: risk },
          `money at risk ${money(risk)} (overdue ${money(d.overdue)} × grade ${d.grade ?? "–"}/10): ${fig(parts.money)} points`,
        )
      : reason(
          "desk.priority.moneyDueSoon",
          { points: fig(parts.money), amount: d.dueSoon, grade: d.grade ?? "–", atRisk: risk },
          `money at risk ${money(risk)} (falling due soon ${money(d.dueSoon)} × grade ${d.grade ?? "–"}/10): ${fig(parts.money)} points`,
        ),
    reason(
      "desk.priority.age",
      { points: fig(parts.age), days: d.oldestDaysPastDue },
      `oldest overdue invoice ${d.oldestDaysPastDue} days past due: ${fig(parts.age)} points`,
    ),
    d.daysSinceContact === null
      ? reason(
          "desk.priority.neverContacted",
          { points: fig(parts.contact) },
          `never contacted: ${fig(parts.contact)} points`,
        )
      : reason(
          "desk.priority.contact",
          { points: fig(parts.contact), days: d.daysSinceContact },
          `last contact ${d.daysSinceContact} days ago: ${fig(parts.contact)} points`,
        ),
  ];
  if (d.brokenPromise)
    reasons.push(
      reason(
        "desk.priority.broken",
        { points: 15, amount: d.brokenPromise.amount, date: isoFromSerial(d.brokenPromise.promisedDate) },
        `broken promise to pay ${money(d.brokenPromise.amount)} by ${isoFromSerial(d.brokenPromise.promisedDate)}: 15 points`,
      ),
    );
  return { ...d, priority, priorityReasons: reasons };
}

export type WorklistFilter = "all" | "dueToday" | "promisedThisWeek" | "brokenPromises" | "insurerDeadline";

/** The worklist filtered; "promised this week" = a pending promise dated within 7 days; the deadline within `days`. */
export function filterWorklist(
  items: readonly WorklistItem[],
  filter: WorklistFilter,
  asOf: number,
  days = 14,
): WorklistItem[] {
  switch (filter) {
    case "dueToday":
      return items.filter((i) => i.dueToday);
    case "promisedThisWeek":
      return items.filter((i) => i.pendingPromise !== null && i.pendingPromise.promisedDate <= asOf + 7);
    case "brokenPromises":
      return items.filter((i) => i.brokenPromise !== null);
    case "insurerDeadline":
      return items.filter((i) => i.cover.nextNotifyBy !== null && i.cover.nextNotifyBy - asOf <= days);
    default:
      return [...items];
  }
}
