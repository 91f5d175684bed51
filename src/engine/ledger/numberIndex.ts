/**
 * The invoice numbers met so far while reading a ledger, each with a number (parseLedger.ts: the index of its first
 * use). A Map with a million string keys spends most of its time missing the processor's cache; this open-addressing
 * table keeps the numbers' hashes in arrays of small integers and reads a stored number's text only when the hashes
 * agree.
 */
import { integers } from "../core/heapArrays";

export class NumberIndex {
  private slots: number[]; // entry + 1 (0 = empty)
  private hashes: number[]; // the hash of each slot's number
  private keys: string[];
  private values: number[];
  private count = 0;

  constructor(expected = 16) {
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.slots = integers(size);
    this.hashes = integers(size);
    this.keys = new Array<string>(expected); // room for the expected numbers: no regrowing a million-entry array
    this.values = integers(expected);
  }

  get size(): number {
    return this.count;
  }

  has(key: string): boolean {
    return this.slots[this.find(key, hashOf(key))] !== 0;
  }

  get(key: string): number | undefined {
    const entry = this.slots[this.find(key, hashOf(key))];
    return entry === 0 ? undefined : this.values[entry - 1];
  }

  set(key: string, value: number): void {
    const hash = hashOf(key);
    const slot = this.find(key, hash);
    if (this.slots[slot] !== 0) {
      this.values[this.slots[slot] - 1] = value;
      return;
    }
    this.keys[this.count] = key;
    this.values[this.count++] = value;
    this.slots[slot] = this.count;
    this.hashes[slot] = hash;
    if (this.count * 2 > this.slots.length) this.grow();
  }

  /** The slot holding `key`, or the empty slot where it would go (linear probing). */
  private find(key: string, hash: number): number {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const entry = this.slots[slot];
      if (entry === 0 || (this.hashes[slot] === hash && this.keys[entry - 1] === key)) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const old = { slots: this.slots, hashes: this.hashes };
    this.slots = integers(old.slots.length * 2);
    this.hashes = integers(old.slots.length * 2);
    const mask = this.slots.length - 1;
    for (let s = 0; s < old.slots.length; s++) {
      if (old.slots[s] === 0) continue;
      let slot = old.hashes[s] & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = old.slots[s];
      this.hashes[slot] = old.hashes[s];
    }
  }
}

/** A 30-bit hash of the text (FNV-1a over UTF-16 code units, mixed so that similar numbers spread). */
function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return (h ^ (h >>> 13)) & 0x3fffffff; // a small integer: the arrays stay arrays of small integers
}
