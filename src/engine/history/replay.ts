/**
 * Customers' behaviour (behaviourAt.ts) at a series of month-ends, oldest first, replayed incrementally: each
 * customer's invoices are read once in billing order across all the month-ends instead of from its first invoice at
 * every month-end. The figures are behaviourAt's to the last bit:
 * - an invoice with no payment still to come at t (paid by t, or never paid) counts the same at every later
 *   month-end, so the sums over the customer's first such invoices are kept from one month-end to the next — the
 *   same additions in the same order as a full pass makes;
 * - of those, the ones still open (never paid, part payments, credit notes) are listed in order, their days past due
 *   read again at each month-end; the ones paid in the last RECENT_DAYS are listed too (the trend's recent window);
 * - the invoices from the first one with a payment still to come are read as behaviourAt reads them.
 * The model check (gradeBacktest.ts) replays the month-ends in ascending order; a month-end earlier than the last
 * one starts the customer's replay again.
 */
import { addRows, behaviourAt, RECENT_DAYS, Sums, type BehaviourAt } from "./behaviourAt";
import { billedCount, type CustomerHistory } from "./customerHistory";
import { DISPUTED, PAYS_IN_FULL, type HistoryColumns } from "./historyColumns";

/** Customers with fewer invoices are read by behaviourAt (a full pass costs little; no state kept for them). */
export const MIN_REPLAY_INVOICES = 16;

/** One customer's replay: what its invoices start … next − 1 (no payment still to come) add at any later date. */
interface CustomerReplay {
  /** The last month-end replayed and the behaviour at it. */
  t: number;
  behaviour: BehaviourAt | null;
  next: number;
  /** The settled sums of those invoices (the recent window excepted). */
  settled: Sums;
  /** Those still open, and those settled that may still fall in the recent window, in row order. */
  open: number[];
  recent: number[];
}

export class MonthEndReplay {
  private readonly replays: (CustomerReplay | null)[];

  constructor(
    readonly histories: readonly CustomerHistory[],
    private readonly minInvoices = MIN_REPLAY_INVOICES,
  ) {
    this.replays = histories.map(() => null);
  }

  /** Whether customer `ci` is replayed incrementally (else behaviourAt reads it in full at each date). */
  keeps(ci: number): boolean {
    return this.histories[ci].invoices.length >= this.minInvoices;
  }

  /** behaviourAt(histories[ci], t). */
  behaviourAt(ci: number, t: number): BehaviourAt {
    const h = this.histories[ci];
    if (!this.keeps(ci)) return behaviourAt(h, t);
    let r = this.replays[ci];
    if (r && r.t === t && r.behaviour) return r.behaviour;
    if (!r || t < r.t) r = this.replays[ci] = startReplay(h);
    const n = billedCount(h, t);
    foldSettledRows(r, h.columns, h.start + n, t);
    const s = r.settled.copy();
    addKeptRows(s, r, h.columns, t);
    addRows(s, h.columns, r.next, h.start + n, t, false);
    r.t = t;
    r.behaviour = s.result(n > 0 ? Math.max(0, t - h.billed[0]) : 0);
    return r.behaviour;
  }
}

function startReplay(h: CustomerHistory): CustomerReplay {
  return { t: -Infinity, behaviour: null, next: h.start, settled: new Sums(), open: [], recent: [] };
}

/**
 * The rows from r.next on, before `end`, with no payment still to come at t, into the kept sums (stopping at the first
 * with one). Their recent window is left out (t = Infinity: no payment is after it), read at each date instead.
 */
function foldSettledRows(r: CustomerReplay, c: HistoryColumns, end: number, t: number): void {
  let i = r.next;
  for (; i < end; i++) {
    const paid = c.paid[i];
    if (paid > t) break;
    const amount = c.amount[i];
    // Billed by t (i < end), paid by t or never: its open amount is fixed from now on.
    const open = paid <= t ? amount - c.paidAmount[i] : amount;
    if (open !== 0) r.open.push(i);
    if ((c.flags[i] & PAYS_IN_FULL) === 0 || !(paid <= t)) continue;
    r.settled.addSettled(amount, paid, c.due[i], c.lnLate[i], c.invoiceDate[i], Infinity);
    if (paid > t - RECENT_DAYS) r.recent.push(i);
  }
  r.next = i;
}

/** The kept rows' open amounts aged at t, and those paid in the recent window before t (dropping older ones). */
function addKeptRows(s: Sums, r: CustomerReplay, c: HistoryColumns, t: number): void {
  let kept = 0;
  for (const i of r.recent) {
    const paid = c.paid[i];
    if (!(paid > t - RECENT_DAYS)) continue;
    r.recent[kept++] = i;
    // Sums.addSettled's recent window, in the same row order.
    s.wRecent += c.amount[i];
    s.sRecent += c.amount[i] * Math.max(0, paid - c.due[i]);
  }
  r.recent.length = kept;
  for (const i of r.open) {
    const amount = c.amount[i];
    const open = c.paid[i] <= t ? amount - c.paidAmount[i] : amount;
    s.openCents += open;
    s.addOpen(open, t - c.due[i], (c.flags[i] & DISPUTED) !== 0);
  }
}
