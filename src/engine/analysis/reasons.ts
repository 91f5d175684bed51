/** Builds Reasons: a stable code, its figures, and the English text (the UI translates by code). */
import type { Reason } from "./types";

export function reason(code: string, params: Record<string, number | string>, text: string): Reason {
  return { code, params, text };
}

/** Rounds a figure for display inside a reason (money to the cent, days and scores to one decimal). */
export function fig(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Money in an English reason: thousands separators and two decimals ("44,526.76"). */
// One formatter for all reasons: toLocaleString builds a new one per call, too slow for thousands of customers.
const MONEY = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function money(amount: number): string {
  return MONEY.format(amount);
}

export function pct(share: number): number {
  return Math.round(share * 1000) / 10;
}
