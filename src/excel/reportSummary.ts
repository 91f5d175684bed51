/**
 * The report's first screen (pure, like buildReport): the answer table — how much is owed and how much is late, each
 * against the last month-end, the cash low point of the next 13 weeks against the buffer, the one portfolio finding —
 * and this week's ten actions with the most money at stake. Figures from the analysis (docs/METRICS.md).
 */
import { type Analysis, type KpiTrendPoint } from "../engine";
import { DESK_TEXT } from "../i18n/desk";
import { formatDate, formatMoney } from "../i18n/format";
import { RISK_BAND_NAMES, explain, riskBand } from "../i18n/glossary";
import { reasonTemplatesZh } from "../i18n/reasons.zh-CN";
import { REPORT_SUMMARY_TEXT } from "../i18n/reportSummary";
import { Language, fillTemplate, reasonText } from "../i18n/translate";
import type { DeskReportInput } from "./deskReport";
import type { ReportCell, ReportCellFormat, ReportTable } from "./reportModel";
import { declareTable } from "./reportTable";

export const ACTIONS_SHOWN = 10;

interface AnswerRow {
  question: string;
  format: ReportCellFormat;
  now: number | null;
  before: number | null;
  /** +1: a rise is worse (late amounts, DSO); 0: neither (the total owed). */
  riseIsWorse: 1 | 0;
  note: string;
}

/** The last month-end strictly before the as-of date: "last month". */
export function lastMonthEnd(a: Analysis): KpiTrendPoint | null {
  const before = a.kpiTrend.points.filter((p) => p.monthEnd < a.settings.asOf);
  return before.length ? before[before.length - 1] : null;
}

const cents = (x: number) => Math.round(x * 100) / 100;
const round1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

function change(r: AnswerRow): number | null {
  if (r.now === null || r.before === null) return null;
  return r.format === "money"
    ? cents(r.now - r.before)
    : r.format === "percent"
      ? Math.round((r.now - r.before) * 10000) / 10000
      : round1(r.now - r.before);
}

function direction(r: AnswerRow, t: (typeof REPORT_SUMMARY_TEXT)["en"]): string {
  const d = change(r);
  if (d === null) return "";
  if (d === 0) return t.same;
  if (r.riseIsWorse === 0) return d > 0 ? t.up : t.down;
  return d > 0 ? t.worse : t.better;
}

function cashRow(a: Analysis, language: Language): AnswerRow {
  const t = REPORT_SUMMARY_TEXT[language];
  const money = (x: number) => formatMoney(x, a.settings.currency, language);
  if (!a.cash)
    return { question: t.cashLow, format: "money", now: null, before: null, riseIsWorse: 0, note: t.cashNone };
  const { plan } = a.cash;
  const week = plan.weeks[plan.lowest.week - 1];
  const params = {
    week: plan.lowest.week,
    date: formatDate(week.start, language),
    buffer: money(plan.minimumCash),
    gap: money(plan.minimumCash - plan.lowest.closing),
  };
  const note = fillTemplate(plan.lowest.closing < plan.minimumCash ? t.cashBelow : t.cashAbove, params, language);
  return { question: t.cashLow, format: "money", now: plan.lowest.closing, before: null, riseIsWorse: 0, note };
}

/** The one finding about the whole book (an alert with no customer: concentration, deterioration), if any. */
function findingRow(a: Analysis, language: Language): AnswerRow {
  const t = REPORT_SUMMARY_TEXT[language];
  const finding = a.alerts.filter((x) => x.customer === null).sort((x, y) => y.atRisk - x.atRisk)[0];
  const note = finding ? reasonText(finding.reason, language, reasonTemplatesZh, a.settings.currency) : t.noFinding;
  return { question: t.finding, format: "money", now: finding?.amount ?? null, before: null, riseIsWorse: 0, note };
}

/** What is owed, what is late (amount and share), the share over 90 days and DSO: now and at the last month-end. */
function portfolioRows(a: Analysis, language: Language, last: ReturnType<typeof lastMonthEnd>): AnswerRow[] {
  const t = REPORT_SUMMARY_TEXT[language];
  const p = a.portfolio;
  const noHistory = last ? "" : ` ${t.noHistory}`;
  return [
    {
      question: t.owed,
      format: "money",
      now: p.totalOpen,
      before: last?.totalOpen ?? null,
      riseIsWorse: 0,
      note: t.owedNote + noHistory,
    },
    {
      question: t.late,
      format: "money",
      now: p.overdueOpen,
      before: last ? cents(last.totalOpen - last.currentOpen) : null,
      riseIsWorse: 1,
      note: t.lateNote,
    },
    {
      question: t.lateShare,
      format: "percent",
      now: p.overdueShare,
      before: last?.overdueShare ?? null,
      riseIsWorse: 1,
      note: t.lateNote,
    },
    {
      question: t.over90,
      format: "percent",
      now: p.over90Share,
      before: last?.over90Share ?? null,
      riseIsWorse: 1,
      note: t.over90Note,
    },
    {
      question: t.dso,
      format: "days",
      now: round1(p.dso),
      before: round1(last?.dso ?? null),
      riseIsWorse: 1,
      note: explain("dso", language),
    },
  ];
}

export function answerTable(a: Analysis, language: Language): ReportTable {
  const t = REPORT_SUMMARY_TEXT[language];
  const last = lastMonthEnd(a);
  const rows: AnswerRow[] = [...portfolioRows(a, language, last), cashRow(a, language), findingRow(a, language)];
  const table = declareTable<AnswerRow>(
    "Answer",
    fillTemplate(t.answerTitle, { asOf: formatDate(a.settings.asOf, language) }, language),
    rows,
    [
      { header: t.question, format: "text", value: (r) => r.question },
      { header: t.now, format: "money", value: (r) => r.now },
      {
        header: last
          ? fillTemplate(t.lastMonth, { date: formatDate(last.monthEnd, language) }, language)
          : t.lastMonth.replace(/\s*[（(]\{date\}[）)]/, ""),
        format: "money",
        value: (r) => r.before,
      },
      { header: t.change, format: "money", value: change },
      { header: t.direction, format: "text", value: (r) => direction(r, t) },
      { header: t.meaning, format: "text", value: (r) => r.note },
    ],
  );
  return { ...table, rowFormats: { columns: [1, 2, 3], formats: rows.map((r) => r.format) } };
}

interface ActionRow {
  customer: string;
  action: string;
  stake: number;
  why: string;
  grade?: number | null;
}

function actionRows(a: Analysis, language: Language, desk: DeskReportInput | null | undefined): ActionRow[] {
  const t = REPORT_SUMMARY_TEXT[language];
  const reason = (r: Parameters<typeof reasonText>[0]) =>
    reasonText(r, language, reasonTemplatesZh, a.settings.currency);
  if (desk && desk.desk.worklist.length) {
    const d = DESK_TEXT[language];
    return desk.desk.worklist.map((w) => ({
      customer: w.customer,
      action: d[`action_${w.action}`],
      stake: w.overdue,
      why: fillTemplate(t.deskWhy, { stage: d[`stage_${w.stage}`], days: w.oldestDaysPastDue }, language),
    }));
  }
  if (a.actions) {
    // The analysis's own list: one action a customer, by money at risk (actions.ts), its first reason the why.
    return a.actions.map((x) => ({
      customer: x.customer,
      action: reason(x.action),
      stake: x.atRisk,
      why: x.reasons.length ? reason(x.reasons[0]) : "",
    }));
  }
  return firstAlertOfEachCustomer(a).map((x) => ({
    customer: x.customer!,
    action: reason(x.action),
    stake: x.atRisk,
    why: reason(x.reason),
  }));
}

/** The alerts naming a customer by money at risk, each customer once (at its largest). */
function firstAlertOfEachCustomer(a: Analysis): Analysis["alerts"] {
  const seen = new Set<string>();
  return a.alerts
    .filter((x) => x.customer !== null)
    .sort((x, y) => y.atRisk - x.atRisk)
    .filter((x) => {
      if (seen.has(x.customer!)) return false;
      seen.add(x.customer!);
      return true;
    });
}

/**
 * This week's actions: the desk's worklist when there is one (its order), else the analysis's actions (one a customer,
 * by money at risk).
 */
export function actionsTable(a: Analysis, language: Language, desk?: DeskReportInput | null): ReportTable {
  const t = REPORT_SUMMARY_TEXT[language];
  const all = actionRows(a, language, desk);
  // Never an empty table: an empty week says so.
  const shown = all.length ? all.slice(0, ACTIONS_SHOWN) : [{ customer: "", action: t.nothingDue, stake: 0, why: "" }];
  const grade = (r: ActionRow): number | null => a.customers.find((c) => c.customer === r.customer)?.grade ?? null;
  // Columns line up with the answer table's kinds above (text, money, money, money, text, text) so widths suit both.
  return declareTable<ActionRow>(
    "Actions",
    fillTemplate(t.actionsTitle, { shown: shown.length, count: all.length }, language),
    shown,
    [
      { header: t.customer, format: "text", value: (r) => r.customer },
      { header: t.stake, format: "money", value: (r) => r.stake },
      { header: t.grade, format: "integer", value: (r): ReportCell => grade(r) },
      {
        header: t.riskBand,
        format: "text",
        value: (r) => {
          const g = grade(r);
          return g === null ? "" : RISK_BAND_NAMES[language][riskBand(g)];
        },
      },
      { header: t.action, format: "text", value: (r) => r.action },
      { header: t.why, format: "text", value: (r) => r.why },
    ],
  );
}
