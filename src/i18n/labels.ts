/**
 * Names of the engine's codes (terms, payment methods, alert kinds, severities, insurance criteria, ledger fields,
 * aging buckets) in English and Simplified Chinese, shared by the taskpane and the report sheet.
 */
import type {
  AlertKind,
  InsuranceCriterion,
  InsuranceCheck,
  LedgerField,
  PaymentMethod,
  TermsCode,
} from "../engine/analysis/types";
import type { Language } from "./language";

type Labels<K extends string> = Record<Language, Record<K, string>>;

export const TERMS: Labels<TermsCode> = {
  en: {
    NET60: "Net 60",
    NET45: "Net 45",
    NET30: "Net 30",
    NET15: "Net 15",
    DEPOSIT: "Net 15 with 30 % deposit",
    LC: "Letter of credit",
    CIA: "Cash in advance",
  },
  "zh-CN": {
    NET60: "月结 60 天",
    NET45: "月结 45 天",
    NET30: "月结 30 天",
    NET15: "月结 15 天",
    DEPOSIT: "月结 15 天，预付 30% 定金",
    LC: "信用证",
    CIA: "款到发货",
  },
};

export const PAYMENT_METHODS: Labels<PaymentMethod> = {
  en: {
    openAccount: "Open account",
    openAccountInsured: "Open account with credit insurance",
    documentaryCollection: "Documentary collection",
    letterOfCredit: "Letter of credit",
    cashInAdvance: "Cash in advance",
  },
  "zh-CN": {
    openAccount: "赊销",
    openAccountInsured: "赊销（投保信用保险）",
    documentaryCollection: "跟单托收",
    letterOfCredit: "信用证",
    cashInAdvance: "预付款",
  },
};

export const ALERT_KINDS: Labels<AlertKind> = {
  en: {
    deteriorating: "Paying later",
    overLimit: "Over limit",
    over90: "Over 90 days",
    concentration: "Concentration",
    oldDispute: "Old dispute",
  },
  "zh-CN": {
    deteriorating: "付款变慢",
    overLimit: "超出额度",
    over90: "逾期超 90 天",
    concentration: "集中度",
    oldDispute: "长期争议",
  },
};

export const SEVERITIES: Labels<"high" | "medium" | "low"> = {
  en: { high: "High", medium: "Medium", low: "Low" },
  "zh-CN": { high: "高", medium: "中", low: "低" },
};

export const CRITERIA: Labels<InsuranceCriterion["id"]> = {
  en: {
    creditSalesShare: "Share of sales on credit",
    largestCustomerShare: "Largest customer's share of AR",
    topFiveShare: "Top five customers' share of AR",
    herfindahl: "Herfindahl concentration index",
    unprovenLargeExposures: "Large exposures without payment record",
    volatileBehaviour: "Spread of days late",
  },
  "zh-CN": {
    creditSalesShare: "赊销占销售额比例",
    largestCustomerShare: "最大客户应收占比",
    topFiveShare: "前五大客户应收占比",
    herfindahl: "赫芬达尔集中度指数",
    unprovenLargeExposures: "无付款记录的大额敞口",
    volatileBehaviour: "逾期天数离散度",
  },
};

export const VERDICTS: Labels<InsuranceCheck["verdict"]> = {
  en: { advised: "Cover advised", consider: "Consider cover", notNeeded: "Cover not needed" },
  "zh-CN": { advised: "建议投保", consider: "可考虑投保", notNeeded: "无需投保" },
};

export const FIELDS: Labels<LedgerField> = {
  en: {
    customer: "Customer",
    invoiceNumber: "Invoice no.",
    invoiceDate: "Invoice date",
    dueDate: "Due date",
    amount: "Amount",
    paidAmount: "Paid amount",
    openAmount: "Open amount",
    paidDate: "Paid date",
    disputed: "Disputed",
    currency: "Currency",
    terms: "Terms",
    insuredLimit: "Insured limit",
    localAmount: "Local amount",
    bookedRate: "Exchange rate",
    creditLimit: "Credit limit",
  },
  "zh-CN": {
    customer: "客户",
    invoiceNumber: "发票号",
    invoiceDate: "开票日期",
    dueDate: "到期日",
    amount: "金额",
    paidAmount: "已付金额",
    openAmount: "未收金额",
    paidDate: "付款日期",
    disputed: "争议",
    currency: "币种",
    terms: "账期",
    insuredLimit: "保险限额",
    localAmount: "本币金额",
    bookedRate: "汇率",
    creditLimit: "信用额度",
  },
};

/** Aging bucket label in the language ("Current" → "未到期", "91+" → "91 天以上"). */
export function bucketLabel(label: string, language: Language): string {
  if (language === "en") return label === "Current" ? "Current" : `${label} days`;
  if (label === "Current") return "未到期";
  if (label.endsWith("+")) return `${label.slice(0, -1)} 天以上`;
  return `${label} 天`;
}
