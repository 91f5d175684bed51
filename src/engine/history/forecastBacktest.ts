/**
 * The forecast check (docs/METRICS.md "History and backtests"): at past month-ends, forecast the next 13 weeks from the
 * ledger as it stood that day and compare with what was actually collected in each week from the invoices open
 * that day. Error = WAPE = Σ|forecast_w − actual_w| / Σ actual_w, per horizon (weeks 1–4 and 5–13), summed over
 * every month-end checked. Compared with the two naive methods a user would otherwise use: every invoice on its due
 * date (overdue ones in week 1), and every invoice on its invoice date + the portfolio's average days to pay.
 * Only month-ends whose 13 weeks are over by the as-of date are checked (what happened is then known).
 */
import { groupByCustomer } from "../analysis/customers";
import { FORECAST_WEEKS, forecastCollections, weekOf } from "../analysis/forecast";
import { paymentBehaviour } from "../analysis/portfolio";
import type { Invoice } from "../model/types";
import { toCents } from "../model/money";
import { customerHistories, sharedHistories, type CustomerHistory } from "./customerHistory";
import { weeklySeries } from "./forecastAt";
import { billedOn, monthEndsUpTo, openCentsAt, paidBy } from "./pointInTime";

export type ForecastMethod = "ours" | "dueDate" | "daysToPay";
export const FORECAST_METHODS: readonly ForecastMethod[] = ["ours", "dueDate", "daysToPay"];

export interface Horizon {
  label: string;
  fromWeek: number;
  toWeek: number;
}

export const HORIZONS: readonly Horizon[] = [
  { label: "1-4", fromWeek: 1, toWeek: 4 },
  { label: "5-13", fromWeek: 5, toWeek: 13 },
  { label: "1-13", fromWeek: 1, toWeek: 13 },
];

export interface HorizonError {
  horizon: Horizon;
  /** WAPE as a fraction (0.46 = 46 %) per method; null when nothing was collected in the horizon. */
  wape: Record<ForecastMethod, number | null>;
  /** Σ actual collections over the horizon and the month-ends (currency units). */
  actual: number;
}

export interface ForecastBacktest {
  monthEnds: number[];
  horizons: HorizonError[];
  /** Per month-end: weekly actuals and forecasts in cents (for the docs and for charts). */
  detail: { asOf: number; actual: number[]; forecast: Record<ForecastMethod, number[]> }[];
}

/** Weekly cents forecaster for the ledger as it stood at `t`. */
export type WeeklyForecaster = (invoices: Invoice[], t: number) => number[];

/** The invoices as they stood at the end of day `t`: billed by then, payments after `t` not yet made. */
export function invoicesAt(invoices: readonly Invoice[], t: number): Invoice[] {
  const out: Invoice[] = [];
  for (const inv of invoices) {
    if (billedOn(inv) > t) continue;
    if (paidBy(inv, t)) out.push(inv);
    else out.push({ ...inv, paidAmount: 0, paidDate: null, openAmount: inv.amount });
  }
  return out;
}

/** What was collected in each of the 13 weeks after `t` from the invoices open at `t`, in cents. */
export function actualCollections(invoices: readonly Invoice[], t: number): number[] {
  const weeks = new Array<number>(FORECAST_WEEKS).fill(0);
  for (const inv of invoices) {
    if (billedOn(inv) > t || inv.paidDate === null || inv.paidDate <= t) continue;
    const w = weekOf(inv.paidDate, t);
    if (w <= FORECAST_WEEKS) weeks[w - 1] += openCentsAt(inv, t) - openCentsAt(inv, inv.paidDate);
  }
  return weeks;
}

/** Naive: every open invoice on its due date (overdue ones in week 1). */
export function dueDateForecast(invoices: readonly Invoice[], t: number): number[] {
  const weeks = new Array<number>(FORECAST_WEEKS).fill(0);
  for (const inv of invoices) {
    const open = toCents(inv.openAmount);
    const w = weekOf(inv.dueDate, t);
    if (open !== 0 && w <= FORECAST_WEEKS) weeks[w - 1] += open;
  }
  return weeks;
}

/** Naive: every open invoice on its invoice date + the portfolio's amount-weighted average days to pay. */
export function daysToPayForecast(invoices: readonly Invoice[], t: number): number[] {
  const days = Math.round(paymentBehaviour(invoices).weightedDaysToPay ?? 0);
  const weeks = new Array<number>(FORECAST_WEEKS).fill(0);
  for (const inv of invoices) {
    const open = toCents(inv.openAmount);
    const w = weekOf(billedOn(inv) + days, t);
    if (open !== 0 && w <= FORECAST_WEEKS) weeks[w - 1] += open;
  }
  return weeks;
}

/** Our forecast, as the analysis makes it, from the ledger at `t`. */
export function ourForecast(invoices: readonly Invoice[], t: number): number[] {
  return forecastCollections(groupByCustomer(invoices), new Map(), null, t).weeks.map((w) => toCents(w.expected));
}

/**
 * Runs the check at the `count` month-ends whose 13 weeks ended by `asOf`. `invoices` are the ledger as read at
 * `asOf` (every payment known by then); `histories`, when given, are the same invoices by customer (the analysis
 * has them): our forecast is then read from their columns (forecastAt.ts), with the same figures.
 */
export function backtestForecast(
  invoices: readonly Invoice[],
  asOf: number,
  count = 6,
  ours: WeeklyForecaster = ourForecast,
  histories?: readonly CustomerHistory[],
): ForecastBacktest {
  const monthEnds = monthEndsUpTo(asOf - 7 * FORECAST_WEEKS, count);
  const methods: Record<ForecastMethod, WeeklyForecaster> = {
    ours,
    dueDate: dueDateForecast,
    daysToPay: daysToPayForecast,
  };
  const byColumns =
    ours === ourForecast && invoices.length > 0
      ? sharedHistories(histories ?? customerHistories(groupByCustomer(invoices)))
      : null;
  const series = byColumns ? weeklySeries(byColumns, monthEnds) : [];
  const detail = monthEnds.map((t, k) => {
    if (byColumns) return { asOf: t, ...series[k] };
    const past = invoicesAt(invoices, t);
    const forecast = {} as Record<ForecastMethod, number[]>;
    for (const m of FORECAST_METHODS) forecast[m] = methods[m](past, t);
    return { asOf: t, actual: actualCollections(invoices, t), forecast };
  });
  const horizons = HORIZONS.map((horizon) => {
    let actual = 0;
    const error: Record<ForecastMethod, number> = { ours: 0, dueDate: 0, daysToPay: 0 };
    for (const d of detail) {
      for (let w = horizon.fromWeek; w <= horizon.toWeek; w++) {
        actual += d.actual[w - 1];
        for (const m of FORECAST_METHODS) error[m] += Math.abs(d.forecast[m][w - 1] - d.actual[w - 1]);
      }
    }
    const wape = {} as Record<ForecastMethod, number | null>;
    for (const m of FORECAST_METHODS) wape[m] = actual > 0 ? error[m] / actual : null;
    return { horizon, wape, actual: actual / 100 };
  });
  return { monthEnds, horizons, detail };
}
