/**
 * How sure is the forecast's lead over the naive methods? Over weeks 1–13 of the month-ends checked, the lead is
 * the better naive method's WAPE less ours (positive: ours errs less). Its 95 % interval resamples whole month-ends
 * with replacement (bootstrap.ts: seeded, the same on every run), comparing with the same naive method each time;
 * the verdict is worded from the interval as for the grade.
 */
import { FORECAST_WEEKS } from "../analysis/forecast";
import { BOOTSTRAP_ROUNDS, BOOTSTRAP_SEED, interval95, resampleCounts, verdictOf, type Lead } from "./bootstrap";
import type { ForecastMethod } from "./forecastBacktest";
import { seededRandom } from "../core/random";

export interface ForecastLead extends Lead {
  /** The naive method compared with: the one with the lower WAPE over all the month-ends. */
  versus: Exclude<ForecastMethod, "ours">;
}

type Detail = { actual: number[]; forecast: Record<ForecastMethod, number[]> };

/** Per month-end: Σ actual and Σ |error| per method over weeks 1–13. */
function perMonthEnd(detail: readonly Detail[]) {
  return detail.map((d) => {
    const err = { ours: 0, dueDate: 0, daysToPay: 0 };
    let actual = 0;
    for (let w = 0; w < FORECAST_WEEKS; w++) {
      actual += d.actual[w];
      for (const m of ["ours", "dueDate", "daysToPay"] as const) err[m] += Math.abs(d.forecast[m][w] - d.actual[w]);
    }
    return { actual, err };
  });
}

export function forecastLead(detail: readonly Detail[]): ForecastLead | null {
  const rows = perMonthEnd(detail);
  const wape = (m: ForecastMethod, weight: (i: number) => number) => {
    let e = 0;
    let a = 0;
    rows.forEach((r, i) => {
      e += weight(i) * r.err[m];
      a += weight(i) * r.actual;
    });
    return a > 0 ? e / a : null;
  };
  const one = () => 1;
  const due = wape("dueDate", one);
  const dtp = wape("daysToPay", one);
  const ours = wape("ours", one);
  if (ours === null || due === null || dtp === null) return null;
  const versus = due <= dtp ? "dueDate" : "daysToPay";
  const rng = seededRandom(BOOTSTRAP_SEED);
  const counts = new Float64Array(rows.length);
  const leads: number[] = [];
  for (let round = 0; round < BOOTSTRAP_ROUNDS; round++) {
    resampleCounts(rows.length, rng.next, counts);
    const n = wape(versus, (i) => counts[i]);
    const o = wape("ours", (i) => counts[i]);
    if (n !== null && o !== null) leads.push(n - o);
  }
  const { low, high } = interval95(leads);
  return { value: Math.min(due, dtp) - ours, low, high, verdict: verdictOf(low, high), versus };
}
