/** Builds Reasons: a stable code, its figures, and the English text (the UI translates by code). */
import { toCents } from "./money";
import type { Reason } from "./types";

export function reason(code: string, params: Record<string, number | string>, text: string): Reason {
  return { code, params, text };
}

/** Rounds a figure for display inside a reason (money to the cent, days and scores to one decimal). */
export function fig(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * Money in an English reason: thousands separators and two decimals ("44,526.76"), rounded to the cent as the
 * engine rounds (toCents). Written out by hand: Intl's formatter costs a microsecond a call, and an analysis of
 * thousands of customers writes tens of thousands of these.
 */
const MONEY = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function money(amount: number): string {
  const cents = toCents(amount);
  if (!Number.isSafeInteger(cents)) return MONEY.format(amount);
  const abs = Math.abs(cents);
  const units = String(Math.floor(abs / 100));
  let grouped = units.length > 3 ? units.slice(0, units.length % 3 || 3) : units;
  for (let i = grouped.length; i < units.length; i += 3) grouped += "," + units.slice(i, i + 3);
  const fraction = abs % 100;
  return `${cents < 0 ? "-" : ""}${grouped}.${fraction < 10 ? "0" : ""}${fraction}`;
}

export function pct(share: number): number {
  return Math.round(share * 1000) / 10;
}
