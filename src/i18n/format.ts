/** Numbers, money, shares and Excel-serial dates formatted for the UI language. */
import { ymdFromSerial } from "../engine/core/dates";
import type { Language } from "./translate";

const locale = (language: Language) => (language === "zh-CN" ? "zh-CN" : "en-US");
const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let f = cache.get(key);
  if (!f) cache.set(key, (f = make()));
  return f;
}

export function formatMoney(value: number, currency: string, language: Language): string {
  const f = numberFormat(`m|${currency}|${language}`, () => {
    try {
      return new Intl.NumberFormat(locale(language), { style: "currency", currency, minimumFractionDigits: 2, maximumFractionDigits: 2 });
    } catch {
      return new Intl.NumberFormat(locale(language), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    }
  });
  return f.format(value);
}

export function formatNumber(value: number | null, language: Language, digits = 1): string {
  if (value === null || !Number.isFinite(value)) return "–";
  return numberFormat(`n|${digits}|${language}`, () => new Intl.NumberFormat(locale(language), { maximumFractionDigits: digits, minimumFractionDigits: 0 })).format(value);
}

export function formatPercent(share: number, language: Language): string {
  return numberFormat(`p|${language}`, () => new Intl.NumberFormat(locale(language), { style: "percent", maximumFractionDigits: 2 })).format(share);
}

/** An Excel serial as a date: 2025-06-30 (ISO, unambiguous in both languages) or 2025年6月30日. */
export function formatDate(serial: number, language: Language): string {
  const { year, month, day } = ymdFromSerial(serial);
  if (language === "zh-CN") return `${year}年${month}月${day}日`;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
