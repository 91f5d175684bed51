/**
 * The forecast check's weekly series at one past month-end `t` (forecastBacktest.ts), read from the customers'
 * histories as columns instead of copying the ledger as it stood: what was collected in each of the 13 weeks after
 * `t` from the invoices open at `t`, our forecast made at `t` (habits as known then, history/habitsAt.ts), and the
 * two naive forecasts. Week sums are whole cents, so they equal the invoice-by-invoice definitions exactly
 * (actualCollections, ourForecast, dueDateForecast, daysToPayForecast in forecastBacktest.ts).
 */
import { FORECAST_WEEKS, habitOf, weekOf } from "../analysis/forecast";
import { addCustomerForecast, type ForecastTotals } from "../analysis/forecastSpread";
import { billedCount, type CustomerHistory } from "./customerHistory";
import { habitsAt } from "./habitsAt";
import { SETTLED, type HistoryColumns } from "./historyColumns";

export interface WeeklySeries {
  actual: number[];
  forecast: { ours: number[]; dueDate: number[]; daysToPay: number[] };
}

/** The series at `t`; `histories` share one set of columns (customerHistory.ts sharedHistories). */
export function weeklySeriesAt(histories: readonly CustomerHistory[], t: number): WeeklySeries {
  const c = histories[0].columns;
  const openAt = openBuffer(c.open.length);
  const actual = new Array<number>(FORECAST_WEEKS).fill(0);
  const dueDate = new Array<number>(FORECAST_WEEKS).fill(0);
  let wPay = 0;
  let sPay = 0;
  for (const h of histories) {
    for (let i = h.start, end = h.start + billedCount(h, t); i < end; i++) {
      const paid = c.paid[i];
      // As it stood at t: a payment dated after t not yet made (the whole amount open).
      const open = (openAt[i] = paid <= t ? c.open[i] : c.amount[i]);
      if (paid > t) {
        const w = weekOf(paid, t);
        if (w <= FORECAST_WEEKS) actual[w - 1] += c.paidAmount[i];
      }
      const w = weekOf(c.due[i], t);
      if (open !== 0 && w <= FORECAST_WEEKS) dueDate[w - 1] += open;
      if ((c.flags[i] & SETTLED) !== 0 && paid <= t && c.invoiceDate[i] === c.invoiceDate[i]) {
        wPay += c.amount[i];
        sPay += c.amount[i] * (paid - c.invoiceDate[i]);
      }
    }
  }
  // The portfolio's amount-weighted days to pay at t (analysis/portfolio.ts paymentBehaviour), in whole days.
  const days = Math.round(wPay > 0 ? sPay / wPay : 0);
  return { actual, forecast: { ours: oursAt(histories, t, openAt), dueDate, daysToPay: daysToPayAt(histories, t, openAt, days) } };
}

/** Naive: every invoice open at t on its billing date + `days`. */
function daysToPayAt(histories: readonly CustomerHistory[], t: number, openAt: Float64Array, days: number): number[] {
  const c = histories[0].columns;
  const weeks = new Array<number>(FORECAST_WEEKS).fill(0);
  for (const h of histories) {
    for (let i = h.start, end = h.start + billedCount(h, t); i < end; i++) {
      const w = weekOf(c.billed[i] + days, t);
      if (openAt[i] !== 0 && w <= FORECAST_WEEKS) weeks[w - 1] += openAt[i];
    }
  }
  return weeks;
}

/** Our forecast as the analysis would have made it at t (analysis/forecast.ts), from the open amounts at t. */
function oursAt(histories: readonly CustomerHistory[], t: number, openAt: Float64Array): number[] {
  const c: HistoryColumns = histories[0].columns;
  const habits = habitsAt(histories, t, t);
  const totals: ForecastTotals = { weekCents: new Array<number>(FORECAST_WEEKS).fill(0), beyond: 0, doubtful: 0, total: 0 };
  const rules = { asOf: t, weeks: FORECAST_WEEKS, shift: 0, limit: null, disputedRate: habits.disputedRate };
  const items = { due: c.due, open: openAt, flags: c.flags };
  for (const h of histories) {
    const n = billedCount(h, t);
    if (n > 0) addCustomerForecast(totals, rules, habitOf(habits, h.customer), false, items, h.start, h.start + n);
  }
  return totals.weekCents;
}

let buffer = new Float64Array(0);
function openBuffer(n: number): Float64Array {
  if (buffer.length < n) buffer = new Float64Array(n);
  return buffer;
}
