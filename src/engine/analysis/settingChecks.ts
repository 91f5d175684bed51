/**
 * The checks on the analysis settings, made before any work (analyze.ts resolveSettings): each returns the value it
 * checked, or throws the one error the analysis raises on purpose, with a reason code the taskpane and the AR.*
 * functions can say in Chinese. The ledger's own problems are row issues, never these errors.
 */
import { EngineError, valueError } from "../core/errors";
import { MAX_SERIAL, isValidSerial } from "../core/dates";
import { TREND_MONTH_CHOICES } from "../history/kpiTrend";
import type { AlertThresholds, AnalysisSettings } from "./types";

/** The as-of date must be a date Excel can show, so that every date derived from it is one too. */
export function checkAsOf(asOf: unknown): number {
  if (typeof asOf !== "number" || !isValidSerial(asOf)) {
    throw new EngineError(
      "value",
      `as-of date: ${asOf} is not a date from 1 (1900-01-01) to ${MAX_SERIAL} (9999-12-31)`,
      {
        code: "analysis.badAsOf",
        params: { asOf: String(asOf) },
      },
    );
  }
  return asOf;
}

/** A number of days (the DSO window, the default terms) must be whole and within its range. */
export function checkWholeDays(value: number, setting: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw valueError(
      "days.wholeRange",
      { setting, value, min, max },
      `${setting}: ${value} must be a whole number of days from ${min} to ${max}`,
    );
  return value;
}

/** The KPI trend covers 12 or 24 months. */
export function checkTrendMonths(trendMonths: number): number {
  if (!(TREND_MONTH_CHOICES as readonly number[]).includes(trendMonths))
    throw valueError(
      "setting.trendMonths",
      { setting: "trend months", value: trendMonths },
      `trend months: ${trendMonths} must be 12 or 24`,
    );
  return trendMonths;
}

/** The model check's follow-up (1 to 24 whole months) and the days late that count as late (0 to 365). */
export function checkModelCheck(followUpMonths: number, lateDays: number): void {
  if (!Number.isInteger(followUpMonths) || followUpMonths < 1 || followUpMonths > 24)
    throw valueError(
      "setting.followUp",
      { setting: "model check follow-up", value: followUpMonths },
      `model check follow-up: ${followUpMonths} must be a whole number of months from 1 to 24`,
    );
  if (!Number.isFinite(lateDays) || lateDays < 0 || lateDays > 365)
    throw valueError(
      "setting.lateDays",
      { setting: "model check days late", value: lateDays },
      `model check days late: ${lateDays} must be a number of days from 0 to 365`,
    );
}

/** The headroom over a credit limit is a share from 0 to 5 (0.2 = 20 %). */
export function checkHeadroom(limitHeadroom: number): number {
  if (!Number.isFinite(limitHeadroom) || limitHeadroom < 0 || limitHeadroom > 5)
    throw valueError(
      "setting.headroom",
      { setting: "limit headroom", value: limitHeadroom },
      `limit headroom: ${limitHeadroom} must be a share from 0 to 5 (0.2 = 20 %)`,
    );
  return limitHeadroom;
}

/** Kept credit limits must name a customer and be an amount of 0 or more. */
export function checkKeptLimits(limits: AnalysisSettings["keptLimits"]): void {
  for (const [i, l] of (limits ?? []).entries()) {
    if (
      typeof l?.customer !== "string" ||
      l.customer.trim() === "" ||
      typeof l.amount !== "number" ||
      !Number.isFinite(l.amount) ||
      l.amount < 0
    ) {
      throw valueError(
        "setting.keptLimit",
        { index: i + 1, customer: String(l?.customer ?? ""), value: String(l?.amount) },
        `kept credit limit ${i + 1} (${String(l?.customer ?? "")}): ${String(l?.amount)} must be an amount of 0 or more for a named customer`,
      );
    }
  }
}

/** Every alert threshold is a number of 0 or more. */
export function checkAlertThresholds(thresholds: AlertThresholds): void {
  for (const [name, value] of Object.entries(thresholds)) {
    if (!Number.isFinite(value) || value < 0)
      throw valueError(
        "setting.alertThreshold",
        { key: name, value },
        `alert threshold ${name}: ${value} must be a number of 0 or more`,
      );
  }
}
