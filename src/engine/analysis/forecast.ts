/**
 * 13-week collection forecast (docs/METRICS.md; the model and its backtest: docs/FORECAST-MODEL.md). Each open,
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
import { integers, numbers } from "../core/heapArrays";
import { fromCents, toCents } from "../model/money";
import { customerHistories, type CustomerHistory } from "../history/customerHistory";
import { habitsAt, type LedgerHabits, type OwnHabit } from "../history/habitsAt";
import {
  addCustomerForecast,
  anyOpen,
  DISPUTED_ITEM,
  type ForecastRules,
  type ForecastTotals,
  type OpenItems,
} from "./forecastSpread";
import { habitFromPoints, type PaymentHabit } from "./paymentHabit";
import { fig, money, reason } from "../model/reason";
import type { CollectionForecast, ForecastWeek, Invoice, Reason } from "../model/types";

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
  /**
   * The same invoices as `byCustomer`, as the customers' histories (history/customerHistory.ts): their open amounts,
   * due dates and disputes are then read from the histories' columns (the analysis has them; same figures).
   */
  histories?: readonly CustomerHistory[];
  /**
   * The same invoices as `byCustomer`, as columns (customerColumns): made once by a caller that forecasts the same
   * customers many times (the cash plan's scenarios) instead of each customer's open items on every forecast.
   */
  columns?: CustomerColumns;
}

/** Customers' invoices as one set of columns: customer k's items are items[starts[k] … starts[k + 1] − 1]. */
export interface CustomerColumns {
  customers: string[];
  starts: number[];
  items: OpenItems;
}

/** `byCustomer`'s invoices as columns, in the map's order (the open items as openItems reads them). */
export function customerColumns(byCustomer: Map<string, Invoice[]>): CustomerColumns {
  let n = 0;
  byCustomer.forEach((invoices) => (n += invoices.length));
  const items = { due: numbers(n), open: numbers(n), flags: integers(n) };
  const customers: string[] = [];
  const starts = [0];
  let i = 0;
  byCustomer.forEach((invoices, customer) => {
    for (let j = 0; j < invoices.length; j++, i++) putItem(items, i, invoices[j]);
    customers.push(customer);
    starts.push(i);
  });
  return { customers, starts, items };
}

/** What the forecast learns from the paid history (defined beside habitsAt, which reads it). */
export type { LedgerHabits, OwnHabit };

export function readHabits(byCustomer: Map<string, Invoice[]>, asOf: number): LedgerHabits {
  return readHistoryHabits(customerHistories(byCustomer), asOf);
}

/** The same from the customers' histories (the analysis has them already): every settled invoice counts. */
export function readHistoryHabits(histories: readonly CustomerHistory[], asOf: number): LedgerHabits {
  return habitsAt(histories, Infinity, asOf);
}

export function habitOf(h: LedgerHabits, customer: string): PaymentHabit {
  let habit = h.cache.get(customer);
  if (!habit) h.cache.set(customer, (habit = habitFromOwn(h, h.own(customer))));
  return habit;
}

/** habitOf for the customer at position k of the histories the habits were read from (LedgerHabits.ownAt). */
function habitAt(h: LedgerHabits, customer: string, k: number): PaymentHabit {
  let habit = h.cache.get(customer);
  if (!habit) h.cache.set(customer, (habit = habitFromOwn(h, h.ownAt!(k))));
  return habit;
}

/** The habit from a customer's own points (null: none), the one portfolio habit shared by all without any. */
export function habitFromOwn(h: LedgerHabits, own: OwnHabit | null): PaymentHabit {
  if (own) return habitFromPoints(own.points, own.paidInvoices, h.portfolioPoints);
  let shared = portfolioHabits.get(h);
  if (!shared) portfolioHabits.set(h, (shared = habitFromPoints([], 0, h.portfolioPoints)));
  return shared;
}
const portfolioHabits = new WeakMap<LedgerHabits, PaymentHabit>();

export { collectionProbability, weekOf } from "./forecastSpread";

export function forecastCollections(
  byCustomer: Map<string, Invoice[]>,
  /** Kept for callers; the habit is now read from the customers' settled invoices in `byCustomer`. */
  _typicalDaysLate: Map<string, number | null>,
  portfolioDaysLate: number | null,
  asOf: number,
  options: ForecastOptions = {},
): CollectionForecast {
  const count = options.weeks ?? FORECAST_WEEKS;
  const habits = options.habits ?? readHabits(byCustomer, asOf);
  const disputedRate = habits.disputedRate;
  const totals: ForecastTotals = { weekCents: new Array<number>(count).fill(0), beyond: 0, doubtful: 0, total: 0 };
  const rules: ForecastRules = {
    asOf,
    weeks: count,
    shift: options.extraDaysLate ?? 0,
    limit: options.collectUpToDaysPastDue ?? null,
    disputedRate,
  };
  if (options.histories) {
    // The habits read from these same histories are found by position (no map of every customer's name).
    const byPosition = habits.ownAt !== undefined && habits.histories === options.histories;
    for (let k = 0; k < options.histories.length; k++) {
      const h = options.histories[k]; // by index: no iterator's step per customer
      const silent = options.silentCustomers?.has(h.customer) ?? false;
      const end = h.start + h.invoices.length;
      if (!anyOpen(h.columns, h.start, end)) continue;
      const habit = byPosition ? habitAt(habits, h.customer, k) : habitOf(habits, h.customer);
      addCustomerForecast(totals, rules, habit, silent, h.columns, h.start, end);
    }
  } else if (options.columns) {
    const { customers, starts, items } = options.columns;
    for (let k = 0; k < customers.length; k++) {
      const silent = options.silentCustomers?.has(customers[k]) ?? false;
      addCustomerForecast(totals, rules, habitOf(habits, customers[k]), silent, items, starts[k], starts[k + 1]);
    }
  } else {
    for (const [customer, invoices] of byCustomer) {
      const silent = options.silentCustomers?.has(customer) ?? false;
      addCustomerForecast(totals, rules, habitOf(habits, customer), silent, openItems(invoices), 0, invoices.length);
    }
  }
  const { weekCents, beyond, doubtful, total } = totals;
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
    reasons: forecastReasons(inWeeks, count, portfolioDaysLate, fromCents(doubtful), disputedRate),
  };
}

/** What the forecast expects, and how: the customers' habits, the portfolio's for those without paid history. */
function forecastReasons(
  inWeeks: number,
  count: number,
  portfolioDaysLate: number | null,
  doubtful: number,
  disputedRate: number,
): Reason[] {
  return [
    reason(
      "forecast.expected",
      { amount: inWeeks, weeks: count },
      `${money(inWeeks)} expected in the next ${count} weeks`,
    ),
    reason(
      "forecast.portfolioLate",
      { days: fig(portfolioDaysLate ?? 0) },
      `customers without paid history follow the portfolio's habit (on average ${fig(portfolioDaysLate ?? 0)} days late)`,
    ),
    reason(
      "forecast.doubtful",
      { amount: doubtful },
      `${money(doubtful)} doubtful: disputed, or long overdue and unlikely to be collected`,
    ),
    reason(
      "forecast.habit",
      { disputedShare: fig(disputedRate * 100) },
      `each invoice is spread over its customer's habit of paying before or after the due date; disputed amounts are expected at the ${fig(disputedRate * 100)} % the ledger's history shows collected`,
    ),
  ];
}

let items = { due: new Float64Array(64), open: new Float64Array(64), flags: new Uint8Array(64) };
/** A customer's invoices as OpenItems (forecastSpread.ts), in buffers reused from customer to customer. */
function openItems(invoices: readonly Invoice[]): OpenItems {
  const n = invoices.length;
  if (items.due.length < n)
    items = { due: new Float64Array(2 * n), open: new Float64Array(2 * n), flags: new Uint8Array(2 * n) };
  for (let i = 0; i < n; i++) putItem(items, i, invoices[i]);
  return items;
}

/** Invoice `inv` as open item i: its due date, its open amount in cents, whether it is disputed. */
function putItem(items: WritableItems, i: number, inv: Invoice): void {
  items.due[i] = inv.dueDate;
  items.open[i] = toCents(inv.openAmount);
  items.flags[i] = inv.disputed ? DISPUTED_ITEM : 0;
}

type WritableItems = { [K in keyof OpenItems]: { [i: number]: number } };
