/**
 * A ledger in several currencies, said in English and Chinese: the line "USD 120,000.00 = ¥862,800.00 at 7.19, rates
 * of 2026-12-01" (原币 = 本币 at the 汇率), a currency left out for want of a rate, and the unrealised exchange gain or
 * loss (汇兑损益) of open receivables at today's rate against the booked ones. Figures through format.ts.
 */
import type { CurrencyLine, Revaluation } from "../engine";
import { formatDate, formatMoney } from "./format";
import type { Language } from "./translate";

const rateFormats = new Map<Language, Intl.NumberFormat>();

/** A rate with two to six decimals: 7.19, 7.8123, 0.139123. */
export function formatRate(rate: number, language: Language): string {
  let f = rateFormats.get(language);
  if (!f) {
    const locale = language === "zh-CN" ? "zh-CN" : "en-US";
    f = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 6, useGrouping: false });
    rateFormats.set(language, f);
  }
  return f.format(rate);
}

/** "USD 120,000.00": an amount in its own currency (原币), the code first. */
export function originalMoney(amount: number, currency: string, language: Language): string {
  return `${currency} ${formatMoney(amount, "", language)}`;
}

/** One currency's line: converted at its rate (with its source), or left out for want of one. */
export function conversionSentence(line: CurrencyLine, reporting: string, language: Language): string {
  const zh = language === "zh-CN";
  if (line.invoices === 0 && line.leftOut > 0) {
    const open = originalMoney(line.leftOutOpen, line.currency, language);
    return zh
      ? `${open}：没有折算为 ${reporting} 的汇率，未计入（${line.leftOut} 张发票）`
      : `${open}: no rate to ${reporting}, left out (${line.leftOut} invoice${line.leftOut === 1 ? "" : "s"})`;
  }
  const from = originalMoney(line.openOriginal, line.currency, language);
  const to = formatMoney(line.openConverted, reporting, language);
  const rate = formatRate(line.rate ?? 1, language);
  const source =
    line.rateSource === "ledger"
      ? zh
        ? "（台账记账汇率）"
        : ", as booked in the ledger"
      : line.rateDate !== null
        ? zh
          ? `（${formatDate(line.rateDate, language)}汇率表）`
          : `, rates of ${formatDate(line.rateDate, language)}`
        : "";
  return zh ? `${from} = ${to}，汇率 ${rate}${source}` : `${from} = ${to} at ${rate}${source}`;
}

/** Booked against today's rate: the open amount both ways and the unrealised exchange gain or loss. */
export function gainLossSentence(r: Revaluation, reporting: string, language: Language): string {
  const m = (v: number) => formatMoney(v, reporting, language);
  const rate = formatRate(r.todayRate, language);
  const gain = r.gainLoss >= 0;
  if (language === "zh-CN")
    return `按记账汇率未收 ${m(r.atBooked)}，按当日汇率 ${rate} 为 ${m(r.atToday)}：未实现汇兑${gain ? "收益" : "损失"} ${m(Math.abs(r.gainLoss))}`;
  return `open at booked rates ${m(r.atBooked)}, at today's ${rate} ${m(r.atToday)}: unrealised exchange ${gain ? "gain" : "loss"} ${m(Math.abs(r.gainLoss))}`;
}

/** Headings and column names of the per-currency breakdown (pane and report). */
export const CURRENCY_TEXT = {
  en: {
    title: "Several currencies",
    intro: "Converted to {currency} invoice by invoice, to the cent, then added.",
    currency: "Currency",
    invoices: "Invoices",
    openOriginal: "Open (original)",
    rate: "Rate",
    rateSource: "Rate from",
    rateDate: "Rate date",
    openConverted: "Open ({currency})",
    atBooked: "At booked rates",
    atToday: "At today's rate",
    gainLoss: "Exchange gain (loss)",
    total: "Total",
    fromLedger: "ledger (booked)",
    fromTable: "rates table",
    reporting: "reporting currency",
    leftOut: "no rate: left out",
  },
  "zh-CN": {
    title: "多币种",
    intro: "逐张发票折算为 {currency}，精确到分，再相加。",
    currency: "币种",
    invoices: "发票数",
    openOriginal: "未收（原币）",
    rate: "汇率",
    rateSource: "汇率来源",
    rateDate: "汇率日期",
    openConverted: "未收（本币 {currency}）",
    atBooked: "按记账汇率",
    atToday: "按当日汇率",
    gainLoss: "汇兑损益",
    total: "合计",
    fromLedger: "台账（记账汇率）",
    fromTable: "汇率表",
    reporting: "本币",
    leftOut: "无汇率：未计入",
  },
} as const;

/** The rates table in the pane: the reporting currency, the rates typed or read from a range, kept with the workbook. */
export const RATES_TEXT = {
  en: {
    title: "Rates",
    help: "Amounts in other currencies are converted to the reporting currency at these rates where the ledger gives no rate of its own (a local amount or a booked rate). They are kept in this workbook; nothing is fetched from outside.",
    reporting: "Reporting currency",
    reportingAuto: "{code} (Office's region)",
    currency: "Currency",
    rate: "Rate to {code}",
    date: "Date",
    add: "Add rate",
    remove: "Remove {currency}",
    fromSelection: "Read rates from selection",
    fromSelectionHelp: "Select a range of currency, rate and date (a header row is passed over) first.",
    read: "Rates read from {address}.",
    none: "No rates yet.",
    setAside: "Set aside:",
  },
  "zh-CN": {
    title: "汇率",
    help: "台账本身没有汇率（本币金额或记账汇率）时，其他币种的金额按此处的汇率折算为本币。汇率保存在本工作簿中，不从外部获取。",
    reporting: "本币（记账本位币）",
    reportingAuto: "{code}（Office 区域）",
    currency: "币种",
    rate: "折 {code} 汇率",
    date: "日期",
    add: "添加汇率",
    remove: "删除 {currency}",
    fromSelection: "从所选区域读取汇率",
    fromSelectionHelp: "请先选择币种、汇率、日期三列（表头行会被跳过）。",
    read: "已从 {address} 读取汇率。",
    none: "尚无汇率。",
    setAside: "已搁置：",
  },
} as const;
