/**
 * Every figure the user sees — taskpane, reasons and report sheet — is formatted here, one rule per kind of figure:
 *
 *   money    symbol + thousands + two decimals: "¥12,345.60", "$1,200.00"; an unknown code after it: "1,200.00 CHF".
 *            The same symbol table gives the report's Excel number format, so the sheet and the pane agree (no
 *            "CN¥" in one and "¥" in the other).
 *   percent  one decimal: "47.0 %" in English (as the engine's English reasons write it), "47.0%" in Chinese.
 *   days     one decimal: "12.3 days" / "12.3 天" (the unit is added by the UI's template).
 *   ratio    two decimals: "1.25" (an index such as Herfindahl keeps three, see `formatIndex`).
 *   count    whole number with thousands separators: "3,000".
 *   date     Excel serial as ISO "2025-06-30" or "2025年6月30日".
 */
import { ymdFromSerial } from "../engine/core/dates";
import type { Language } from "./language";

const locale = (language: Language) => (language === "zh-CN" ? "zh-CN" : "en-US");
const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let f = cache.get(key);
  if (!f) cache.set(key, (f = make()));
  return f;
}

const fixed = (digits: number, language: Language) =>
  numberFormat(
    `f|${digits}|${language}`,
    () => new Intl.NumberFormat(locale(language), { minimumFractionDigits: digits, maximumFractionDigits: digits }),
  );

/** Currency symbols used in both the taskpane and the report sheet; other codes are written after the amount. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  CNY: "¥",
  RMB: "¥",
  USD: "$",
  EUR: "€",
  GBP: "£",
  JPY: "¥",
  HKD: "HK$",
  AUD: "A$",
  CAD: "C$",
  SGD: "S$",
};

export function currencySymbol(currency: string): string | undefined {
  return CURRENCY_SYMBOLS[currency.toUpperCase()];
}

/** "¥12,345.60", "-¥5.00", "1,200.00 CHF"; an empty code gives the bare amount. */
export function formatMoney(value: number, currency: string, language: Language): string {
  const amount = fixed(2, language).format(Math.abs(value) < 0.005 ? 0 : Math.abs(value));
  const sign = value <= -0.005 ? "-" : "";
  const symbol = currencySymbol(currency);
  if (symbol) return `${sign}${symbol}${amount}`;
  return currency.trim() ? `${sign}${amount} ${currency.trim().toUpperCase()}` : `${sign}${amount}`;
}

/** A compact amount for chart axes: "¥1.2M", "¥350K", "¥0"; the exact figures are in the table below the chart. */
export function formatMoneyShort(value: number, currency: string, language: Language): string {
  const symbol = currencySymbol(currency) ?? "";
  const f = numberFormat(
    `c|${language}`,
    () => new Intl.NumberFormat(locale(language), { notation: "compact", maximumFractionDigits: 1 }),
  );
  return `${value < 0 ? "-" : ""}${symbol}${f.format(Math.abs(value))}`;
}

/** Excel number format showing amounts as formatMoney does. */
export function excelMoneyFormat(currency: string): string {
  const symbol = currencySymbol(currency);
  return symbol ? `"${symbol}"#,##0.00` : `#,##0.00 "${currency.replace(/"/g, "")}"`;
}

/** A figure with at most `digits` decimals (trailing zeros dropped) — for values with no kind of their own. */
export function formatNumber(value: number | null, language: Language, digits = 1): string {
  if (value === null || !Number.isFinite(value)) return "–";
  return numberFormat(
    `n|${digits}|${language}`,
    () => new Intl.NumberFormat(locale(language), { maximumFractionDigits: digits, minimumFractionDigits: 0 }),
  ).format(value);
}

/** A share (0.47) as "47.0 %" (English) or "47.0%" (Chinese). */
export function formatPercent(share: number, language: Language): string {
  return formatPercentPoints(share * 100, language);
}

/** A figure already in percentage points (CEI 86.5) in the same style as formatPercent. */
export function formatPercentPoints(points: number, language: Language): string {
  if (!Number.isFinite(points)) return "–";
  return `${fixed(1, language).format(points)}${language === "zh-CN" ? "%" : " %"}`;
}

/** Days: one decimal ("12.0"); the unit comes from the UI's template. */
export function formatDays(days: number | null, language: Language): string {
  if (days === null || !Number.isFinite(days)) return "–";
  return fixed(1, language).format(days);
}

/** Ratios (turnover, multiples): two decimals. */
export function formatRatio(value: number | null, language: Language): string {
  if (value === null || !Number.isFinite(value)) return "–";
  return fixed(2, language).format(value);
}

/** Small indexes between 0 and 1 (Herfindahl): three decimals. */
export function formatIndex(value: number | null, language: Language): string {
  if (value === null || !Number.isFinite(value)) return "–";
  return fixed(3, language).format(value);
}

/** Counts: whole, with thousands separators ("3,000"). */
export function formatCount(value: number, language: Language): string {
  return fixed(0, language).format(Math.round(value));
}

/** An Excel serial as a date: 2025-06-30 (ISO, unambiguous in both languages) or 2025年6月30日. */
export function formatDate(serial: number, language: Language): string {
  const { year, month, day } = ymdFromSerial(serial);
  if (language === "zh-CN") return `${year}年${month}月${day}日`;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The params of engine Reasons that are amounts of money, by reason code: the UI and the report show them with
 * the currency ("¥2,400.00"), where the engine's English text has the bare amount ("2,400.00").
 */
export const MONEY_PARAMS: Readonly<Record<string, readonly string[]>> = {
  "row.openDiffers": ["open", "paid"],
  "row.overpaid": ["over"],
  "analysis.agedByDueDate": ["amount"],
  "row.paidAgainstDirection": ["paid", "amount"],
  "row.openBeyondAmount": ["open", "amount"],
  "forecast.expected": ["amount"],
  "forecast.doubtful": ["amount"],
  "alert.overLimit": ["open", "excess", "limit"],
  "alert.over90": ["amount"],
  "alert.oldDispute": ["amount"],
  "limit.need": ["monthlySales", "needed"],
  "limit.factor": ["limit"],
  "limit.floor": ["onTerms"],
  "limit.floorNorm": ["onTerms"],
  "limit.securedBalance": ["open", "overdue"],
  "action.secured": ["open"],
  "action.holdOrders": ["limit", "excess"],
  "action.over90": ["amount"],
  "action.oldDispute": ["amount"],
  "alert.finding.over90": ["amount"],
  "alert.finding.oldDispute": ["amount"],
  "alert.finding.overLimit": ["amount"],
  "action.customer.over90": ["overdue", "amount"],
  "action.customer.dispute": ["overdue", "amount"],
  "action.customer.overLimit": ["overdue", "limit"],
  "action.customer.call": ["overdue"],
  "action.customer.concentration": ["open", "overdue"],
  "plan.balance": ["balance"],
  "plan.acceleration": ["threshold"],
  "cash.lowest": ["amount"],
  "cash.below": ["minimum", "gap"],
  "cash.above": ["minimum"],
  "cash.stressBelow": ["gap"],
  "cash.lever.collect": ["amount", "expected", "gain"],
  "cash.lever.discountWorth": ["amount", "gain", "given"],
  "cash.lever.discountDear": ["amount", "gain", "given"],
  "cash.lever.factoring": ["eligible", "cash", "expected", "gain", "cost"],
  "cash.lever.payOnDue": ["gain"],
  "cash.lever.creditLine": ["amount", "interest"],
  "cash.lever.insurance": ["amount"],
  "cash.lever.insuranceNoGap": ["amount"],
  "cash.lever.insuranceAfter": ["amount"],
};
