/**
 * Claim file for one customer: the overdue invoices with the insurer's deadlines, the contact-log entries for the
 * customer (the collection record the insurer asks for), the claimable amount = min(open undisputed, insured limit) ×
 * indemnity share, and the checklist of documents (contract/order, invoices, delivery proof, collection record,
 * notification sent).
 */
import type { CustomerCover } from "../deadlines";
import { CHANNEL_WORDS, LogEntry, STAGE_WORDS } from "../log";
import type { InsurerPolicy } from "../settings";
import { customerKey } from "../../ledger/customerKey";
import { CompanyDetails, companyBlocks, DocBlock, DocLanguage, DocumentContent, safeSheetName } from "./model";
import { docT } from "./text";

export interface ClaimInput {
  cover: CustomerCover;
  entries: readonly LogEntry[];
  policy: InsurerPolicy;
  asOf: number;
  currency: string;
  company: CompanyDetails;
  language: DocLanguage;
}

type Text = (k: Parameters<typeof docT>[1], p?: Record<string, string | number>) => string;

export function buildClaimFile(s: ClaimInput): DocumentContent {
  const L = s.language;
  const t: Text = (k, p) => docT(L, k, p);
  const c = s.cover;
  const entries = s.entries
    .filter((e) => customerKey(e.customer) === customerKey(c.customer) && e.date <= s.asOf)
    .sort((a, b) => a.date - b.date || a.row - b.row);
  const blocks: DocBlock[] = [
    ...companyBlocks(s.company),
    { kind: "heading", text: `${t("claimTitle")} — ${c.customer}` },
    claimFields(s, t),
    { kind: "paragraph", lines: [t("claimableRule"), t("waitingPeriod", { days: s.policy.waitingPeriodDays })] },
    { kind: "heading", text: t("overdueInvoices") },
    overdueTable(c, t),
    { kind: "heading", text: t("collectionRecord") },
    entries.length === 0 ? { kind: "paragraph", lines: [t("noContacts")] } : recordTable(entries, L === "zh-CN", t),
    { kind: "heading", text: t("checklist") },
    {
      kind: "checklist",
      items: [
        { text: t("checkContract"), done: false },
        { text: t("checkInvoices"), done: false },
        { text: t("checkDelivery"), done: false },
        { text: t("checkRecord"), done: entries.length > 0 },
        // Not inferred from the log: the user ticks it once the insurer has acknowledged the notification.
        { text: t("checkNotification"), done: false },
      ],
    },
  ];
  return {
    kind: "claim",
    language: L,
    sheetName: safeSheetName(`${t("claimSheet")} ${c.customer}`),
    title: t("claimTitle"),
    companyName: s.company.name,
    blocks,
  };
}

/** The claim's figures: claimable = min(open undisputed, insured limit) × indemnity share. */
function claimFields(s: ClaimInput, t: Text): DocBlock {
  const c = s.cover;
  return {
    kind: "fields",
    rows: [
      { label: t("buyer"), value: c.customer, format: "text" },
      { label: t("asOf"), value: s.asOf, format: "date" },
      { label: t("currency"), value: s.currency, format: "text" },
      { label: t("openUndisputed"), value: c.openUndisputed, format: "money" },
      {
        label: t("insuredLimit"),
        value: c.insuredLimit ?? t("noLimit"),
        format: c.insuredLimit === null ? "text" : "money",
      },
      { label: t("indemnityShare"), value: `${Math.round(s.policy.indemnityShare * 10000) / 100}%`, format: "text" },
      { label: t("claimable"), value: c.claimable, format: "money" },
      { label: t("uninsured"), value: c.uninsured, format: "money" },
    ],
  };
}

/** The overdue invoices with the insurer's notify-by and claim-by dates. */
function overdueTable(c: CustomerCover, t: Text): DocBlock {
  return {
    kind: "table",
    columns: [
      { header: t("colInvoice"), format: "text" },
      { header: t("colInvoiceDate"), format: "date" },
      { header: t("colDueDate"), format: "date" },
      { header: t("colAmount"), format: "money" },
      { header: t("colOpen"), format: "money" },
      { header: t("colDaysOverdue"), format: "integer" },
      { header: t("colNotifyBy"), format: "date" },
      { header: t("colClaimBy"), format: "date" },
    ],
    rows: c.invoices.map((r) => [
      r.invoice.invoiceNumber,
      r.invoice.invoiceDate,
      r.invoice.dueDate,
      r.invoice.amount,
      r.invoice.openAmount,
      r.daysPastDue,
      r.deadlines.notifyBy,
      r.deadlines.claimBy,
    ]),
    total: [t("total"), null, null, null, c.overdueUndisputed, null, null, null],
  };
}

/** The collection record: the customer's contact-log entries in date order. */
function recordTable(entries: readonly LogEntry[], zh: boolean, t: Text): DocBlock {
  return {
    kind: "table",
    columns: [
      { header: t("colDate"), format: "date" },
      { header: t("colInvoice"), format: "text" },
      { header: t("colChannel"), format: "text" },
      { header: t("colStage"), format: "text" },
      { header: t("colOutcome"), format: "text" },
      { header: t("colPromisedDate"), format: "date" },
      { header: t("colPromisedAmount"), format: "money" },
      { header: t("colNote"), format: "text" },
    ],
    rows: entries.map((e) => [
      e.date,
      e.invoice,
      e.channel === "other" ? (zh ? "其他" : "Other") : zh ? CHANNEL_WORDS[e.channel].zh : CHANNEL_WORDS[e.channel].en,
      e.stage ? (zh ? STAGE_WORDS[e.stage].zh : STAGE_WORDS[e.stage].en) : "",
      e.outcome,
      e.promisedDate,
      e.promisedAmount,
      e.note,
    ]),
    total: null,
  };
}
