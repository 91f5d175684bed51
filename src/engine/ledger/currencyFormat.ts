/**
 * The currency a ledger's amounts are shown in when it has no currency column: read from the amount cells' Excel
 * number formats ("[$$-409]#,##0.00" → USD, "\"¥\"#,##0.00" → CNY, "#,##0.00 €" → EUR) or the marks in amounts
 * typed as text ("¥5,000.00"), else from a locale's region ("en-US" → USD). Pure: formats and locale tags in, ISO codes out.
 * Locale ids in "[$sym-LCID]" are Windows LCIDs (hex), e.g. 409 en-US, 809 en-GB, 804 zh-CN, 411 ja-JP, C04 zh-HK.
 */

const LCID_CURRENCY: Record<string, string> = {
  "409": "USD",
  "809": "GBP",
  "1009": "CAD",
  C09: "AUD",
  "1409": "NZD",
  "4809": "SGD",
  "804": "CNY",
  "404": "TWD",
  C04: "HKD",
  "1404": "MOP",
  "411": "JPY",
  "412": "KRW",
  "407": "EUR",
  "40C": "EUR",
  "410": "EUR",
  "40A": "EUR",
  C0A: "EUR",
  "413": "EUR",
  "816": "EUR",
  "807": "CHF",
  "100C": "CHF",
  "41D": "SEK",
  "414": "NOK",
  "406": "DKK",
  "439": "INR",
  "416": "BRL",
  "80A": "MXN",
  "419": "RUB",
};

/** Symbols and codes as they appear in formats; longest first so "HK$" wins over "$". */
const SYMBOLS: [string, string][] = [
  ["US$", "USD"],
  ["HK$", "HKD"],
  ["NT$", "TWD"],
  ["S$", "SGD"],
  ["A$", "AUD"],
  ["C$", "CAD"],
  ["RMB", "CNY"],
  ["CNY", "CNY"],
  ["USD", "USD"],
  ["EUR", "EUR"],
  ["GBP", "GBP"],
  ["JPY", "JPY"],
  ["HKD", "HKD"],
  ["人民币", "CNY"],
  ["元", "CNY"],
  ["￥", "CNY"],
  ["¥", "CNY"],
  ["€", "EUR"],
  ["£", "GBP"],
  ["₩", "KRW"],
  ["₹", "INR"],
  ["$", "USD"],
];

/** The ISO code a number format shows, or null (General, 0.00, dates, a locale tag without a symbol). */
export function currencyFromNumberFormat(format: string | null | undefined): string | null {
  if (!format || format === "General" || format === "@") return null;
  // [$sym-LCID] or [$sym]: the symbol, made precise by the locale (¥ with 411 is the yen).
  const bracket = /\[\$([^\]-]*)(?:-([0-9A-Fa-f]+))?\]/.exec(format);
  if (bracket && bracket[1]) {
    const sym = bracket[1];
    const lcid = bracket[2]?.toUpperCase().replace(/^0+/, "");
    const byLocale = lcid ? LCID_CURRENCY[lcid] : undefined;
    if (/^[A-Z]{3}$/.test(sym)) return sym;
    if ((sym === "$" || sym === "¥" || sym === "￥" || sym === "kr" || sym === "€") && byLocale) return byLocale;
    return SYMBOLS.find(([s]) => sym.includes(s))?.[1] ?? byLocale ?? null;
  }
  // Otherwise a symbol in quotes, escaped or bare — but not inside a [..] colour/condition or a date/time code.
  const text = format
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\(.)/g, "$1")
    .replace(/"/g, "");
  return SYMBOLS.find(([s]) => text.includes(s))?.[1] ?? null;
}

/** The currency most amount cells of `column` show (rows after `headerRow`), or null when none shows one. */
export function currencyFromFormats(
  formats: readonly (readonly string[] | undefined)[] | undefined,
  column: number | null,
  headerRow: number,
): string | null {
  if (!formats || column === null || column < 0) return null;
  const counts = new Map<string, number>();
  const step = Math.max(1, Math.floor(formats.length / 2000)); // a sample is enough on a big ledger
  for (let r = Math.max(0, headerRow + 1); r < formats.length; r += step) {
    const c = currencyFromNumberFormat(formats[r]?.[column]);
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: string | null = null;
  let most = 0;
  for (const [c, n] of counts) if (n > most) [best, most] = [c, n];
  return best;
}

/** The currency an amount typed as text marks ("$1,000.00", "CNY 100", "US$5", "100 元"), or null. */
export function currencyOfAmountText(text: string): string | null {
  if (!/\d/.test(text)) return null;
  return SYMBOLS.find(([sym]) => text.includes(sym))?.[1] ?? null;
}

/** The currency most amount cells typed as text mark ("¥5,000.00", "USD 12.00"), or null. */
export function currencyFromAmountTexts(
  values: readonly (readonly unknown[] | undefined)[],
  column: number | null,
  headerRow: number,
): string | null {
  if (column === null || column < 0) return null;
  const counts = new Map<string, number>();
  const step = Math.max(1, Math.floor(values.length / 2000));
  for (let r = Math.max(0, headerRow + 1); r < values.length; r += step) {
    const v = values[r]?.[column];
    const c = typeof v === "string" ? currencyOfAmountText(v) : null;
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: string | null = null;
  let most = 0;
  for (const [c, n] of counts) if (n > most) [best, most] = [c, n];
  return best;
}

const REGION_CURRENCY: Record<string, string> = {
  US: "USD",
  CN: "CNY",
  HK: "HKD",
  MO: "MOP",
  TW: "TWD",
  SG: "SGD",
  GB: "GBP",
  JP: "JPY",
  KR: "KRW",
  AU: "AUD",
  NZ: "NZD",
  CA: "CAD",
  IN: "INR",
  CH: "CHF",
  SE: "SEK",
  NO: "NOK",
  DK: "DKK",
  BR: "BRL",
  MX: "MXN",
  RU: "RUB",
  DE: "EUR",
  FR: "EUR",
  IT: "EUR",
  ES: "EUR",
  NL: "EUR",
  BE: "EUR",
  AT: "EUR",
  IE: "EUR",
  PT: "EUR",
  FI: "EUR",
  GR: "EUR",
  LU: "EUR",
};

/** The currency of a locale's region ("en-US" → USD, "zh-CN" → CNY, "zh-Hans-HK" → HKD); "zh" alone → CNY; else null. */
export function currencyOfLocale(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const parts = tag.replace(/_/g, "-").split("-");
  const region = parts
    .slice(1)
    .find((p) => /^[A-Za-z]{2}$/.test(p))
    ?.toUpperCase();
  if (region) return REGION_CURRENCY[region] ?? null;
  const lang = parts[0].toLowerCase();
  return lang === "zh" ? "CNY" : lang === "ja" ? "JPY" : null;
}
