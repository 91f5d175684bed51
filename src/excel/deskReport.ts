/**
 * The report sheet's Collections section (pure, like buildReport): the worklist's top rows, the insurer's
 * notification deadlines within the desk's window, and kept / broken / pending promises per customer. Text columns
 * carry the text format, so a customer name that looks like a formula stays text (the writer's rule).
 */
import { compareText, type Desk } from "../engine";
import { DESK_TEXT } from "../i18n/desk";
import { DESK_REPORT_TEXT } from "../i18n/deskReport";
import { Language, fillTemplate } from "../i18n/translate";
import type { ReportTable } from "./reportModel";

/** How many worklist rows the report shows (the taskpane has the rest). */
export const REPORT_WORKLIST_ROWS = 20;

export interface DeskReportInput {
  desk: Desk;
  /** The insurer-deadline window (desk setting arlens.desk.deadlines.alertDays). */
  alertDays: number;
  insured: boolean;
}

type ReportTexts = (typeof DESK_REPORT_TEXT)[Language];

export function deskReportTables({ desk, alertDays, insured }: DeskReportInput, language: Language): ReportTable[] {
  const t = DESK_REPORT_TEXT[language];
  return [
    worklistTable(desk, t, DESK_TEXT[language], language),
    deadlineTable(desk, t, insured ? alertDays : null, alertDays, language),
    promiseTable(desk, t),
  ];
}

/** The worklist's first rows: stage, next action, overdue, days past due and priority. */
function worklistTable(desk: Desk, t: ReportTexts, d: (typeof DESK_TEXT)[Language], language: Language): ReportTable {
  const top = desk.worklist.slice(0, REPORT_WORKLIST_ROWS);
  return {
    name: "DeskWorklist",
    title: fillTemplate(t.worklist, { shown: top.length, count: desk.worklist.length }, language),
    columns: [
      { header: t.customer, format: "text" },
      { header: t.stage, format: "text" },
      { header: t.nextAction, format: "text" },
      { header: t.overdue, format: "money" },
      { header: t.daysPastDue, format: "integer" },
      { header: t.priority, format: "number" },
    ],
    rows: top.map((w) => [
      w.customer,
      d[`stage_${w.stage}`],
      d[`action_${w.action}`],
      w.overdue,
      w.oldestDaysPastDue,
      w.priority,
    ]),
  };
}

/** Insured invoices whose notify-by deadline is within `within` days (none when not insured: `within` null). */
function deadlineTable(
  desk: Desk,
  t: ReportTexts,
  within: number | null,
  alertDays: number,
  language: Language,
): ReportTable {
  const due =
    within === null
      ? []
      : desk.covers
          .flatMap((c) =>
            c.invoices.filter((i) => i.deadlines.daysLeft <= within).map((i) => ({ customer: c.customer, ...i })),
          )
          .sort((a, b) => a.deadlines.notifyBy - b.deadlines.notifyBy || compareText(a.customer, b.customer));
  return {
    name: "DeskDeadlines",
    title: fillTemplate(t.deadlines, { days: alertDays }, language),
    columns: [
      { header: t.customer, format: "text" },
      { header: t.invoice, format: "text" },
      { header: t.dueDate, format: "date" },
      { header: t.open, format: "money" },
      { header: t.notifyBy, format: "date" },
      { header: t.daysLeft, format: "integer" },
    ],
    rows: due.map((x) => [
      x.customer,
      x.invoice.invoiceNumber,
      x.invoice.dueDate,
      x.invoice.openAmount,
      x.deadlines.notifyBy,
      x.deadlines.daysLeft,
    ]),
  };
}

/** Promises kept, broken and pending per customer, most broken first. */
function promiseTable(desk: Desk, t: ReportTexts): ReportTable {
  return {
    name: "DeskPromises",
    title: t.promises,
    columns: [
      { header: t.customer, format: "text" },
      { header: t.kept, format: "integer" },
      { header: t.broken, format: "integer" },
      { header: t.pending, format: "integer" },
    ],
    rows: [...desk.records]
      .sort((a, b) => b.broken - a.broken || compareText(a.customer, b.customer))
      .map((r) => [r.customer, r.kept, r.broken, r.pending]),
  };
}
