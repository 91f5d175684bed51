/**
 * Statement of account / 对账函 for one customer as of a date: the open invoices with their dates, amounts, paid and
 * open, days overdue and aging bucket, the total, the aging summary, where to pay, and the reply slip (in Chinese
 * practice the two boxes 信息证明无误 / 信息不符 each with 盖章, 经办人 and 日期). The ledger holds no opening balance, so
 * none is shown: the statement lists the open items that make up the balance.
 */
import { compareText } from "../../core/compareText";
import { bucketIndex, bucketLabels } from "../../core/aging";
import { toCents, fromCents } from "../../model/money";
import type { Invoice } from "../../model/types";
import {
  CompanyDetails,
  companyBlocks,
  DocBlock,
  docDate,
  DocLanguage,
  DocumentContent,
  payLines,
  safeSheetName,
  replySlip,
} from "./model";
import { docT } from "./text";

export interface StatementInput {
  customer: string;
  invoices: readonly Invoice[];
  asOf: number;
  currency: string;
  company: CompanyDetails;
  language: DocLanguage;
  agingEdges?: readonly number[];
}

export function agingLabel(label: string, language: DocLanguage): string {
  return label === "Current" ? docT(language, "current") : docT(language, "days", { label });
}

type Text = (k: Parameters<typeof docT>[1], p?: Record<string, string | number>) => string;

export function buildStatement(s: StatementInput): DocumentContent {
  const L = s.language;
  const t: Text = (k, p) => docT(L, k, p);
  const edges = s.agingEdges ?? [0, 30, 60, 90];
  const labels = bucketLabels(edges, "due");
  const { table, buckets } = openItemsTable(s, t, edges, labels);
  const blocks: DocBlock[] = [
    ...companyBlocks(s.company),
    { kind: "heading", text: t("statementTitle") },
    {
      kind: "fields",
      rows: [
        { label: t("to"), value: s.customer, format: "text" },
        { label: t("asOf"), value: s.asOf, format: "date" },
        { label: t("currency"), value: s.currency, format: "text" },
      ],
    },
    { kind: "paragraph", lines: [t("statementIntro", { date: docDate(s.asOf, L) })] },
    table,
    { kind: "heading", text: t("agingSummary") },
    {
      kind: "fields",
      rows: labels.map((l, i) => ({ label: agingLabel(l, L), value: fromCents(buckets[i]), format: "money" as const })),
    },
  ];
  const pay = payLines(s.company, L);
  if (pay.length) blocks.push({ kind: "paragraph", lines: pay });
  blocks.push(...replySlip(L, "confirmBox", "disputeBox"));
  return {
    kind: "statement",
    language: L,
    sheetName: safeSheetName(`${t("statementSheet")} ${s.customer}`),
    title: t("statementTitle"),
    companyName: s.company.name,
    blocks,
  };
}

/** The open items by due date with their aging bucket; the totals, and the open cents per bucket. */
function openItemsTable(
  s: StatementInput,
  t: Text,
  edges: readonly number[],
  labels: readonly string[],
): { table: DocBlock; buckets: number[] } {
  const buckets = new Array<number>(labels.length).fill(0);
  const open = s.invoices
    .filter((i) => toCents(i.openAmount) !== 0)
    .sort((a, b) => a.dueDate - b.dueDate || compareText(a.invoiceNumber, b.invoiceNumber));
  let amount = 0;
  let paid = 0;
  let openCents = 0;
  const rows = open.map((i) => {
    const days = s.asOf - i.dueDate;
    const b = bucketIndex(days, edges);
    buckets[b] += toCents(i.openAmount);
    amount += toCents(i.amount);
    paid += toCents(i.paidAmount);
    openCents += toCents(i.openAmount);
    return [
      i.invoiceNumber,
      i.invoiceDate,
      i.dueDate,
      i.amount,
      i.paidAmount,
      i.openAmount,
      Math.max(0, days),
      agingLabel(labels[b], s.language),
    ];
  });
  const table: DocBlock = {
    kind: "table",
    columns: [
      { header: t("colInvoice"), format: "text" },
      { header: t("colInvoiceDate"), format: "date" },
      { header: t("colDueDate"), format: "date" },
      { header: t("colAmount"), format: "money" },
      { header: t("colPaid"), format: "money" },
      { header: t("colOpen"), format: "money" },
      { header: t("colDaysOverdue"), format: "integer" },
      { header: t("colAging"), format: "text" },
    ],
    rows,
    total: [t("total"), null, null, fromCents(amount), fromCents(paid), fromCents(openCents), null, null],
  };
  return { table, buckets };
}
