/**
 * Promises to pay (docs/METRICS.md): a promise in the contact log is pending until its date; kept when the payments dated
 * from the day it was made up to the promised date cover the promised amount; otherwise broken on the day after the
 * promised date. Payments are the ledger's paid amounts with their paid dates (only payments on or before the as-of
 * date are in the ledger). A promise naming an invoice counts that invoice's payments; otherwise the customer's.
 * Promises made the same day for the same customer (and invoice) — a payment plan's installments — share the
 * payments, earliest promised date first: what pays the first installment does not also pay the second.
 */
import { toCents, fromCents } from "../model/money";
import type { Invoice } from "../model/types";
import { customerKey, customerKeys } from "../ledger/customerKey";
import type { LogEntry } from "./log";

export type PromiseStatus = "pending" | "kept" | "broken";

export interface PromiseToPay {
  entry: LogEntry;
  customer: string;
  invoice: string;
  madeOn: number;
  promisedDate: number;
  amount: number;
  /** Paid between madeOn and promisedDate (both included) by the payments the promise counts. */
  paidTowards: number;
  status: PromiseStatus;
  /** The day the promise broke (promisedDate + 1) when broken. */
  brokenOn: number | null;
}

export interface PromiseRecord {
  kept: number;
  broken: number;
  pending: number;
}

/** The status of every promise in the log as of `asOf`, in log order. */
export function evaluatePromises(
  entries: readonly LogEntry[],
  invoices: readonly Invoice[],
  asOf: number,
): PromiseToPay[] {
  // No promise in the log: nothing to group (a large ledger's invoices by customer are not free).
  if (!entries.some((e) => e.promisedDate !== null && e.promisedAmount !== null && e.date <= asOf)) return [];
  const byCustomer = new Map<string, Invoice[]>();
  const keyOf = customerKeys();
  for (const inv of invoices) {
    const k = keyOf(inv.customer);
    let list = byCustomer.get(k);
    if (!list) byCustomer.set(k, (list = []));
    list.push(inv);
  }
  const out: PromiseToPay[] = [];
  const used = sharedPayments(entries, asOf);
  for (const e of entries) {
    if (e.promisedDate === null || e.promisedAmount === null || e.date > asOf) continue;
    const own = byCustomer.get(customerKey(e.customer)) ?? [];
    const counted = e.invoice ? own.filter((i) => i.invoiceNumber === e.invoice) : own;
    let paid = 0;
    for (const inv of counted) {
      if (inv.paidDate !== null && inv.paidDate >= e.date && inv.paidDate <= e.promisedDate && inv.paidDate <= asOf)
        paid += toCents(inv.paidAmount);
    }
    paid = Math.max(0, paid - (used.get(e) ?? 0));
    const amount = toCents(e.promisedAmount);
    const status: PromiseStatus = paid >= amount ? "kept" : asOf > e.promisedDate ? "broken" : "pending";
    out.push({
      entry: e,
      customer: own[0]?.customer ?? e.customer,
      invoice: e.invoice,
      madeOn: e.date,
      promisedDate: e.promisedDate,
      amount: fromCents(amount),
      paidTowards: fromCents(paid),
      status,
      brokenOn: status === "broken" ? e.promisedDate + 1 : null,
    });
  }
  return out;
}

/**
 * For promises made the same day for the same customer and invoice: the cents of earlier-dated promises in the group
 * that come before each one (the payments they take first). A lone promise takes nothing away.
 */
function sharedPayments(entries: readonly LogEntry[], asOf: number): Map<LogEntry, number> {
  const groups = new Map<string, LogEntry[]>();
  for (const e of entries) {
    if (e.promisedDate === null || e.promisedAmount === null || e.date > asOf) continue;
    const k = `${customerKey(e.customer)}\u0000${e.invoice}\u0000${e.date}`;
    groups.set(k, [...(groups.get(k) ?? []), e]);
  }
  const before = new Map<LogEntry, number>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    let ahead = 0;
    for (const e of [...group].sort((a, b) => a.promisedDate! - b.promisedDate! || a.row - b.row)) {
      before.set(e, ahead);
      ahead += toCents(e.promisedAmount!);
    }
  }
  return before;
}

/** Kept / broken / pending counts per customer (keyed by the ledger's spelling of the name). */
export function promiseRecords(promises: readonly PromiseToPay[]): Map<string, PromiseRecord> {
  const m = new Map<string, PromiseRecord>();
  for (const p of promises) {
    let r = m.get(p.customer);
    if (!r) m.set(p.customer, (r = { kept: 0, broken: 0, pending: 0 }));
    r[p.status]++;
  }
  return m;
}

/**
 * The share of a promise expected to be kept, from the customer's record: (kept + 1) / (kept + broken + 2) —
 * Laplace's rule of succession, so a customer with no record counts 50 % and each kept or broken promise moves it.
 */
export function keepRate(record: PromiseRecord | undefined): number {
  const kept = record?.kept ?? 0;
  const broken = record?.broken ?? 0;
  return (kept + 1) / (kept + broken + 2);
}
