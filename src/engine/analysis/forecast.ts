/**
 * 13-week collection forecast (METRICS.md; the model and its backtest: docs/FORECAST-MODEL.md). Each open,
 * undisputed invoice is expected over its customer's payment habit: the spread of days between due date and
 * payment on its own settled invoices (early payers too), shrunk toward the portfolio's habit for a thin history
 * (paymentHabit.ts). An invoice already past due can only be paid later than today: the habit is cut to the days
 * still ahead of it (a customer that pays 10 days late and is 5 days late now pays in the next days, not at once),
 * and where the habit has nothing left it is expected the day after the as-of date.
 * Long-overdue amounts are expected with a lower probability, by days past due on the as-of date:
 *   ≤ 90 days: 100 %;  91–180: 75 %;  181–365: 50 %;  over 365: 25 %
 * A disputed amount is expected with the share of disputed amounts the ledger's own history shows collected
 * (disputedCollectionRate; none without such history). What is not expected is doubtful.
 * Unapplied credits (credit notes, overpayments) are netted against the same customer's earliest expected
 * collections; a net credit left over (money owed to the customer) reduces week 1.
 * Week 1 runs from the day after the as-of date for 7 days. weeks + beyond + doubtful = total open, to the cent:
 * an invoice's expected cents are spread over weeks by cumulative rounding, so its parts add up exactly.
 *
 * Stress options (the cash plan's scenarios): every customer N days later than its habit; named customers pay
 * nothing; nothing collected once more than D days past due. What they take away is doubtful.
 */
import { fromCents, toCents } from "../core/money";
import { customerHabit, disputedCollectionRate, habitPoints, paymentOffsets, type PaymentHabit } from "./paymentHabit";
import { fig, money, reason } from "./reasons";
import type { CollectionForecast, ForecastWeek, Invoice } from "./types";

export const FORECAST_WEEKS = 13;

export interface ForecastOptions {
  /** Weeks to forecast (default 13). */
  weeks?: number;
  /** Every customer pays this many days later than its habit (stress). */
  extraDaysLate?: number;
  /** Customers that pay nothing from the as-of date on (stress). */
  silentCustomers?: ReadonlySet<string>;
  /** Nothing is collected more than this many days past due (stress); null = no limit. */
  collectUpToDaysPastDue?: number | null;
  /**
   * Habits (and the disputed collection rate) read beforehand, e.g. from the whole ledger: forecasting a few chosen
   * invoices exactly as the whole ledger's forecast expects them (the cash plan's levers), or many scenarios without
   * reading the history again.
   */
  habits?: LedgerHabits;
}

/** What the forecast learns from the paid history: each customer's habit, the portfolio's, the disputed rate. */
export interface LedgerHabits {
  own: Map<string, { offset: number; cents: number }[]>;
  portfolioPoints: number[];
  disputedRate: number;
  cache: Map<string, PaymentHabit>;
}

export function readHabits(byCustomer: Map<string, Invoice[]>, asOf: number): LedgerHabits {
  const all: { offset: number; cents: number }[] = [];
  const own = new Map<string, { offset: number; cents: number }[]>();
  for (const [customer, invoices] of byCustomer) {
    const offsets = paymentOffsets(invoices);
    own.set(customer, offsets);
    for (const o of offsets) all.push(o);
  }
  return { own, portfolioPoints: habitPoints(all), disputedRate: disputedCollectionRate(allInvoices(byCustomer), asOf), cache: new Map() };
}

function habitOf(h: LedgerHabits, customer: string): PaymentHabit {
  let habit = h.cache.get(customer);
  if (!habit) h.cache.set(customer, (habit = customerHabit(h.own.get(customer) ?? [], h.portfolioPoints)));
  return habit;
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

export function forecastCollections(
  byCustomer: Map<string, Invoice[]>,
  /** Kept for callers; the habit is now read from the customers' settled invoices in `byCustomer`. */
  _typicalDaysLate: Map<string, number | null>,
  portfolioDaysLate: number | null,
  asOf: number,
  options: ForecastOptions = {},
): CollectionForecast {
  const count = options.weeks ?? FORECAST_WEEKS;
  const shift = options.extraDaysLate ?? 0;
  const limit = options.collectUpToDaysPastDue ?? null;
  const weekCents = new Array<number>(count).fill(0);
  let beyond = 0;
  let doubtful = 0;
  let total = 0;
  const habits = options.habits ?? readHabits(byCustomer, asOf);
  const disputedRate = habits.disputedRate;
  for (const [customer, invoices] of byCustomer) {
    const silent = options.silentCustomers?.has(customer) ?? false;
    const habit = habitOf(habits, customer);
    const slots = new Array<number>(count + 1).fill(0); // weeks, then beyond
    let credit = 0;
    for (const inv of invoices) {
      const open = toCents(inv.openAmount);
      if (open === 0) continue;
      total += open;
      if (silent || (inv.disputed && open < 0)) {
        doubtful += open;
        continue;
      }
      if (open < 0) {
        credit += -open;
        continue;
      }
      const share = collectionProbability(asOf - inv.dueDate) * (inv.disputed ? disputedRate : 1);
      const likely = Math.round(open * share);
      doubtful += open - likely;
      doubtful += spread(inv.dueDate, likely, habit, asOf, shift, limit, slots);
    }
    // Credits first against the earliest expected collections; what is left over is owed back in week 1.
    for (let i = 0; i < slots.length && credit > 0; i++) {
      const used = Math.min(credit, slots[i]);
      slots[i] -= used;
      credit -= used;
    }
    for (let i = 0; i < count; i++) weekCents[i] += slots[i];
    beyond += slots[count];
    if (credit > 0) weekCents[0] -= credit;
  }
  const weeks: ForecastWeek[] = weekCents.map((cents, i) => ({
    week: i + 1,
    start: asOf + 1 + 7 * i,
    end: asOf + 7 + 7 * i,
    expected: fromCents(cents),
  }));
  const inWeeks = fromCents(weekCents.reduce((s, c) => s + c, 0));
  return {
    asOf,
    weeks,
    beyond: fromCents(beyond),
    doubtful: fromCents(doubtful),
    total: fromCents(total),
    reasons: [
      reason("forecast.expected", { amount: inWeeks, weeks: count }, `${money(inWeeks)} expected in the next ${count} weeks`),
      reason("forecast.portfolioLate", { days: fig(portfolioDaysLate ?? 0) }, `customers without paid history follow the portfolio's habit (on average ${fig(portfolioDaysLate ?? 0)} days late)`),
      reason("forecast.doubtful", { amount: fromCents(doubtful) }, `${money(fromCents(doubtful))} doubtful: disputed, or long overdue and unlikely to be collected`),
      reason("forecast.habit", { disputedShare: fig(disputedRate * 100) }, `each invoice is spread over its customer's habit of paying before or after the due date; disputed amounts are expected at the ${fig(disputedRate * 100)} % the ledger's history shows collected`),
    ],
  };
}

function* allInvoices(byCustomer: Map<string, Invoice[]>): Generator<Invoice> {
  for (const list of byCustomer.values()) yield* list;
}

/**
 * Spreads `cents` expected on an invoice due `due` over the habit's offsets still ahead of the as-of date, into
 * `slots` (weeks, then beyond). Cumulative rounding: slot k gets round(cents × W≤k / W) − round(cents × W<k / W),
 * so the parts add up to `cents` and a later habit never brings a cent forward. Returns the cents lost to the
 * days-past-due limit (doubtful).
 */
function spread(due: number, cents: number, habit: PaymentHabit, asOf: number, shift: number, limit: number | null, slots: number[]): number {
  if (cents === 0) return 0;
  const count = slots.length - 1;
  const slotWeights = scratch(slots.length + 1); // + one for "past the limit"
  let totalWeight = 0;
  for (let i = 0; i < habit.offsets.length; i++) {
    if (due + habit.offsets[i] <= asOf) continue;
    totalWeight += habit.weights[i];
    slotWeights[slotOf(due + habit.offsets[i] + shift, due, asOf, count, limit)] += habit.weights[i];
  }
  if (totalWeight === 0) {
    // Later than anything in the habit: expected the day after the as-of date (plus the stress delay).
    slotWeights[slotOf(asOf + 1 + shift, due, asOf, count, limit)] = 1;
    totalWeight = 1;
  }
  let cumulativeWeight = 0;
  let placed = 0;
  for (let s = 0; s < slotWeights.length; s++) {
    cumulativeWeight += slotWeights[s];
    const upTo = s === slotWeights.length - 1 ? cents : Math.round((cents * cumulativeWeight) / totalWeight);
    const part = upTo - placed;
    placed = upTo;
    if (s < slots.length) slots[s] += part;
    else return part;
  }
  return 0;
}

let scratchBuffer = new Float64Array(64);
/** A zeroed buffer of `n` weights, reused from invoice to invoice (a million invoices, no allocation each). */
function scratch(n: number): Float64Array {
  if (scratchBuffer.length < n) scratchBuffer = new Float64Array(n * 2);
  scratchBuffer.fill(0, 0, n);
  return scratchBuffer.subarray(0, n);
}

/** Slot of an expected payment date: week index, `count` for beyond, `count + 1` when past the days-past-due limit. */
function slotOf(date: number, due: number, asOf: number, count: number, limit: number | null): number {
  if (limit !== null && Math.max(date, asOf + 1) - due > limit) return count + 1;
  return Math.min(weekOf(date, asOf), count + 1) - 1;
}
