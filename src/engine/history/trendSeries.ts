/**
 * One figure of the KPI trend month by month, each with its change from the month-end before (a plain difference;
 * money differences are taken in whole cents, so a change is exact to the cent).
 */
import { fromCents, toCents } from "../model/money";
import type { KpiTrend, KpiTrendPoint } from "./kpiTrend";

/** The figures of a trend point a reader can follow month by month. */
export type TrendFigure =
  | "dso"
  | "overdueShare"
  | "totalOpen"
  | "bestPossibleDso"
  | "averageDaysDelinquent"
  | "over90Share"
  | "cei"
  | "paidWeightedDaysLate";

export interface TrendStep {
  /** The month-end (Excel serial). */
  monthEnd: number;
  value: number | null;
  /** This month-end's value less the one before; null for the first month or where either value is missing. */
  change: number | null;
}

function difference(figure: TrendFigure, value: number, before: number): number {
  return figure === "totalOpen" ? fromCents(toCents(value) - toCents(before)) : value - before;
}

/** The figure at each month-end of the trend, oldest first, with its change from the month before. */
export function trendSeries(trend: KpiTrend, figure: TrendFigure): TrendStep[] {
  const valueOf = (p: KpiTrendPoint): number | null => p[figure];
  return trend.points.map((p, i) => {
    const value = valueOf(p);
    const before = i > 0 ? valueOf(trend.points[i - 1]) : null;
    const change = value !== null && before !== null ? difference(figure, value, before) : null;
    return { monthEnd: p.monthEnd, value, change };
  });
}
