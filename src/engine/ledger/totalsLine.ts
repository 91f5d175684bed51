/**
 * One rule for the totals lines of a ledger, in any spelling: "Total", "TOTAL", "Totals:", "Grand Totals:",
 * "Sub Total", "Subtotal", "Total for Current", "Acme Ltd Total", "Total Amount", "Totaal", 合计 / 合  计 / 合（全角空格）计,
 * 总 计, 小计, "上海贸易 小计"… Width, spacing and invisible characters are folded first ("Ｔｏｔａｌ", "Total" + a
 * zero-width space). A customer may be called "Total Solutions Ltd": only the word itself, "Total for/of …",
 * "… Total" and "Total Amount/Due/Balance" are totals.
 */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

const ENGLISH =
  /^(?:(?:grand|sub) ?-?)?(?:totals?|totaal|sum|summe)(?: (?:for|of|amount|due|balance|open|outstanding)\b.*)?[:：]?$/;
const TRAILING = /^.{1,60} (?:sub ?-?)?totals?[:：]?$/;
const CHINESE = /(?:合计|总计|小计|共计|合計|總計|小計|总额|總額|汇总|匯總)[:：]?$/;
const SUBTOTAL = /sub|小计|小計|^total (?:for|of) |. totals?[:：]?$/;

/** Every totals word holds one of these (a full-width "Ｔ" included). */
const MAYBE = /[tT计計额額总總汇匯ｔＴ]|sum/i;

function folded(text: string): string {
  return text.normalize("NFKC").replace(INVISIBLE, "").replace(/\s+/g, " ").trim().toLowerCase();
}

type TotalsKind = "total" | "subtotal" | null;

// The text read last and its kind: each row's invoice number is asked twice in a row (rowKinds.ts, then
// totalsCell.ts), a million times in a big ledger; the second answer needs no test.
let lastText: string | null = null;
let lastKind: TotalsKind = null;

/** "total", "subtotal" or null: what the cell says the row is. */
export function totalsKind(value: unknown): TotalsKind {
  if (typeof value !== "string" || value.length > 80 || value.length === 0) return null;
  if (value === lastText) return lastKind;
  lastKind = textKind(value);
  lastText = value;
  return lastKind;
}

function textKind(value: string): TotalsKind {
  if (!MAYBE.test(value)) return null; // cheap test first: it runs on the cells of every row
  const text = folded(value);
  if (text === "") return null;
  const chinese = CHINESE.test(text.replace(/ /g, ""));
  if (!chinese && !ENGLISH.test(text) && !TRAILING.test(text)) return null;
  return SUBTOTAL.test(chinese ? text.replace(/ /g, "") : text) && !text.startsWith("grand") ? "subtotal" : "total";
}
