/**
 * The forecast check as the analysis carries it: the backtest of history/forecastBacktest.ts at the last
 * six month-ends whose 13 weeks are known, reduced to what the taskpane and the report show — WAPE of our forecast,
 * of the due-date method and of the average-days-to-pay method per horizon (weeks 1–4, 5–13) — or, plainly, that
 * the ledger is too short (fewer than MIN_POINTS month-ends with collections to compare against).
 */
import type { Invoice } from "../model/types";
import type { CustomerHistory } from "./customerHistory";
import { FORECAST_METHODS, backtestForecast, type ForecastMethod, type HorizonError } from "./forecastBacktest";
import { forecastLead, type ForecastLead } from "./forecastLead";

export const FORECAST_CHECK_MONTHS = 6;
/** At least this many month-ends with something collected in the 13 weeks after them, else "too short". */
export const MIN_POINTS = 3;

export interface ForecastCheck {
  status: "ok" | "tooShort";
  /** Month-ends checked that had collections to compare against. */
  points: number;
  monthEnds: number[];
  /** Weeks 1–4 and 5–13 (the 1–13 total is left to the docs). */
  horizons: HorizonError[];
  /** Our forecast's error is below both naive methods' in every horizon shown; null when too short. */
  oursBest: boolean | null;
  /** Weeks 1–13: the better naive method's WAPE less ours, with its 95 % interval over month-ends (forecastLead.ts). */
  lead?: ForecastLead | null;
}

/** `histories`: the same invoices by customer, when the caller has them (customerHistory.ts). */
export function forecastCheck(
  invoices: readonly Invoice[],
  asOf: number,
  count = FORECAST_CHECK_MONTHS,
  histories?: readonly CustomerHistory[],
): ForecastCheck {
  const b = backtestForecast(invoices, asOf, count, undefined, histories);
  const used = b.detail.filter((d) => d.actual.some((x) => x !== 0));
  const horizons = b.horizons.filter((h) => h.horizon.label !== "1-13");
  if (used.length < MIN_POINTS)
    return { status: "tooShort", points: used.length, monthEnds: used.map((d) => d.asOf), horizons, oursBest: null };
  const beats = (h: HorizonError, m: ForecastMethod) =>
    h.wape.ours !== null && h.wape[m] !== null && h.wape.ours < h.wape[m]!;
  const oursBest = horizons.every(
    (h) => h.wape.ours === null || FORECAST_METHODS.every((m) => m === "ours" || beats(h, m)),
  );
  return {
    status: "ok",
    points: used.length,
    monthEnds: used.map((d) => d.asOf),
    horizons,
    oursBest,
    lead: forecastLead(used),
  };
}
