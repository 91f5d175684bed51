/**
 * The invoice numbers met so far while reading a ledger, each with a number (parseLedger.ts: the index of its first
 * use). A Map with a million string keys spends most of its time missing the processor's cache; this open-addressing
 * table keeps each slot's entry and its number's hash side by side in one array of small integers (one cache line
 * per probe) and reads a stored number's text only when the hashes agree. A `set` right after a `get` of the same
 * number writes the slot that `get` found (the parse asks, then keeps: one probe per row instead of two).
 * Consecutive numbers (INV-1001, INV-1002…: most ledgers) go to neighbouring slots, so a million rows read the table
 * nearly in order instead of one cache miss per row; a number whose slot is taken jumps by a step of its own
 * (double hashing), so two series that land on each other's slots do not pile up into long runs.
 */
import { integers } from "../core/heapArrays";

export class NumberIndex {
  private table: number[]; // per slot: [entry + 1 (0 = empty), the hash of its number]
  private keys: string[];
  private values: number[];
  private count = 0;
  /** Probes that met another number's slot, over the index's life: few, if the numbers spread well. */
  collisions = 0;
  // The slot the last look-up ended at, and its number (null: none, or the table has grown since).
  private lastKey: string | null = null;
  private lastSlot = 0;
  private lastHash = 0;

  constructor(expected = 16) {
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.table = integers(size * 2);
    this.keys = new Array<string>(expected); // room for the expected numbers: no regrowing a million-entry array
    this.values = integers(expected);
  }

  get size(): number {
    return this.count;
  }

  has(key: string): boolean {
    return this.table[this.find(key) * 2] !== 0;
  }

  get(key: string): number | undefined {
    const entry = this.table[this.find(key) * 2];
    return entry === 0 ? undefined : this.values[entry - 1];
  }

  set(key: string, value: number): void {
    const slot = this.find(key);
    const entry = this.table[slot * 2];
    if (entry !== 0) {
      this.values[entry - 1] = value;
      return;
    }
    this.keys[this.count] = key;
    this.values[this.count++] = value;
    this.table[slot * 2] = this.count;
    this.table[slot * 2 + 1] = this.lastHash;
    if (this.count * 4 > this.table.length) this.grow();
  }

  /** The slot holding `key`, or the empty slot where it would go (double hashing); remembered for the next call. */
  private find(key: string): number {
    if (key === this.lastKey) return this.lastSlot;
    const hash = hashOf(key);
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    let slot = hash & mask;
    for (;;) {
      const entry = table[slot * 2];
      if (entry === 0 || (table[slot * 2 + 1] === hash && this.keys[entry - 1] === key)) break;
      slot = (slot + stepOf(hash)) & mask;
      this.collisions++;
    }
    this.lastKey = key;
    this.lastSlot = slot;
    this.lastHash = hash;
    return slot;
  }

  private grow(): void {
    const old = this.table;
    const table = (this.table = integers(old.length * 2));
    const mask = (table.length >> 1) - 1;
    for (let s = 0; s < old.length; s += 2) {
      if (old[s] === 0) continue;
      let slot = old[s + 1] & mask;
      while (table[slot * 2] !== 0) slot = (slot + stepOf(old[s + 1])) & mask;
      table[slot * 2] = old[s];
      table[slot * 2 + 1] = old[s + 1];
    }
    this.lastKey = null; // every slot has moved
  }
}

/** Trailing digits read as a number (up to nine: a small integer, and consecutive numbers stay neighbours). */
const SERIAL_DIGITS = 9;

/**
 * A 30-bit hash of the text: the text before its trailing digits (and how many zeros lead them) hashed and mixed
 * (FNV-1a over UTF-16 code units), plus the value of those digits, so INV-1001 and INV-1002 — and INV-999999 and
 * INV-1000000 — hash to neighbours, while INV-01 and INV-1 do not share a hash.
 */
export function hashOf(key: string): number {
  let end = key.length;
  let serial = 0;
  let zeros = 0; // the zeros leading the digits read so far
  for (let scale = 1; end > 0 && key.length - end < SERIAL_DIGITS; scale *= 10) {
    const digit = key.charCodeAt(end - 1) - 48;
    if (digit < 0 || digit > 9) break;
    serial += digit * scale;
    zeros = digit === 0 ? zeros + 1 : 0;
    end--;
  }
  let h = Math.imul(0x811c9dc5 ^ zeros, 0x01000193);
  for (let i = 0; i < end; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return (h + serial) & 0x3fffffff; // a small integer: the arrays stay arrays of small integers
}

/** The probe step of a hash whose slot is taken: odd (every slot of the power-of-two table is reached) and mixed. */
function stepOf(hash: number): number {
  return (Math.imul(hash, 0x9e3779b1) >>> 11) | 1;
}
