/**
 * The forecast check's weekly series at one past month-end `t` (forecastBacktest.ts), read from the customers'
 * histories as columns instead of copying the ledger as it stood: what was collected in each of the 13 weeks after
 * `t` from the invoices open at `t`, our forecast made at `t` (habits as known then, history/habitsAt.ts), and the
 * two naive forecasts. Week sums are whole cents, so they equal the invoice-by-invoice definitions exactly
 * (actualCollections, ourForecast, dueDateForecast, daysToPayForecast in forecastBacktest.ts).
 */
import { FORECAST_WEEKS, weekOf } from "../analysis/forecast";
import { numbers } from "../core/heapArrays";
import {
  addMergedForecast,
  anyOpen,
  habitBuffers,
  mergedHabitFromPoints,
  type ForecastTotals,
} from "../analysis/forecastSpread";
import { billedCount, type CustomerHistory } from "./customerHistory";
import { habitsAt, ownHabitOf } from "./habitsAt";
import { settledByOffset } from "./settledByOffset";
import { SETTLED, type HistoryColumns } from "./historyColumns";

export interface WeeklySeries {
  actual: number[];
  forecast: { ours: number[]; dueDate: number[]; daysToPay: number[] };
}

/**
 * The series at `t`; `histories` share one set of columns (customerHistory.ts sharedHistories); `openAt`: room for
 * the open amount of every row at t (one array for all the month-ends).
 */
export function weeklySeriesAt(
  histories: readonly CustomerHistory[],
  t: number,
  openAt: number[] = numbers(histories[0].columns.open.length),
): WeeklySeries {
  const s: Sums = {
    actual: new Array<number>(FORECAST_WEEKS).fill(0),
    dueDate: new Array<number>(FORECAST_WEEKS).fill(0),
    wPay: 0,
    sPay: 0,
  };
  for (let k = 0; k < histories.length; k++) {
    const h = histories[k]; // an index loop: an iterator's step makes a result object per customer
    addCustomer(s, h.columns, t, openAt, h.start, h.start + billedCount(h, t));
  }
  // The portfolio's amount-weighted days to pay at t (analysis/portfolio.ts paymentBehaviour), in whole days.
  const days = Math.round(s.wPay > 0 ? s.sPay / s.wPay : 0);
  return {
    actual: s.actual,
    forecast: {
      ours: oursAt(histories, t, openAt),
      dueDate: s.dueDate,
      daysToPay: daysToPayAt(histories, t, openAt, days),
    },
  };
}

/** What was collected after t, the due-date forecast, and the days-to-pay sums (cents, cents × days). */
interface Sums {
  actual: number[];
  dueDate: number[];
  wPay: number;
  sPay: number;
}

/** One customer's rows from … to − 1 (those billed by t) into the sums; their open amounts at t into `openAt`. */
function addCustomer(s: Sums, c: HistoryColumns, t: number, openAt: number[], from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const paid = c.paid[i];
    // As it stood at t: a payment dated after t not yet made (the whole amount open).
    const open = (openAt[i] = paid <= t ? c.open[i] : c.amount[i]);
    if (paid > t) {
      const w = weekOf(paid, t);
      if (w <= FORECAST_WEEKS) s.actual[w - 1] += c.paidAmount[i];
    }
    const w = weekOf(c.due[i], t);
    if (open !== 0 && w <= FORECAST_WEEKS) s.dueDate[w - 1] += open;
    if ((c.flags[i] & SETTLED) !== 0 && paid <= t && c.invoiceDate[i] === c.invoiceDate[i]) {
      s.wPay += c.amount[i];
      s.sPay += c.amount[i] * (paid - c.invoiceDate[i]);
    }
  }
}

/** Naive: every invoice open at t on its billing date + `days`. */
function daysToPayAt(
  histories: readonly CustomerHistory[],
  t: number,
  openAt: readonly number[],
  days: number,
): number[] {
  const weeks = new Array<number>(FORECAST_WEEKS).fill(0);
  for (let k = 0; k < histories.length; k++) {
    const h = histories[k];
    addDaysToPay(weeks, h.columns.billed, t, openAt, days, h.start, h.start + billedCount(h, t));
  }
  return weeks;
}

function addDaysToPay(
  weeks: number[],
  billed: readonly number[],
  t: number,
  openAt: readonly number[],
  days: number,
  from: number,
  to: number,
): void {
  for (let i = from; i < to; i++) {
    const w = weekOf(billed[i] + days, t);
    if (openAt[i] !== 0 && w <= FORECAST_WEEKS) weeks[w - 1] += openAt[i];
  }
}

/** Our forecast as the analysis would have made it at t (analysis/forecast.ts), from the open amounts at t. */
function oursAt(histories: readonly CustomerHistory[], t: number, openAt: readonly number[]): number[] {
  const c: HistoryColumns = histories[0].columns;
  const habits = habitsAt(histories, t, t);
  const totals: ForecastTotals = {
    weekCents: new Array<number>(FORECAST_WEEKS).fill(0),
    beyond: 0,
    doubtful: 0,
    total: 0,
  };
  const rules = { asOf: t, weeks: FORECAST_WEEKS, shift: 0, limit: null, disputedRate: habits.disputedRate };
  const items = { due: c.due, open: openAt, flags: c.flags };
  const settled = settledByOffset(histories);
  // Each habit is read once and dropped: merged into reused buffers (habitFromOwn's habit, mergedHabit's form).
  const portfolio = mergedHabitFromPoints([], 0, habits.portfolioPoints, habitBuffers());
  for (let k = 0; k < histories.length; k++) {
    const h = histories[k];
    const n = billedCount(h, t);
    // The customer's habit read only when it has something open at t (habitOf, by its position).
    if (!anyOpen(items, h.start, h.start + n)) continue;
    const own = ownHabitOf(settled, k, t);
    const habit = own
      ? mergedHabitFromPoints(own.points, own.paidInvoices, habits.portfolioPoints, buffers)
      : portfolio;
    addMergedForecast(totals, rules, habit, false, items, h.start, h.start + n);
  }
  return totals.weekCents;
}

const buffers = habitBuffers();
