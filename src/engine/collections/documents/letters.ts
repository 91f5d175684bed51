/**
 * Reminder letters / 催款函 for the three dunning stages: friendly (提醒), firm (催款), final (最后通知). Each names the
 * overdue invoices with amounts and days overdue, the late-payment interest accrued (src/engine/core/interest.ts,
 * with the rate the user chose or a statutory preset) and the new deadline; the final one says what follows.
 */
import { lateInterest } from "../../core/interest";
import { toCents, fromCents } from "../../model/money";
import type { Invoice } from "../../model/types";
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
} from "./model";
import { EarlierReminder, remindersText } from "./reminders";
import { docT } from "./text";

export type LetterStage = "friendly" | "firm" | "final";

export interface InterestTerms {
  /** Annual rate as a fraction (0.1825 = 18.25 %). */
  annualRate: number;
  fixedCompensation: number;
  /** A fixed sum that depends on the invoice's open amount (UK: £40/£70/£100 by debt size); replaces fixedCompensation. */
  fixedFor?: (openAmount: number) => number;
  /** Where the rate comes from, in the letter's language (e.g. the contract, or a statute). */
  source: string;
}

/** Days from the letter's date to the new deadline, per stage (AR Lens's defaults; a desk setting, letterSettings.ts). */
export const DEFAULT_DEADLINE_DAYS: Record<LetterStage, number> = { friendly: 10, firm: 7, final: 5 };

export interface LetterInput {
  stage: LetterStage;
  customer: string;
  invoices: readonly Invoice[];
  asOf: number;
  currency: string;
  company: CompanyDetails;
  language: DocLanguage;
  /** null: no interest claimed in the letter. */
  interest: InterestTerms | null;
  deadlineDays?: number;
  /** The contacts the log holds since the debt fell due (reminders.ts); none: the first written notice. */
  earlier?: readonly EarlierReminder[];
  /** The receivables are credit-insured: only then does the final notice say the insurer will be told. */
  insured?: boolean;
}

type Text = (k: Parameters<typeof docT>[1], p?: Record<string, string | number>) => string;

export function buildLetter(s: LetterInput): DocumentContent {
  const L = s.language;
  const t: Text = (k, p) => docT(L, k, p);
  const deadlineText = docDate(s.asOf + (s.deadlineDays ?? DEFAULT_DEADLINE_DAYS[s.stage]), L);
  const { table, open, interest } = overdueTable(s, t);
  const amountText = docAmount(fromCents(open), s.currency, L);
  const earlier = s.earlier ?? [];
  // True to the log: name the earlier reminders with their dates, or say this is the first written notice.
  const bodyKey =
    s.stage === "friendly"
      ? "body_friendly"
      : earlier.length > 0
        ? (`body_${s.stage}` as const)
        : (`body_${s.stage}_first` as const);
  const body: string[] = [
    t(bodyKey, { deadline: deadlineText, amount: amountText, reminders: remindersText(earlier, L) }),
  ];
  const title =
    s.stage === "final" && earlier.length === 0 ? t("letterTitle_final_first") : t(`letterTitle_${s.stage}`);
  const blocks: DocBlock[] = [
    ...companyBlocks(s.company),
    { kind: "heading", text: title },
    {
      kind: "fields",
      rows: [
        { label: t("date"), value: s.asOf, format: "date" },
        { label: t("to"), value: s.customer, format: "text" },
      ],
    },
    { kind: "paragraph", lines: [t("dear", { customer: s.customer }), ...body] },
    table,
    { kind: "paragraph", lines: closingLines(s, t, interest, deadlineText) },
    { kind: "paragraph", lines: signOff(s.company, L) },
  ];
  return {
    kind: "letter",
    language: L,
    sheetName: safeSheetName(`${t(`letterSheet_${s.stage}`)} ${s.customer}`),
    title,
    companyName: s.company.name,
    blocks,
  };
}

/** The overdue undisputed invoices, oldest due first, with late interest when asked; the totals in cents. */
function overdueTable(s: LetterInput, t: Text): { table: DocBlock; open: number; interest: number } {
  const overdue = s.invoices
    .filter((i) => !i.disputed && toCents(i.openAmount) > 0 && s.asOf > i.dueDate)
    .sort((a, b) => a.dueDate - b.dueDate);
  let open = 0;
  let interest = 0;
  const rows = overdue.map((i) => {
    const days = s.asOf - i.dueDate;
    const accrued = s.interest
      ? lateInterest(
          i.openAmount,
          s.interest.annualRate,
          days,
          s.interest.fixedFor ? s.interest.fixedFor(i.openAmount) : s.interest.fixedCompensation,
        )
      : 0;
    open += toCents(i.openAmount);
    interest += toCents(accrued);
    const row: (string | number | null)[] = [i.invoiceNumber, i.dueDate, i.openAmount, days];
    if (s.interest) row.push(accrued);
    return row;
  });
  const columns = [
    { header: t("colInvoice"), format: "text" as const },
    { header: t("colDueDate"), format: "date" as const },
    { header: t("colOpen"), format: "money" as const },
    { header: t("colDaysOverdue"), format: "integer" as const },
    ...(s.interest ? [{ header: t("colInterest"), format: "money" as const }] : []),
  ];
  const total: (string | number | null)[] = [t("total"), null, fromCents(open), null];
  if (s.interest) total.push(fromCents(interest));
  return { table: { kind: "table", columns, rows, total }, open, interest };
}

/** After the table: the interest claimed, the new deadline, the consequences of a final notice, how to pay. */
function closingLines(s: LetterInput, t: Text, interest: number, deadlineText: string): string[] {
  const L = s.language;
  const after: string[] = [];
  if (s.interest && interest > 0) {
    after.push(
      t("interestLine", {
        date: docDate(s.asOf, L),
        interest: docAmount(fromCents(interest), s.currency, L),
        rate: `${Math.round(s.interest.annualRate * 10000) / 100}%`,
        source: s.interest.source,
      }),
    );
  }
  after.push(`${t("newDeadline")}${L === "zh-CN" ? "：" : ": "}${deadlineText}`);
  if (s.stage === "final")
    after.push(t(s.insured ? "consequences_insured" : "consequences", { deadline: deadlineText }));
  after.push(...payLines(s.company, L));
  after.push(t("closing"));
  return after;
}
