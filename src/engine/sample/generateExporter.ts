/**
 * A generated exporter's books for the preview and the tests (our own code, invented names): a Chinese manufacturer
 * billing foreign buyers in USD and EUR on 60/90-day open-account terms, each invoice with the rate booked on its
 * date (汇率) and its amount in CNY (本币金额); the rates table of the as-of date (currency, rate to CNY, date); and
 * its cash flows — wages, rent, a loan, the export VAT refund (出口退税) in CNY, the freight forwarder in USD.
 * Headers in English or Chinese; the buyers keep their foreign names in both.
 */
import type { OtherFlow } from "../cash/types";
import { addMonths, endOfMonth } from "../core/dates";
import { seededRandom } from "./random";

export const EXPORTER_HEADERS = {
  en: [
    "Customer",
    "Invoice No",
    "Invoice Date",
    "Due Date",
    "Amount",
    "Currency",
    "Exchange Rate",
    "Local Amount (CNY)",
    "Paid Amount",
    "Paid Date",
    "Terms",
  ],
  zh: [
    "客户名称",
    "发票号",
    "开票日期",
    "到期日",
    "原币金额",
    "币种",
    "汇率",
    "本币金额",
    "已付金额",
    "付款日期",
    "账期",
  ],
} as const;

const BUYERS: { name: string; currency: "USD" | "EUR"; terms: number; late: number }[] = [
  { name: "Northwind Trading LLC", currency: "USD", terms: 60, late: 3 },
  { name: "Blue Harbor Imports Inc.", currency: "USD", terms: 90, late: 12 },
  { name: "Summit Home Goods Corp.", currency: "USD", terms: 60, late: 0 },
  { name: "Lakeside Retail Group", currency: "USD", terms: 60, late: 25 },
  { name: "Pacific Crest Distributors", currency: "USD", terms: 90, late: 6 },
  { name: "Granite Tools USA", currency: "USD", terms: 60, late: 40 },
  { name: "Rhein Handel GmbH", currency: "EUR", terms: 60, late: 2 },
  { name: "Maison Lumière SARL", currency: "EUR", terms: 90, late: 15 },
  { name: "Nordic Living AB", currency: "EUR", terms: 60, late: 5 },
];

/** Today's rates to CNY (the rates table) and the centre the booked rates wander around. */
export const EXPORTER_RATES = { USD: 7.1235, EUR: 7.7842 } as const;

export interface ExporterBooks {
  ledger: (string | number)[][];
  ledgerFormats: string[];
  rates: (string | number)[][];
  flows: (string | number)[][];
  /** The same flows as the Cash tab holds them. */
  otherFlows: OtherFlow[];
  /** Monthly sales in CNY over the last six months (to size the payables). */
  monthlySalesCny: number;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function ledgerRows(asOf: number, zh: boolean, count: number, seed: number): (string | number)[][] {
  const rng = seededRandom(seed);
  const start = asOf - 183;
  const rows: (string | number)[][] = [];
  for (let i = 0; i < count; i++) {
    const buyer = rng.pick(BUYERS);
    const date = start + Math.floor(rng.next() * (asOf - start + 1));
    const due = date + buyer.terms;
    const amount = round2(rng.logNormal(buyer.currency === "USD" ? 18_000 : 12_000, 0.5));
    const rate = Math.round(EXPORTER_RATES[buyer.currency] * (1 + 0.02 * (rng.next() - 0.5)) * 10_000) / 10_000;
    const paidOn = due + buyer.late + rng.int(-3, 6);
    const paid = paidOn <= asOf && !rng.chance(0.03);
    rows.push([
      buyer.name,
      `EX-${26000 + i}`,
      date,
      due,
      amount,
      buyer.currency,
      rate,
      round2(amount * rate),
      paid ? amount : "",
      paid ? paidOn : "",
      zh ? `${buyer.terms}天` : `Net ${buyer.terms}`,
    ]);
  }
  return rows.sort((a, b) => (a[2] as number) - (b[2] as number));
}

function exporterFlows(asOf: number, monthlySales: number, zh: boolean): OtherFlow[] {
  const k = (x: number) => Math.round(x / 1000) * 1000;
  const next25 = endOfMonth(asOf) - (endOfMonth(asOf) - asOf > 6 ? 6 : -25);
  const flow = (en: string, cn: string, amount: number, direction: "in" | "out", firstDate: number, more = {}) => ({
    description: zh ? cn : en,
    amount,
    direction,
    firstDate,
    repeat: "monthly" as OtherFlow["repeat"],
    until: null,
    ...more,
  });
  return [
    flow("Wages", "工资", k(monthlySales * 0.12), "out", next25),
    flow("Factory rent", "厂房租金", k(monthlySales * 0.03), "out", endOfMonth(asOf) + 1),
    flow("Loan repayment", "银行贷款还款", k(monthlySales * 0.04), "out", addMonths(asOf, 1)),
    flow("Export VAT refund", "出口退税", k(monthlySales * 0.05), "in", endOfMonth(asOf, 1) - 10, {
      repeat: "quarterly",
    }),
    flow("Freight forwarder", "货代运费", Math.round(monthlySales / 7.12 / 100) * 2, "out", asOf + 10, {
      currency: "USD",
    }),
  ];
}

const REPEAT_WORDS = {
  once: ["once", "一次"],
  weekly: ["weekly", "每周"],
  monthly: ["monthly", "每月"],
  quarterly: ["quarterly", "每季度"],
};

export function generateExporter(asOf: number, language: "en" | "zh", seed = 2026): ExporterBooks {
  const zh = language === "zh";
  const rows = ledgerRows(asOf, zh, 240, seed);
  const recent = rows.filter((r) => (r[2] as number) > asOf - 183);
  const monthlySalesCny = recent.reduce((s, r) => s + (r[7] as number), 0) / 6;
  const otherFlows = exporterFlows(asOf, monthlySalesCny, zh);
  const flowHeader = zh
    ? ["说明", "金额", "首次日期", "重复", "收支", "币种"]
    : ["Description", "Amount", "First date", "Repeat", "In/out", "Currency"];
  const inOut = (d: "in" | "out") => (zh ? (d === "in" ? "流入" : "流出") : d);
  return {
    ledger: [[...EXPORTER_HEADERS[language]], ...rows],
    ledgerFormats: [
      "@",
      "@",
      "yyyy-mm-dd",
      "yyyy-mm-dd",
      "#,##0.00",
      "@",
      "0.0000",
      "#,##0.00",
      "#,##0.00",
      "yyyy-mm-dd",
      "@",
    ],
    rates: [
      zh ? ["币种", "兑人民币汇率", "日期"] : ["Currency", "Rate to CNY", "Date"],
      ["USD", EXPORTER_RATES.USD, asOf],
      ["EUR", EXPORTER_RATES.EUR, asOf],
    ],
    flows: [
      flowHeader,
      ...otherFlows.map((f) => [
        f.description,
        f.amount,
        f.firstDate,
        REPEAT_WORDS[f.repeat][zh ? 1 : 0],
        inOut(f.direction),
        f.currency ?? "CNY",
      ]),
    ],
    otherFlows,
    monthlySalesCny,
  };
}
