/**
 * Currency names as Chinese ledgers write them (用友 and 金蝶 show 币种 as 人民币, 美元 …) read as ISO 4217 codes, so a
 * 美元 invoice finds the USD rate and 人民币 is the reporting currency CNY. A name not listed is kept as written.
 */
const NAMES: Record<string, string> = {
  人民币: "CNY",
  RMB: "CNY",
  本位币: "CNY",
  美元: "USD",
  美金: "USD",
  欧元: "EUR",
  英镑: "GBP",
  日元: "JPY",
  港币: "HKD",
  港元: "HKD",
  澳元: "AUD",
  加元: "CAD",
  新加坡元: "SGD",
  瑞士法郎: "CHF",
  韩元: "KRW",
  新台币: "TWD",
  澳门元: "MOP",
  卢布: "RUB",
  印度卢比: "INR",
};

/** The ISO code of a currency as a ledger writes it ("美元" → USD, " usd " → USD); unknown names upper-cased. */
export function isoCurrency(written: string): string {
  const text = written.trim().toUpperCase();
  return NAMES[text] ?? text;
}

/** How a Chinese document names each currency (人民币, 美元 …): the first name above for each code. */
const CHINESE_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(NAMES)
    .filter(([name]) => !/^[A-Z]+$/.test(name) && name !== "本位币" && name !== "美金" && name !== "港币")
    .map(([name, code]) => [code, name]),
);

/** The Chinese name of an ISO code ("USD" → 美元, "cny" → 人民币); null for a code without one here. */
export function chineseCurrencyName(code: string): string | null {
  return CHINESE_NAMES[code.trim().toUpperCase()] ?? null;
}
