/** Builds Reasons: a stable code, its figures, and the English text (the UI translates by code). */
import { toCents } from "./money";
import type { Reason } from "./types";

export function reason(code: string, params: Record<string, number | string>, text: string): Reason {
  flatten(text);
  return shared(code, params, text);
}

/** Writes a reason's English text from its figures (a function of the module, one per code: never a closure). */
export type ReasonWriter = (params: Readonly<Record<string, number | string>>) => string;

/**
 * A customer's own reason, whose English text is written only when it is read: `text` is a getter that gives
 * `write(params)`, so an analysis of many customers writes no text per customer that nobody may read. It reads,
 * compares, copies and serialises (JSON, structured clone to the pane) as a reason written out: the same keys in the
 * same order, the same text. It is the customer's own (never shared, so neither frozen nor looked up: looking a
 * reason up by its figures costs about what writing its text would); its text cannot be set.
 */
export function reasonOnDemand(code: string, params: Record<string, number | string>, write: ReasonWriter): Reason {
  let property = byCode;
  const first = writers.get(code);
  if (first === undefined) writers.set(code, write);
  else if (first !== write) property = ownGetter(write);
  const r = { code, params };
  Object.defineProperty(r, "text", property);
  return r as Reason;
}

/**
 * A customer's figures made when first read (its credit limit's reasons; the grade reasons and the limit itself:
 * analysis/assessment.ts, from the analysis's sources): an analysis of many customers then makes none that nobody reads. `madeOnRead(key, make)` gives the function that defines on an
 * object the enumerable property `key`, whose first read makes the value with `make(source, object)` from the source
 * the object holds (holdSource) and keeps it: the same value on every later read; setting it replaces it, as a plain
 * property would. It reads, compares, copies and serialises (JSON, structured clone to the pane, spread) as the value
 * itself, in its place among the keys: define it where the key comes. `make` must depend only on the source and on
 * figures of the object that never change.
 */
export function madeOnRead<S extends object, H extends object, T>(key: string, make: (source: S, holder: H) => T) {
  const made = Symbol(key);
  type Source = S & { [made]?: T };
  const property: PropertyDescriptor = {
    enumerable: true,
    get(this: H & { [SOURCE]: Source }) {
      const source = this[SOURCE];
      if (made in source) return source[made];
      const value = make(source, this);
      source[made] = value;
      return value;
    },
    set(this: { [SOURCE]: Source }, value: T) {
      this[SOURCE][made] = value;
    },
  };
  return (target: H): void => void Object.defineProperty(target, key, property);
}

/** What an object's figures made on read are made from (madeOnRead), in a property that is not enumerable. */
export function holdSource(target: object, source: object): void {
  Object.defineProperty(target, SOURCE, { value: source });
}
const SOURCE = Symbol("made on read from");

/**
 * Every reason written on read has the same `text` getter, which finds its writer by the reason's code: objects
 * with the same keys and the same getter share one shape (a getter of their own each would make V8 keep every
 * reason as a dictionary). A code written by another writer than its first gets a getter of its own (correct, slower).
 */
const writers = new Map<string, ReasonWriter>();
const byCode: PropertyDescriptor = {
  enumerable: true,
  get(this: Reason) {
    return writers.get(this.code)!(this.params);
  },
};
const ownGetters = new Map<ReasonWriter, PropertyDescriptor>();

function ownGetter(write: ReasonWriter): PropertyDescriptor {
  let property = ownGetters.get(write);
  if (!property) {
    if (ownGetters.size >= MAX_SHARED) ownGetters.clear();
    property = {
      enumerable: true,
      get(this: Reason) {
        return write(this.params);
      },
    };
    ownGetters.set(write, property);
  }
  return property;
}

/**
 * One frozen Reason for the same code, figures and text: many customers carry the same reasons ("no paid invoice
 * yet: taken as the ledger's 10.4 days late"), and an analysis of many customers then keeps one of each instead of
 * one per customer. A reason is reused only when its code, text and every figure are the same (−0 is not 0); the
 * reasons remembered are forgotten in blocks (at most MAX_SHARED), so nothing grows from analysis to analysis.
 */
function shared(code: string, params: Record<string, number | string>, text: string): Reason {
  if (++calls % RETRIAL_CALLS === 0) tallies.clear();
  const tally = tallyOf(code);
  if (tally.tries >= TRIAL && tally.hits * 8 < tally.tries) return frozen(code, params, text);
  tally.tries++;
  const known = sharedReasons.get(text);
  if (known && known.code === code && sameParams(known.params, params)) {
    tally.hits++;
    return known;
  }
  const made = frozen(code, params, text);
  if (sharedReasons.size >= MAX_SHARED) {
    sharedReasons.clear();
    tallies.clear(); // every code gets a new trial
  }
  sharedReasons.set(text, made);
  return made;
}
const MAX_SHARED = 4096;
const sharedReasons = new Map<string, Reason>();
/** Codes whose reasons rarely repeat (a customer's own peak balance and date) stop being looked up after a trial. */
const TRIAL = 256;
/** Every this many reasons, every code gets a new trial (a code that never repeated may repeat in another ledger). */
const RETRIAL_CALLS = 1 << 16;
let calls = 0;
const tallies = new Map<string, { tries: number; hits: number }>();

function frozen(code: string, params: Record<string, number | string>, text: string): Reason {
  return Object.freeze({ code, params: Object.freeze(params), text });
}

function tallyOf(code: string): { tries: number; hits: number } {
  let tally = tallies.get(code);
  if (!tally) tallies.set(code, (tally = { tries: 0, hits: 0 }));
  return tally;
}

function sameParams(a: Readonly<Record<string, number | string>>, b: Record<string, number | string>): boolean {
  let count = 0;
  for (const key in b) {
    if (!Object.prototype.hasOwnProperty.call(b, key)) continue;
    count++;
    if (!Object.prototype.hasOwnProperty.call(a, key) || !Object.is(a[key], b[key])) return false;
  }
  for (const key in a) if (Object.prototype.hasOwnProperty.call(a, key)) count--;
  return count === 0;
}

/** Rounds a figure for display inside a reason (money to the cent, days and scores to one decimal). */
export function fig(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * Money in an English reason: thousands separators and two decimals ("44,526.76"), rounded to the cent as the
 * engine rounds (toCents). Written out by hand: Intl's formatter costs a microsecond a call, and an analysis of
 * thousands of customers writes tens of thousands of these.
 */
const MONEY = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function money(amount: number): string {
  const cents = toCents(amount);
  if (!Number.isSafeInteger(cents)) return MONEY.format(amount);
  const abs = Math.abs(cents);
  const units = String(Math.floor(abs / 100));
  let grouped = units.length > 3 ? units.slice(0, units.length % 3 || 3) : units;
  for (let i = grouped.length; i < units.length; i += 3) grouped += "," + units.slice(i, i + 3);
  const fraction = abs % 100;
  return `${cents < 0 ? "-" : ""}${grouped}.${fraction < 10 ? "0" : ""}${fraction}`;
}

export function pct(share: number): number {
  return Math.round(share * 1000) / 10;
}

/**
 * Makes V8 store `text` as one flat string: a text built with `${…}` is a tree of joined pieces (an object per join
 * and per figure), and an analysis of many customers keeps tens of thousands of these texts, which every garbage
 * collection then walks piece by piece. Reading the text as a number flattens it in place (the pieces are freed).
 */
function flatten(text: string): void {
  flattened += Number(text) === 0 ? 1 : 0;
}
/** Kept so the engine cannot drop the read that flattens the text as dead code. */
export let flattened = 0;
