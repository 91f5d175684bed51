/**
 * The repeat rule: what a row is to the invoices read before it. Decisions, written down:
 * - One invoice is the same customer, invoice number (folded: invoiceKey.ts), invoice date and amount.
 * - Rows of one invoice that differ in payment (amount or date) are payments of that invoice, as systems that
 *   export one row per payment write them: the payments are added (an open-amount column gives a balance, not a
 *   payment: the most paid is taken). The invoice's paid date is its latest payment's.
 * - A row of one invoice that records no payment, or a payment already recorded, is an exact copy: a duplicate,
 *   whichever row records the payment (a copy that brings the invoice's first payment is excluded too, its payment
 *   taken).
 * - The same number and customer with another invoice date is another invoice (numbering that restarts each year);
 *   with the same date and another amount both are kept and flagged.
 * So the invoices, the open amounts and the row counts never depend on the order of the rows.
 */
import type { Invoice } from "../model/types";
import { fromCents, toCents } from "../model/money";
import { NumberIndex } from "./numberIndex";

/** A payment as the row records it (before the as-of date is applied): cents and date; none is 0 and null. */
export interface PaymentRecord {
  cents: number;
  date: number | null;
}

export type RowVerdict =
  | { kind: "new" }
  | { kind: "otherAmount"; of: number }
  | { kind: "duplicate"; of: number }
  | { kind: "duplicateWithPayment" | "payment"; of: number };

const NEW: RowVerdict = { kind: "new" };
const recordKey = (r: PaymentRecord) => `${r.cents}\u0000${r.date ?? ""}`;
const isNone = (r: PaymentRecord) => r.cents === 0 && r.date === null;

export class InvoiceRepeats {
  // Invoice number key → index of its first invoice, −1 once the number is used twice (a key per number keeps a
  // million-row ledger of unique numbers cheap: the keyed maps below are made only on a second use).
  private readonly seen: NumberIndex;
  private readonly groups = new Map<string, { index: number; records: Set<string> }>();
  private readonly sameDate = new Map<string, number>(); // number + customer + invoice date → first invoice
  // An invoice's first row's payment is what the invoice shows until its number is used again (only then is it
  // read, and only a repeat changes an invoice): kept apart only where it is not — a payment after the as-of date
  // (a million invoices, no per-invoice arrays to allocate and fill).
  private readonly recordsApart = new Map<number, PaymentRecord>();
  private usedBefore = false; // whether the number of the row last given a verdict was met before

  constructor(
    private readonly invoices: readonly Invoice[],
    expected: number,
  ) {
    this.seen = new NumberIndex(expected);
  }

  /** What the row is: a new invoice, another amount under a used number, a copy, or a payment of an invoice. */
  verdict(key: string, customer: string, invoiceDate: number | null, cents: number, record: PaymentRecord): RowVerdict {
    if (key === "") return NEW;
    const first = this.seen.get(key);
    this.usedBefore = first !== undefined;
    if (first === undefined) return NEW;
    if (first >= 0) {
      this.enter(first, key); // the number's second use: its first invoice joins the keyed maps
      this.seen.set(key, -1);
    }
    const group = groupKey(key, customer, invoiceDate, cents);
    const g = this.groups.get(group);
    if (g === undefined) {
      const other = this.sameDate.get(dateKey(key, customer, invoiceDate));
      return other === undefined ? NEW : { kind: "otherAmount", of: other };
    }
    if (isNone(record) || g.records.has(recordKey(record))) return { kind: "duplicate", of: g.index };
    g.records.add(recordKey(record));
    // The invoice's first payment comes from a copy of its row; a later one is a payment row of its own.
    return { kind: g.records.size === 1 ? "duplicateWithPayment" : "payment", of: g.index };
  }

  /** Remembers the invoice just kept at `index`: the row whose verdict (new or another amount) was just given. */
  keep(index: number, key: string, record: PaymentRecord): void {
    if (key === "") return;
    const inv = this.invoices[index];
    // A copy: the record given may be rewritten for the next row (parseContext.ts).
    if (record.cents !== toCents(inv.paidAmount) || record.date !== inv.paidDate)
      this.recordsApart.set(index, { cents: record.cents, date: record.date });
    if (this.usedBefore) this.enter(index, key);
    else this.seen.set(key, index);
  }

  /** The invoice at `index` (its number's key `key`) joins the keyed maps, with its first row's payment. */
  private enter(index: number, key: string): void {
    const inv = this.invoices[index];
    const group = groupKey(key, inv.customer, inv.invoiceDate, toCents(inv.amount));
    if (!this.groups.has(group)) {
      const record = this.recordsApart.get(index) ?? { cents: toCents(inv.paidAmount), date: inv.paidDate };
      this.groups.set(group, { index, records: new Set(isNone(record) ? [] : [recordKey(record)]) });
    }
    const byDate = dateKey(key, inv.customer, inv.invoiceDate);
    if (!this.sameDate.has(byDate)) this.sameDate.set(byDate, index);
  }
}

const dateKey = (key: string, customer: string, date: number | null) => `${key}\u0000${customer}\u0000${date ?? ""}`;
const groupKey = (key: string, customer: string, date: number | null, cents: number) =>
  `${dateKey(key, customer, date)}\u0000${cents}`;

/** A row's payment as of the as-of date, added to its invoice (`balance`: the row gives a balance, not a payment). */
export interface RowPayment {
  paidCents: number;
  paidDate: number | null;
  dueDate: number;
  disputed: boolean;
  balance: boolean;
}

/**
 * Adds a payment row to its invoice: payments add up (balances: the most paid is taken), the paid date is the
 * latest payment's, the due date the earliest given, disputed when any row says so. Order-free by construction.
 */
export function addPayment(inv: Invoice, row: RowPayment): void {
  const before = toCents(inv.paidAmount);
  const farther = Math.abs(row.paidCents) > Math.abs(before) ? row.paidCents : before;
  const paid = row.balance ? farther : before + row.paidCents;
  inv.paidAmount = fromCents(paid);
  inv.openAmount = fromCents(toCents(inv.amount) - paid);
  const later = row.paidDate !== null && (inv.paidDate === null || row.paidDate > inv.paidDate);
  if (later) inv.paidDate = row.paidDate;
  if (row.dueDate < inv.dueDate) inv.dueDate = row.dueDate;
  if (row.disputed) inv.disputed = true;
}
