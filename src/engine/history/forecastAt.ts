/**
 * The forecast check's weekly series at past month-ends `t` (forecastBacktest.ts), read from the customers'
 * histories as columns instead of copying the ledger as it stood: what was collected in each of the 13 weeks after
 * `t` from the invoices open at `t`, our forecast made at `t` (habits as known then, history/habitsAt.ts), and the
 * two naive forecasts. Only the rows open at `t` are read (rowsOpenAt.ts). Week sums are whole cents, so they equal
 * the invoice-by-invoice definitions exactly (actualCollections, ourForecast, dueDateForecast, daysToPayForecast in
 * forecastBacktest.ts).
 */
import { FORECAST_WEEKS, weekOf } from "../analysis/forecast";
import { integers, numbers } from "../core/heapArrays";
import {
  addMergedForecast,
  anyOpen,
  habitBuffers,
  mergedHabitFromPoints,
  type ForecastTotals,
  type OpenItems,
} from "../analysis/forecastSpread";
import type { CustomerHistory } from "./customerHistory";
import { habitsAt, ownHabitOf } from "./habitsAt";
import type { HistoryColumns } from "./historyColumns";
import { portfolioDaysToPayAt } from "./portfolioDaysToPay";
import { rowsOpenAt, type RowsAt } from "./rowsOpenAt";
import { settledByOffset } from "./settledByOffset";

export interface WeeklySeries {
  actual: number[];
  forecast: { ours: number[]; dueDate: number[]; daysToPay: number[] };
}

/** The series at `t`; `histories` share one set of columns (customerHistory.ts sharedHistories). */
export function weeklySeriesAt(histories: readonly CustomerHistory[], t: number): WeeklySeries {
  return weeklySeries(histories, [t])[0];
}

/**
 * The series at each of `monthEnds` (ascending), reading at each only the rows open then (rowsOpenAt.ts): a row paid
 * in full by t adds nothing to any of them, and the rows are read in the same order as all of them would be.
 */
export function weeklySeries(histories: readonly CustomerHistory[], monthEnds: readonly number[]): WeeklySeries[] {
  if (histories.length === 0) return monthEnds.map(emptySeries);
  const openRows = rowsOpenAt(histories, monthEnds);
  const days = portfolioDaysToPayAt(histories, monthEnds);
  return monthEnds.map((t, k) => {
    const items = openItemsAt(histories[0].columns, openRows[k], t);
    const due = dueDateAt(items, t);
    return {
      actual: due.actual,
      forecast: {
        ours: oursAt(histories, openRows[k], items, t),
        dueDate: due.dueDate,
        daysToPay: daysToPayAt(items, t, days[k]),
      },
    };
  });
}

const weeks = () => new Array<number>(FORECAST_WEEKS).fill(0);
const emptySeries = (): WeeklySeries => ({
  actual: weeks(),
  forecast: { ours: weeks(), dueDate: weeks(), daysToPay: weeks() },
});

/**
 * The open rows at t as the forecast reads them (OpenItems: due dates, open cents, flags), with their billing
 * dates and what was paid after t. As it stood at t: a payment dated after t not yet made (the whole amount open).
 */
interface ItemsAt extends OpenItems {
  billed: number[];
  /** The payment's date (NaN: none) and cents, for what was collected after t. */
  paid: number[];
  paidAmount: number[];
}

function openItemsAt(c: HistoryColumns, at: RowsAt, t: number): ItemsAt {
  const n = at.rows.length;
  const items = {
    due: numbers(n),
    open: numbers(n),
    flags: integers(n),
    billed: numbers(n),
    paid: numbers(n),
    paidAmount: numbers(n),
  };
  for (let j = 0; j < n; j++) {
    const i = at.rows[j];
    const paid = c.paid[i];
    items.open[j] = paid <= t ? c.open[i] : c.amount[i];
    items.due[j] = c.due[i];
    items.flags[j] = c.flags[i];
    items.billed[j] = c.billed[i];
    items.paid[j] = paid;
    items.paidAmount[j] = c.paidAmount[i];
  }
  return items;
}

/** What was collected in each week after t from the rows open at t, and the due-date forecast (cents). */
function dueDateAt(items: ItemsAt, t: number): { actual: number[]; dueDate: number[] } {
  const actual = weeks();
  const dueDate = weeks();
  for (let j = 0; j < items.open.length; j++) {
    const paid = items.paid[j];
    if (paid > t) {
      const w = weekOf(paid, t);
      if (w <= FORECAST_WEEKS) actual[w - 1] += items.paidAmount[j];
    }
    const w = weekOf(items.due[j], t);
    if (items.open[j] !== 0 && w <= FORECAST_WEEKS) dueDate[w - 1] += items.open[j];
  }
  return { actual, dueDate };
}

/** Naive: every invoice open at t on its billing date + `days` (the portfolio's days to pay at t). */
function daysToPayAt(items: ItemsAt, t: number, days: number): number[] {
  const out = weeks();
  for (let j = 0; j < items.open.length; j++) {
    const w = weekOf(items.billed[j] + days, t);
    if (items.open[j] !== 0 && w <= FORECAST_WEEKS) out[w - 1] += items.open[j];
  }
  return out;
}

/** Our forecast as the analysis would have made it at t (analysis/forecast.ts), customer by customer. */
function oursAt(histories: readonly CustomerHistory[], at: RowsAt, items: ItemsAt, t: number): number[] {
  const habits = habitsAt(histories, t, t);
  const totals: ForecastTotals = { weekCents: weeks(), beyond: 0, doubtful: 0, total: 0 };
  const rules = { asOf: t, weeks: FORECAST_WEEKS, shift: 0, limit: null, disputedRate: habits.disputedRate };
  const settled = settledByOffset(histories);
  // Each habit is read once and dropped: merged into reused buffers (habitFromOwn's habit, mergedHabit's form).
  const portfolio = mergedHabitFromPoints([], 0, habits.portfolioPoints, habitBuffers());
  for (let s = 0, from = 0; s < at.customer.length; from = at.ends[s++]) {
    // The customer's habit read only when it has something open at t (habitOf, by its position).
    if (!anyOpen(items, from, at.ends[s])) continue;
    const own = ownHabitOf(settled, at.customer[s], t);
    const habit = own
      ? mergedHabitFromPoints(own.points, own.paidInvoices, habits.portfolioPoints, buffers)
      : portfolio;
    addMergedForecast(totals, rules, habit, false, items, from, at.ends[s]);
  }
  return totals.weekCents;
}

const buffers = habitBuffers();
