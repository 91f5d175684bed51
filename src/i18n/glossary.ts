/**
 * One name per concept, in English and in Chinese as a Chinese finance team writes it, with a one-line plain
 * explanation. The pane (info buttons), the report (note columns), the functions' labels and the documents take
 * their terms from here; test/i18n/glossary.test.ts fails when a concept appears under a second Chinese name or
 * when English is left in Chinese output. Formulas: docs/METRICS.md.
 */
import type { Language } from "./translate";

export interface GlossaryEntry {
  term: Record<Language, string>;
  /** One line a finance user understands without the formula. */
  explain: Record<Language, string>;
  /** The short name the texts also use ("buffer", "grade"), with its one Chinese rendering. */
  short?: Record<Language, string>;
  /** Other Chinese names seen for the concept, which must not appear anywhere any more. */
  avoidZh?: string[];
}

export const GLOSSARY = {
  dso: {
    term: { en: "DSO", "zh-CN": "应收账款周转天数" },
    explain: {
      en: "Days sales outstanding: how many days of credit sales are still unpaid (lower is better).",
      "zh-CN": "应收账款周转天数：尚未收回的赊销相当于多少天的销售额（越低越好）。",
    },
  },
  bestDso: {
    term: { en: "Best possible DSO", "zh-CN": "最佳周转天数" },
    explain: {
      en: "The DSO if every customer paid exactly on time: the part of DSO the payment terms explain.",
      "zh-CN": "假设所有客户都按期付款时的周转天数，即付款条件本身带来的天数。",
    },
    avoidZh: ["最佳可能 DSO"],
  },
  add: {
    term: { en: "Average days delinquent (ADD)", "zh-CN": "平均逾期天数" },
    explain: {
      en: "DSO minus best possible DSO: the days lost because customers pay late.",
      "zh-CN": "周转天数减去最佳周转天数，即因客户逾期付款多占用的天数。",
    },
  },
  cei: {
    term: { en: "Collection effectiveness index (CEI)", "zh-CN": "回款有效性指数" },
    explain: {
      en: "Share of what could be collected in the period that was collected (100 % = everything).",
      "zh-CN": "期间内可收回的款项中实际收回的比例（100% 表示全部收回）。",
    },
    avoidZh: ["当月回款效率指数"],
  },
  weightedDaysToPay: {
    term: { en: "Weighted days to pay", "zh-CN": "加权回款天数" },
    explain: {
      en: "Average days from invoice to payment, larger invoices counting more.",
      "zh-CN": "从开票到收款的平均天数，金额大的发票权重更大。",
    },
  },
  weightedDaysLate: {
    term: { en: "Weighted days late", "zh-CN": "加权逾期天数" },
    explain: {
      en: "Average days paid after the due date, larger invoices counting more.",
      "zh-CN": "到期日之后付款的平均天数，金额大的发票权重更大。",
    },
  },
  crfMedian: {
    term: {
      en: "Median of US companies (CRF survey, Q1 2021)",
      "zh-CN": "美国企业中位数（美国信用研究基金会调查，2021 年一季度）",
    },
    explain: {
      en: "The middle value reported by US companies to the Credit Research Foundation, first quarter 2021.",
      "zh-CN": "美国信用研究基金会 2021 年一季度调查中，美国企业所报数值的中位数。",
    },
    avoidZh: ["CRF 中位数"],
  },
  allianz: {
    term: { en: "Global average DSO (Allianz Trade, 2023)", "zh-CN": "全球平均周转天数（安联贸易，2023 年）" },
    explain: {
      en: "Allianz Trade, a credit insurer, averages the DSO of listed companies worldwide; 2023 figure.",
      "zh-CN": "信用保险公司安联贸易统计的全球上市公司平均应收账款周转天数，2023 年数据。",
    },
  },
  herfindahl: {
    term: { en: "Concentration index (Herfindahl)", "zh-CN": "集中度指数（赫芬达尔指数）" },
    explain: {
      en: "Sum of the squared shares of each customer: near 0 = spread over many, 1 = one customer owes everything.",
      "zh-CN": "各客户应收占比的平方和：接近 0 表示分散，1 表示全部集中在一个客户。",
    },
  },
  auc: {
    term: { en: "AUC", "zh-CN": "区分度（AUC）" },
    explain: {
      en: "How often a customer who later paid late had the worse grade: 0.5 = chance, 1 = always.",
      "zh-CN": "事后逾期的客户被评为更高风险等级的概率：0.5 相当于随机，1 表示总能区分。",
    },
  },
  gini: {
    term: { en: "Gini", "zh-CN": "基尼系数" },
    explain: {
      en: "The same ranking power on a 0–1 scale (2 × AUC − 1): 0 = chance, 1 = perfect.",
      "zh-CN": "同一区分能力换算到 0 至 1（2 × AUC − 1）：0 相当于随机，1 为完全区分。",
    },
  },
  grade: {
    term: { en: "Risk grade", "zh-CN": "风险等级" },
    short: { en: "grade", "zh-CN": "等级" },
    explain: {
      en: "One risk scale: grade 1 = lowest risk … 10 = highest risk.",
      "zh-CN": "统一的风险刻度：1 级风险最低，10 级风险最高。",
    },
  },
  buffer: {
    term: { en: "Cash buffer", "zh-CN": "安全垫" },
    short: { en: "buffer", "zh-CN": "安全垫" },
    explain: {
      en: "The least cash the business wants to hold at any week's end.",
      "zh-CN": "安全垫：每周末希望至少持有的现金。",
    },
    avoidZh: ["最低现金储备"],
  },
  overdue: {
    term: { en: "Overdue", "zh-CN": "逾期" },
    explain: { en: "Open after its due date.", "zh-CN": "已过到期日仍未收回。" },
  },
} satisfies Record<string, GlossaryEntry>;

export type GlossaryKey = keyof typeof GLOSSARY;

export function term(key: GlossaryKey, language: Language): string {
  return GLOSSARY[key].term[language];
}

export function explain(key: GlossaryKey, language: Language): string {
  return GLOSSARY[key].explain[language];
}

/** Risk band of a grade (1 = lowest risk … 10 = highest): the colour the pane and the report give it. */
export type RiskBand = "low" | "medium" | "high" | "veryHigh";

export function riskBand(grade: number): RiskBand {
  return grade <= 3 ? "low" : grade <= 6 ? "medium" : grade <= 8 ? "high" : "veryHigh";
}

export const RISK_BAND_NAMES: Record<Language, Record<RiskBand, string>> = {
  en: { low: "low risk", medium: "medium risk", high: "high risk", veryHigh: "very high risk" },
  "zh-CN": { low: "低风险", medium: "中等风险", high: "高风险", veryHigh: "极高风险" },
};
