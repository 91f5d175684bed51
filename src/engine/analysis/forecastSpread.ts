/**
 * The 13-week forecast's arithmetic for one customer (the model: forecast.ts header, docs/FORECAST-MODEL.md): each
 * open item's expected cents spread over the customer's habit, the doubtful rest, credits netted against the
 * earliest expected collections. Items come as columns (due dates, open cents, flags) so the same code serves the
 * analysis (a customer's invoices) and the forecast check (the ledger's columns at a past month-end).
 */
import { SHRINK_INVOICES, habitFromPoints, type PaymentHabit } from "./paymentHabit";

/** Bit of OpenItems.flags: the item is disputed (the same bit as history/historyColumns.ts DISPUTED). */
export const DISPUTED_ITEM = 1;

export interface OpenItems {
  due: ArrayLike<number>;
  /** Open amount in cents. */
  open: ArrayLike<number>;
  flags: ArrayLike<number>;
}

/** What the forecast adds up, in cents. */
export interface ForecastTotals {
  weekCents: number[];
  beyond: number;
  doubtful: number;
  total: number;
}

export interface ForecastRules {
  asOf: number;
  weeks: number;
  /** Extra days late (stress), the days-past-due limit (null: none), the share of disputed amounts collected. */
  shift: number;
  limit: number | null;
  disputedRate: number;
}

export function collectionProbability(daysPastDue: number): number {
  if (daysPastDue <= 90) return 1;
  if (daysPastDue <= 180) return 0.75;
  if (daysPastDue <= 365) return 0.5;
  return 0.25;
}

/** Week number (1-based) of a date after the as-of date; > 13 means beyond the forecast. */
export function weekOf(date: number, asOf: number): number {
  return Math.floor((Math.max(date, asOf + 1) - asOf - 1) / 7) + 1;
}

/** Whether any of items[from … to − 1] is open (a customer without one adds nothing: its habit need not be read). */
export function anyOpen(items: OpenItems, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (items.open[i] !== 0) return true;
  return false;
}

/** Adds one customer's items[from … to − 1] to `totals` (a silent customer pays nothing: all doubtful). */
export function addCustomerForecast(
  totals: ForecastTotals,
  rules: ForecastRules,
  habit: PaymentHabit,
  silent: boolean,
  items: OpenItems,
  from: number,
  to: number,
): void {
  addMergedForecast(totals, rules, mergedHabitOf(habit), silent, items, from, to);
}

/**
 * addCustomerForecast with the habit already merged (mergedHabit's form, or mergedHabitFromPoints into reused
 * buffers: a habit read once and dropped, as the forecast check reads one per customer and month-end).
 */
export function addMergedForecast(
  totals: ForecastTotals,
  rules: ForecastRules,
  merged: Habit,
  silent: boolean,
  items: OpenItems,
  from: number,
  to: number,
): void {
  const { asOf, weeks: count } = rules;
  const slots = customerSlots(count + 1); // weeks, then beyond
  let credit = 0;
  for (let i = from; i < to; i++) {
    const open = items.open[i];
    if (open === 0) continue;
    const disputed = (items.flags[i] & DISPUTED_ITEM) !== 0;
    totals.total += open;
    if (silent || (disputed && open < 0)) {
      totals.doubtful += open;
      continue;
    }
    if (open < 0) {
      credit += -open;
      continue;
    }
    const share = collectionProbability(asOf - items.due[i]) * (disputed ? rules.disputedRate : 1);
    const likely = Math.round(open * share);
    totals.doubtful += open - likely;
    totals.doubtful += spread(items.due[i], likely, merged, rules, slots, count);
  }
  // Credits first against the earliest expected collections; what is left over is owed back in week 1.
  for (let i = 0; i <= count && credit > 0; i++) {
    const used = Math.min(credit, slots[i]);
    slots[i] -= used;
    credit -= used;
  }
  for (let i = 0; i < count; i++) totals.weekCents[i] += slots[i];
  totals.beyond += slots[count];
  if (credit > 0) totals.weekCents[0] -= credit;
}

/**
 * Spreads `cents` expected on an invoice due `due` over the habit's offsets still ahead of the as-of date, into
 * `slots` (weeks, then beyond). Cumulative rounding: slot k gets round(cents × W≤k / W) − round(cents × W<k / W),
 * so the parts add up to `cents` and a later habit never brings a cent forward. Returns the cents lost to the
 * days-past-due limit (doubtful).
 */
function spread(
  due: number,
  cents: number,
  habit: Habit,
  rules: ForecastRules,
  slots: Float64Array,
  count: number,
): number {
  if (cents === 0) return 0;
  const { asOf, shift, limit } = rules;
  const slotWeights = scratch(count + 2); // the slots, + one for "past the limit"
  let totalWeight = 0;
  for (let i = 0; i < habit.offsets.length; i++) {
    if (due + habit.offsets[i] <= asOf) continue;
    totalWeight += habit.weights[i];
    const date = due + habit.offsets[i] + shift;
    slotWeights[slotOf(date, due, asOf, count, limit)] += habit.weights[i];
  }
  if (totalWeight === 0) {
    // Later than anything in the habit: expected the day after the as-of date (plus the stress delay).
    slotWeights[slotOf(asOf + 1 + shift, due, asOf, count, limit)] = 1;
    totalWeight = 1;
  }
  // A slot without weight gets nothing (its cumulative share is the previous slot's): only weighted slots are rounded.
  let cumulativeWeight = 0;
  let placed = 0;
  for (let s = 0; s <= count; s++) {
    if (slotWeights[s] === 0) continue;
    cumulativeWeight += slotWeights[s];
    const upTo = Math.round((cents * cumulativeWeight) / totalWeight);
    slots[s] += upTo - placed;
    placed = upTo;
  }
  return cents - placed; // the last slot: past the days-past-due limit
}

let slotsBuffer = new Float64Array(16);
/** A customer's slots (weeks, then beyond), `n` zeros reused from customer to customer: whole cents, exact. */
function customerSlots(n: number): Float64Array {
  if (slotsBuffer.length < n) slotsBuffer = new Float64Array(n * 2);
  slotsBuffer.fill(0, 0, n);
  return slotsBuffer;
}

let scratchBuffer = new Float64Array(64);
/** A buffer whose first `n` weights are zero, reused from invoice to invoice (a million invoices, no allocation each). */
function scratch(n: number): Float64Array {
  if (scratchBuffer.length < n) scratchBuffer = new Float64Array(n * 2);
  scratchBuffer.fill(0, 0, n);
  return scratchBuffer;
}

/** A habit's offsets with their weights (probability = weight / Σ weights). */
export interface Habit {
  offsets: readonly number[];
  weights: readonly number[];
}

/**
 * The habit with equal offsets merged, their weights added (whole numbers: the same sums), in ascending order: the
 * same spread with fewer steps per invoice (a habit's 20 + 20 points often repeat a day).
 */
export function mergedHabit(habit: Habit): Habit {
  const offsets: number[] = [];
  const weights: number[] = [];
  for (const i of ascending(habit.offsets)) {
    if (offsets.length > 0 && offsets[offsets.length - 1] === habit.offsets[i]) {
      weights[weights.length - 1] += habit.weights[i];
    } else {
      offsets.push(habit.offsets[i]);
      weights.push(habit.weights[i]);
    }
  }
  return { offsets, weights };
}

/**
 * mergedHabit(habitFromPoints(mine, paidInvoices, portfolioPoints)) written into `into`'s arrays, without the habit's
 * arrays: the customer's points weighted paidInvoices × B, the portfolio's B points SHRINK_INVOICES × M
 * (paymentHabit.ts habitFromPoints), both runs ascending (habitsAt.ts reads them so), merged. Points out of order
 * take mergedHabit itself (the same habit).
 */
export function mergedHabitFromPoints(
  mine: readonly number[],
  paidInvoices: number,
  portfolioPoints: readonly number[],
  into: HabitBuffers,
): Habit {
  const base = portfolioPoints.length > 0 ? portfolioPoints : NO_PORTFOLIO_POINTS;
  if (!isAscending(mine) || !isAscending(base)) return mergedHabit(habitFromPoints(mine, paidInvoices, base));
  const own = paidInvoices * base.length;
  const shrink = mine.length === 0 ? 1 : SHRINK_INVOICES * mine.length;
  const { offsets, weights } = into;
  offsets.length = 0;
  weights.length = 0;
  for (let a = 0, b = 0; a < mine.length || b < base.length;) {
    const fromMine = b >= base.length || (a < mine.length && mine[a] <= base[b]);
    const offset = fromMine ? mine[a++] : base[b++];
    const weight = fromMine ? own : shrink;
    const last = offsets.length - 1;
    if (last >= 0 && offsets[last] === offset) {
      weights[last] += weight; // whole numbers: exact sums
    } else {
      offsets.push(offset);
      weights.push(weight);
    }
  }
  return into;
}

const NO_PORTFOLIO_POINTS: readonly number[] = [0];

function isAscending(xs: readonly number[]): boolean {
  for (let i = 1; i < xs.length; i++) if (!(xs[i - 1] <= xs[i])) return false;
  return true;
}

/**
 * Reused arrays for mergedHabitFromPoints (one per caller: each call overwrites them), shaped as mergedHabit's
 * habits — a plain object of two plain arrays — so that the spread meets one kind of habit (a second kind, typed
 * arrays, made the cash plan's many forecasts slower).
 */
export interface HabitBuffers {
  offsets: number[];
  weights: number[];
}

export function habitBuffers(): HabitBuffers {
  return { offsets: [], weights: [] };
}

const merged = new WeakMap<Habit, Habit>();
/** mergedHabit, once per habit (the cash plan's scenarios and levers forecast the same customers many times). */
function mergedHabitOf(habit: Habit): Habit {
  let m = merged.get(habit);
  if (!m) merged.set(habit, (m = mergedHabit(habit)));
  return m;
}

/** Positions of `xs` in ascending order: a merge when xs is two ascending runs (a habit: own points, then the portfolio's). */
function ascending(xs: readonly number[]): number[] {
  if (xs.length === 0) return [];
  let split = 1;
  while (split < xs.length && xs[split - 1] <= xs[split]) split++;
  let end = split + 1;
  while (end < xs.length && xs[end - 1] <= xs[end]) end++;
  if (end < xs.length) return xs.map((_, i) => i).sort((a, b) => xs[a] - xs[b]);
  const out: number[] = [];
  let a = 0;
  let b = split;
  while (a < split || b < xs.length) out.push(b >= xs.length || (a < split && xs[a] <= xs[b]) ? a++ : b++);
  return out;
}

/** Week index of a date `days` after the day after the as-of date (slotOf without a limit); `count` beyond. */
function weekSlot(days: number, count: number): number {
  if (days < 0) return 0;
  if (days < WEEK_OF_DAY.length && (days | 0) === days) return Math.min(WEEK_OF_DAY[days], count);
  return Math.min(Math.floor(days / 7), count);
}

/** floor(day / 7) looked up for the first 60 weeks (a division per habit point and invoice costs more). */
const WEEK_OF_DAY = Uint8Array.from({ length: 7 * 60 }, (_, day) => Math.floor(day / 7));

/** Slot of an expected payment date: week index, `count` for beyond, `count + 1` when past the days-past-due limit. */
function slotOf(date: number, due: number, asOf: number, count: number, limit: number | null): number {
  if (limit !== null && Math.max(date, asOf + 1) - due > limit) return count + 1;
  return weekSlot(date - asOf - 1, count); // = min(weekOf(date, asOf), count + 1) − 1
}
