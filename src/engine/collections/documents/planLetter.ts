/**
 * A payment plan written to the customer (还款计划确认函): the overdue balance, the schedule (down payment and
 * installments with interest, principal and the balance left), where to pay, the acceleration term, and a reply slip
 * to agree or propose otherwise — the statement's 盖章 / 经办人 / 日期 lines. Once agreed, planLogRows puts each
 * installment in the contact log as a promise to pay, so the forecast and the cash plan follow it like any promise.
 */
import type { PaymentPlanProposal } from "../../analysis/types";
import type { NewLogRow } from "../log";
import {
  CompanyDetails,
  companyBlocks,
  DocBlock,
  docAmount,
  docDate,
  DocLanguage,
  DocumentContent,
  payLines,
  safeSheetName,
  signOff,
  replySlip,
} from "./model";
import { docT } from "./text";

export interface PlanLetterInput {
  plan: PaymentPlanProposal;
  asOf: number;
  currency: string;
  company: CompanyDetails;
  language: DocLanguage;
  /** Days given to return the slip. */
  replyDays: number;
}

type Text = (k: Parameters<typeof docT>[1], p?: Record<string, string | number>) => string;

export function buildPlanLetter(s: PlanLetterInput): DocumentContent {
  const L = s.language;
  const t: Text = (k, p) => docT(L, k, p);
  const p = s.plan;
  const installments = p.schedule.filter((r) => r.number > 0).length;
  const rate = `${Math.round(p.annualRate * 10000) / 100}%`;
  const blocks: DocBlock[] = [
    ...companyBlocks(s.company),
    { kind: "heading", text: t("planTitle") },
    {
      kind: "fields",
      rows: [
        { label: t("date"), value: s.asOf, format: "date" },
        { label: t("to"), value: p.customer, format: "text" },
        { label: t("currency"), value: s.currency, format: "text" },
      ],
    },
    {
      kind: "paragraph",
      lines: [
        t("dear", { customer: p.customer }),
        t("planIntro", { amount: docAmount(p.overdueBalance, s.currency, L), installments, rate }),
      ],
    },
    scheduleTable(p, t),
    {
      kind: "paragraph",
      lines: [
        t("planTerms"),
        ...payLines(s.company, L),
        t("planReply", { deadline: docDate(s.asOf + s.replyDays, L) }),
      ],
    },
    { kind: "paragraph", lines: signOff(s.company, L) },
    ...replySlip(L, "planAgreeBox", "planChangeBox"),
  ];
  return {
    kind: "plan",
    language: L,
    sheetName: safeSheetName(`${t("planSheet")} ${p.customer}`),
    title: t("planTitle"),
    companyName: s.company.name,
    blocks,
  };
}

/** The plan's schedule: the down payment (when there is one), then each installment with its interest. */
function scheduleTable(p: PaymentPlanProposal, t: Text): DocBlock {
  return {
    kind: "table",
    columns: [
      { header: t("colNo"), format: "text" },
      { header: t("colDueDate"), format: "date" },
      { header: t("colPayment"), format: "money" },
      { header: t("colInterest"), format: "money" },
      { header: t("colPrincipal"), format: "money" },
      { header: t("colRemaining"), format: "money" },
    ],
    rows: p.schedule.map((r) => [
      r.number === 0 ? t("planDown") : String(r.number),
      r.dueDate,
      r.payment,
      r.interest,
      r.principal,
      r.remaining,
    ]),
    total: null,
  };
}

/** The agreed plan as log rows: one promise per payment (down payment first), all made on the day it was agreed. */
export function planLogRows(plan: PaymentPlanProposal, agreedOn: number, language: DocLanguage): NewLogRow[] {
  const n = plan.schedule.length;
  return plan.schedule.map((r, i) => ({
    date: agreedOn,
    customer: plan.customer,
    channel: "letter" as const,
    stage: null,
    outcome:
      language === "zh-CN" ? `还款计划已确认：第 ${i + 1}/${n} 笔` : `Payment plan agreed: payment ${i + 1} of ${n}`,
    promisedDate: r.dueDate,
    promisedAmount: r.payment,
    note: language === "zh-CN" ? "还款计划" : "Payment plan",
  }));
}
