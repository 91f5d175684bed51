/**
 * The collections desk from an analysis: the ledger's invoices (parsed again with the analysis's mapping and
 * settings), the contact log read back from its sheet, the policy and dunning settings → worklist, promises and
 * their record, insurer cover and deadlines, alerts, and the forecast moved by open promises.
 */
import { isBlank, parseMoney } from "../core/cells";
import { isoFromSerial } from "../core/dates";
import { toCents, fromCents } from "../model/money";
import { forecastCollections } from "../analysis/forecast";
import { groupByCustomer } from "../analysis/customers";
import { money, reason } from "../model/reason";
import type {
  AnalysisBeforeChecks,
  CollectionForecast,
  CustomerAssessment,
  Invoice,
  LedgerInput,
  Reason,
  RowIssue,
} from "../analysis/types";
import { addressMaker } from "../ledger/addresses";
import { parseLedger } from "../ledger/parseLedger";
import { customerCover, CustomerCover, planBeyondExtension } from "./deadlines";
import type { ContactLog } from "./log";
import { matchLogCustomers } from "./logCustomers";
import type { BuyerLimits } from "./buyerLimits";
import { customerKey } from "../ledger/customerKey";
import { applyPromisesToForecast, PromiseMove } from "./promiseForecast";
import type { CashAnalysis } from "../cash/cashAnalysis";
import { cashWithPromises } from "./promisePlan";
import { evaluatePromises, PromiseRecord, promiseRecords, PromiseToPay } from "./promises";
import type { DunningSettings, InsurerPolicy } from "./settings";
import { buildWorklist, WorklistItem } from "./worklist";

export type DeskAlertKind =
  "brokenPromise" | "notifyOverdue" | "notifyNow" | "overInsuredLimit" | "planBeyondExtension";

export interface DeskAlert {
  kind: DeskAlertKind;
  severity: "high" | "medium";
  customer: string;
  reason: Reason;
}

export interface Desk {
  asOf: number;
  worklist: WorklistItem[];
  promises: PromiseToPay[];
  records: { customer: string; kept: number; broken: number; pending: number }[];
  covers: CustomerCover[];
  alerts: DeskAlert[];
  forecast: CollectionForecast;
  moves: PromiseMove[];
  /** The analysis's cash plan with its collections moved by the same open promises (absent without a plan). */
  cash?: CashAnalysis;
  /** Insured-limit cells that could not be read (the ledger's own issues stay in the analysis). */
  issues: RowIssue[];
  invoices: Invoice[];
  /** The contact log as counted: entries naming a customer not in the ledger moved to its issues (logCustomers.ts). */
  log: ContactLog;
}

export interface DeskOptions {
  dunning: DunningSettings;
  policy: InsurerPolicy;
  /** "Notify now" alert and filter: notification deadlines within this many days. Default 14. */
  alertDays?: number;
  /** A range of buyer limits (buyerLimits.ts): where it names a customer, it replaces the ledger's column. */
  buyerLimits?: BuyerLimits | null;
  /** The ledger's invoices as `invoicesOf` reads them, when already at hand (read where the analysis ran). */
  invoices?: Invoice[];
  /** Those invoices grouped as the desk groups them, when already at hand (put together as they arrived). */
  groups?: DeskGroups;
}

/**
 * The desk's invoices by customer: every customer's (groupByCustomer: in the order customers first come, each list
 * in the ledger's order), and each customer's invoices with something open (withSomethingOpen: in the same order,
 * customers with nothing open left out).
 */
export interface DeskGroups {
  byCustomer: Map<string, Invoice[]>;
  open: Map<string, Invoice[]>;
}

/** Whether an invoice has something open (a paid one changes no cover and no worklist item). */
export function hasSomethingOpen(inv: Invoice): boolean {
  return inv.openAmount !== 0;
}

/** The desk's groups of `invoices`. */
export function deskGroups(invoices: readonly Invoice[]): DeskGroups {
  const byCustomer = groupByCustomer(invoices);
  return { byCustomer, open: withSomethingOpen(byCustomer) };
}

/** The ledger's invoices again, as the analysis read them (same mapping, as-of date and currency filter). */
export function invoicesOf(input: LedgerInput, analysis: AnalysisBeforeChecks): Invoice[] {
  const s = analysis.settings;
  const dateOrder = s.dateOrder === "auto" ? (analysis.mapping.dateOrder ?? "auto") : s.dateOrder;
  return parseLedger(input, analysis.mapping, {
    asOf: s.asOf,
    dateOrder,
    defaultTermsDays: s.defaultTermsDays,
    onlyCurrency: s.onlyCurrency,
    swapDateSerials: s.swapDateSerials,
  }).invoices;
}

/** Each customer's insured limit from the optional insured-limit column (the largest, should rows differ). */
export function insuredLimits(
  input: LedgerInput,
  analysis: AnalysisBeforeChecks,
  invoices: readonly Invoice[],
): { limits: Map<string, number>; issues: RowIssue[] } {
  const column = analysis.mapping.columns.insuredLimit;
  const limits = new Map<string, number>();
  const issues: RowIssue[] = [];
  if (column === null) return { limits, issues };
  const at = addressMaker(input.sheet, input.topLeft);
  for (const inv of invoices) {
    const v = input.values[inv.row]?.[column];
    if (isBlank(v)) continue;
    const p = parseMoney(v);
    if (!p.ok || p.value < 0) {
      const problem = p.ok ? `${p.value} is below zero` : p.problem;
      issues.push({
        row: inv.row,
        address: at(inv.row, column),
        field: "insuredLimit",
        severity: "warning",
        reason: reason(
          "desk.badInsuredLimit",
          { problem },
          `insured limit: ${problem}; the customer is treated as having no named limit`,
        ),
      });
      continue;
    }
    limits.set(inv.customer, Math.max(limits.get(inv.customer) ?? 0, fromCents(toCents(p.value))));
  }
  return { limits, issues };
}

/** Each customer's insured limit: the desk's limits range first, else the ledger's own column; their issues. */
function buyerLimits(
  input: LedgerInput,
  analysis: AnalysisBeforeChecks,
  invoices: Invoice[],
  range: DeskOptions["buyerLimits"] | null,
) {
  const fromLedger = insuredLimits(input, analysis, invoices);
  const issues = [...fromLedger.issues, ...(range?.issues ?? [])];
  const limitOf = (customer: string) =>
    range?.limits.get(customerKey(customer)) ?? fromLedger.limits.get(customer) ?? null;
  return { issues, limitOf };
}

/**
 * Each customer's invoices with something open, in the groups' order, customers with none left out: all that the
 * covers and the worklist read (a paid invoice changes neither), a sixth of a large ledger's invoices or less.
 */
function withSomethingOpen(byCustomer: ReadonlyMap<string, Invoice[]>): Map<string, Invoice[]> {
  const open = new Map<string, Invoice[]>();
  for (const [customer, list] of byCustomer) {
    const own = list.filter(hasSomethingOpen);
    if (own.length > 0) open.set(customer, own);
  }
  return open;
}

export function buildDesk(
  input: LedgerInput,
  analysis: AnalysisBeforeChecks,
  sheetLog: ContactLog,
  options: DeskOptions,
): Desk {
  const asOf = analysis.settings.asOf;
  const { dunning, policy } = options;
  const alertDays = options.alertDays ?? 14;
  const invoices = options.invoices ?? invoicesOf(input, analysis);
  const log = matchLogCustomers(sheetLog, invoices);
  const { byCustomer, open } = options.groups ?? deskGroups(invoices);
  const { issues, limitOf } = buyerLimits(input, analysis, invoices, options.buyerLimits ?? null);
  const covers = new Map<string, CustomerCover>();
  for (const customer of byCustomer.keys())
    covers.set(customer, customerCover(customer, open.get(customer) ?? [], limitOf(customer), asOf, policy));
  const promises = evaluatePromises(log.entries, invoices, asOf);
  const records = promiseRecords(promises);
  const worklist = buildWorklist({
    asOf,
    byCustomer: open,
    customers: analysis.customers,
    covers,
    entries: log.entries,
    promises,
    records,
    dunning,
    policy,
  });
  const typical = new Map(analysis.customers.map((c) => [c.customer, c.weightedDaysLate]));
  const customerForecast = (customer: string, weeks?: number) =>
    forecastCollections(
      new Map([[customer, byCustomer.get(customer) ?? []]]),
      typical,
      analysis.portfolio.weightedDaysLate,
      asOf,
      weeks ? { weeks } : {},
    );
  const { forecast, moves } = applyPromisesToForecast(analysis.forecast, promises, records, (customer) =>
    customerForecast(customer),
  );
  const cash = analysis.cash ? cashWithPromises(analysis.cash, promises, records, customerForecast) : undefined;
  return {
    asOf,
    worklist,
    promises,
    records: [...records].map(([customer, r]) => ({ customer, ...r })),
    covers: [...covers.values()],
    alerts: deskAlerts(worklist, covers, analysis, asOf, policy, alertDays),
    forecast,
    moves,
    ...(cash ? { cash } : {}),
    issues,
    invoices,
    log,
  };
}

function deskAlerts(
  worklist: readonly WorklistItem[],
  covers: Map<string, CustomerCover>,
  analysis: AnalysisBeforeChecks,
  asOf: number,
  policy: InsurerPolicy,
  alertDays: number,
): DeskAlert[] {
  const alerts = brokenPromiseAlerts(worklist);
  if (policy.insured) {
    alerts.push(...notifyAlerts(covers, asOf, alertDays));
    alerts.push(...overInsuredAlerts(covers));
    alerts.push(...planExtensionAlerts(covers, analysis, policy));
  }
  return alerts;
}

function brokenPromiseAlerts(worklist: readonly WorklistItem[]): DeskAlert[] {
  const alerts: DeskAlert[] = [];
  for (const w of worklist) {
    const b = w.brokenPromise;
    if (b)
      alerts.push({
        kind: "brokenPromise",
        severity: "high",
        customer: w.customer,
        reason: reason(
          "desk.alert.brokenPromise",
          { customer: w.customer, amount: b.amount, date: isoFromSerial(b.promisedDate), paid: b.paidTowards },
          `${w.customer} broke a promise to pay ${money(b.amount)} by ${isoFromSerial(b.promisedDate)} (paid ${money(b.paidTowards)} by then)`,
        ),
      });
  }
  return alerts;
}

/** The insurer's overdue-notification deadlines passed, or within the alert days. */
function notifyAlerts(covers: Map<string, CustomerCover>, asOf: number, alertDays: number): DeskAlert[] {
  const alerts: DeskAlert[] = [];
  for (const c of covers.values()) {
    if (c.nextNotifyBy === null) continue;
    const days = c.nextNotifyBy - asOf;
    if (days < 0)
      alerts.push({
        kind: "notifyOverdue",
        severity: "high",
        customer: c.customer,
        reason: reason(
          "desk.alert.notifyOverdue",
          { customer: c.customer, date: isoFromSerial(c.nextNotifyBy), days: -days },
          `${c.customer}: the insurer's overdue-notification deadline (${isoFromSerial(c.nextNotifyBy)}) passed ${-days} days ago — notify now; the cover may be lost`,
        ),
      });
    else if (days <= alertDays)
      alerts.push({
        kind: "notifyNow",
        severity: "high",
        customer: c.customer,
        reason: reason(
          "desk.alert.notifyNow",
          { customer: c.customer, date: isoFromSerial(c.nextNotifyBy), days },
          `${c.customer}: notify the insurer of the overdue by ${isoFromSerial(c.nextNotifyBy)} (${days} days left)`,
        ),
      });
  }
  return alerts;
}

function overInsuredAlerts(covers: Map<string, CustomerCover>): DeskAlert[] {
  const alerts: DeskAlert[] = [];
  for (const c of covers.values()) {
    if (c.uninsured > 0)
      alerts.push({
        kind: "overInsuredLimit",
        severity: "medium",
        customer: c.customer,
        reason: reason(
          "desk.alert.overInsuredLimit",
          { customer: c.customer, amount: c.uninsured, limit: c.insuredLimit ?? 0 },
          `${c.customer}: ${money(c.uninsured)} above the insured limit of ${money(c.insuredLimit ?? 0)} is uninsured`,
        ),
      });
  }
  return alerts;
}

/** Payment plans running past the policy's maximum extension period, counted from the oldest insured due date. */
function planExtensionAlerts(
  covers: Map<string, CustomerCover>,
  analysis: AnalysisBeforeChecks,
  policy: InsurerPolicy,
): DeskAlert[] {
  const alerts: DeskAlert[] = [];
  for (const plan of analysis.plans) {
    const cover = covers.get(plan.customer);
    const oldest = cover?.invoices.reduce((m, i) => Math.min(m, i.invoice.dueDate), Infinity) ?? Infinity;
    if (!Number.isFinite(oldest)) continue;
    const beyond = planBeyondExtension(plan, oldest, policy);
    if (beyond > 0)
      alerts.push({
        kind: "planBeyondExtension",
        severity: "medium",
        customer: plan.customer,
        reason: reason(
          "desk.alert.planBeyondExtension",
          { customer: plan.customer, days: beyond, maxDays: policy.maxExtensionDays },
          `${plan.customer}: the payment plan runs ${beyond} days past the maximum extension period (${policy.maxExtensionDays} days): it needs the insurer's approval`,
        ),
      });
  }
  return alerts;
}

/** The customers with a reason appended where promises were broken (the grade itself is not changed here). */
export function withPromiseReasons(
  customers: readonly CustomerAssessment[],
  records: Desk["records"],
): CustomerAssessment[] {
  const byName = new Map(records.map((r) => [r.customer, r] as [string, PromiseRecord & { customer: string }]));
  return customers.map((c) => {
    const r = byName.get(c.customer);
    if (!r || r.broken === 0) return c;
    return {
      ...c,
      gradeReasons: [
        ...c.gradeReasons,
        reason(
          "desk.reason.brokenPromises",
          { broken: r.broken, kept: r.kept, pending: r.pending },
          `broke ${r.broken} promise(s) to pay (kept ${r.kept}, pending ${r.pending})`,
        ),
      ],
    };
  });
}
