/**
 * A fingerprint of the ledger as the checks read it: the customers' invoices as columns of whole cents, dates and
 * flags (historyColumns.ts — everything the model and forecast checks read), customer by customer, with the settings
 * the checks depend on. Two independent 32-bit hash lanes (64 bits): ledgers that differ in any amount, date, flag
 * or grouping of invoices by customer get different fingerprints but for a chance of about 1 in 10^19. Names are
 * not read (no check reports one). One pass over whole numbers: a small share of what the checks cost.
 */
import type { CustomerHistory } from "./customerHistory";
import type { HistoryColumns } from "./historyColumns";

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
/** The columns hashed; lnLate is left out: it follows from the paid and due dates. */
const HASHED: readonly (keyof HistoryColumns)[] = [
  "billed",
  "invoiceDate",
  "due",
  "paid",
  "amount",
  "paidAmount",
  "open",
  "flags",
];

interface Lanes {
  a: number;
  b: number;
}

function word(h: Lanes, w: number): void {
  h.a = Math.imul(h.a ^ w, 0x01000193);
  const b = Math.imul((h.b ^ w) + 0x7f4a7c15, 0x5bd1e995);
  h.b = b ^ (b >>> 15);
}

/** A number as words: whole numbers (cents, serials) as their low and high 32 bits, anything else by its bits. */
function number(h: Lanes, v: number): void {
  if (Number.isInteger(v)) {
    const low = v >>> 0;
    word(h, low);
    word(h, ((v - low) / 4294967296) | 0);
    return;
  }
  bits[0] = v; // NaN (no date), and any fraction
  word(h, 0x2e2e2e2e);
  word(h, words[0]);
  word(h, words[1]);
}

/** `number` over column[from … to − 1], with the lanes in locals (a million rows per column). */
function slice(h: Lanes, column: readonly number[], from: number, to: number): void {
  let a = h.a;
  let b = h.b;
  for (let i = from; i < to; i++) {
    const v = column[i];
    if (!Number.isInteger(v)) {
      h.a = a;
      h.b = b;
      number(h, v);
      a = h.a;
      b = h.b;
      continue;
    }
    const low = v >>> 0;
    const high = ((v - low) / 4294967296) | 0;
    a = Math.imul(a ^ low, 0x01000193);
    b = Math.imul((b ^ low) + 0x7f4a7c15, 0x5bd1e995);
    b ^= b >>> 15;
    a = Math.imul(a ^ high, 0x01000193);
    b = Math.imul((b ^ high) + 0x7f4a7c15, 0x5bd1e995);
    b ^= b >>> 15;
  }
  h.a = a;
  h.b = b;
}

/** The fingerprint of the customers' invoice columns (grouping and order included) and `settings`. */
export function ledgerFingerprint(histories: readonly CustomerHistory[], settings: readonly number[]): string {
  const h: Lanes = { a: 0x811c9dc5, b: 0x9747b28c };
  for (const v of settings) number(h, v);
  number(h, histories.length);
  // Index loops over the customers: an iterator's step makes a result object per customer.
  for (let k = 0; k < histories.length; k++) {
    const c = histories[k];
    const n = c.invoices.length;
    number(h, n);
    for (const name of HASHED) slice(h, c.columns[name], c.start, c.start + n);
  }
  return `${(h.a >>> 0).toString(36)}.${(h.b >>> 0).toString(36)}`;
}
