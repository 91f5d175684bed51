/**
 * An Analysis → the report sheet's content (ReportModel), in the UI language. Pure: no Office.js here, so the
 * preview and the tests build exactly what Excel receives. Numbers stay numbers (formatted by the sheet), dates
 * stay serials, reasons are translated through the same templates as the taskpane.
 */
import { type Analysis, CRF_MEDIANS_Q1_2021 as CRF, isoFromSerial } from "../engine";
import { reasonTemplatesZh } from "../i18n/reasons.zh-CN";
import { ALERT_KINDS, CRITERIA, FIELDS, PAYMENT_METHODS, SEVERITIES, TERMS, VERDICTS, bucketLabel } from "../i18n/labels";
import { excelMoneyFormat } from "../i18n/format";
import { REPORT_TEXT } from "../i18n/report";
import { Language, fillTemplate, reasonText } from "../i18n/translate";
import type { ReportCellFormat, ReportModel, ReportTable } from "./reportModel";
import { cashReportSection } from "./cashReport";
import { trendChart, trendTable } from "./trendReport";
import { modelCheckTables } from "./modelCheckReport";
import { forecastCheckTable } from "./forecastCheckReport";
import { MODEL_CHECK_TEXT } from "../i18n/modelCheck";
import { DeskReportInput, deskReportTables } from "./deskReport";
import { readAsText, reconciliationLines } from "../i18n/ledgerLayout";

/** Excel number format for amounts in `currency`: the taskpane's symbol (src/i18n/format.ts), else the ISO code after the amount. */
export const moneyFormat = excelMoneyFormat;

const round1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

/** `desk`: the collections desk built with the analysis, written as the report's Collections section. */
export function buildReport(a: Analysis, language: Language, desk?: DeskReportInput | null): ReportModel {
  const t = REPORT_TEXT[language];
  const yesNo = (b: boolean) => (b ? t.yes : t.no);
  const reason = (r: Parameters<typeof reasonText>[0]) => reasonText(r, language, reasonTemplatesZh, a.settings.currency);
  // The cash plan's section, when the analysis has one.
  const cash = a.cash ? cashReportSection(a.cash, language) : null;
  const p = a.portfolio;
  // [measure, value, format, benchmark (CRF median, Q1 2021) where one is published]
  const kpi: [string, number | null, ReportCellFormat, number | null][] = [
    [t.totalOpen, p.totalOpen, "money", null],
    [t.overdueOpen, p.overdueOpen, "money", null],
    [t.overdueShare, p.overdueShare, "percent", Math.round((1 - CRF.currentShare) * 10000) / 10000],
    [t.over90Share, p.over90Share, "percent", CRF.over91Share],
    [fillTemplate(t.dso, { window: p.dsoWindowDays }, language), round1(p.dso), "number", CRF.dso],
    [t.bestDso, round1(p.bestPossibleDso), "number", CRF.bestPossibleDso],
    [t.add, round1(p.averageDaysDelinquent), "number", CRF.averageDaysDelinquent],
    [fillTemplate(t.cei, { window: p.dsoWindowDays }, language), round1(p.collectionEffectivenessIndex), "number", CRF.collectionEffectivenessIndex],
    [t.wdp, round1(p.weightedDaysToPay), "number", null],
    [t.wdl, round1(p.weightedDaysLate), "number", null],
    [t.disputedOpen, p.disputedOpen, "money", null],
    [t.customers, p.customerCount, "integer", null],
    [t.invoices, p.invoiceCount, "integer", null],
  ];
  const tables: ReportTable[] = [
    {
      name: "KPI",
      title: t.kpis,
      columns: [{ header: t.measure, format: "text" }, { header: t.value, format: "number" }, { header: t.benchmark, format: "number" }],
      rows: kpi.map(([m, v, , bench]) => [m, v, bench]),
      rowFormats: { columns: [1, 2], formats: kpi.map((k) => k[2]) },
    },
    {
      name: "Aging",
      title: t.aging,
      columns: [{ header: t.bucket, format: "text" }, { header: t.openAmount, format: "money" }, { header: t.disputed, format: "money" }],
      rows: a.aging.labels.map((l, i) => [bucketLabel(l, language), a.aging.totals[i], p.disputedAging[i]]),
    },
    trendTable(a.kpiTrend, language),
    {
      name: "Forecast",
      title: t.forecast,
      columns: [{ header: t.week, format: "text" }, { header: t.start, format: "date" }, { header: t.end, format: "date" }, { header: t.expected, format: "money" }],
      rows: a.forecast.weeks.map((w) => [language === "en" ? `Week ${w.week}` : `第 ${w.week} 周`, w.start, w.end, w.expected]),
    },
    {
      name: "ForecastTotals",
      title: t.forecastSummary,
      columns: [{ header: t.measure, format: "text" }, { header: t.amount, format: "money" }],
      rows: [
        [t.inWeeks, Math.round(a.forecast.weeks.reduce((s, w) => s + Math.round(w.expected * 100), 0)) / 100],
        [t.beyond, a.forecast.beyond],
        [t.doubtful, a.forecast.doubtful],
        [t.total, a.forecast.total],
      ],
    },
    forecastCheckTable(a, language),
    {
      name: "Customers",
      title: t.customerTable,
      columns: [
        { header: t.customer, format: "text" },
        { header: t.grade, format: "integer" },
        { header: t.openAmount, format: "money" },
        { header: t.overdue, format: "money" },
        { header: t.share, format: "percent" },
        { header: t.daysLate, format: "number" },
        { header: t.paydex, format: "number" },
        { header: t.terms, format: "text" },
        { header: t.method, format: "text" },
        { header: t.limit, format: "money" },
        { header: t.overLimit, format: "text" },
        { header: t.insurance, format: "text" },
        { header: t.reasons, format: "text" },
      ],
      rows: a.customers.map((c) => [
        c.customer,
        c.grade,
        c.openAmount,
        c.overdueAmount,
        c.shareOfAR,
        round1(c.weightedDaysLate),
        c.paydex,
        TERMS[language][c.terms.code],
        PAYMENT_METHODS[language][c.terms.paymentMethod],
        c.creditLimit.amount,
        yesNo(c.overLimit),
        yesNo(c.insuranceAdvised),
        c.gradeReasons.slice(1).map(reason).join("; "),
      ]),
    },
    {
      name: "Plans",
      title: t.plans,
      columns: [
        { header: t.customer, format: "text" },
        { header: t.grade, format: "integer" },
        { header: t.schedule, format: "text" },
        { header: t.number, format: "integer" },
        { header: t.dueDate, format: "date" },
        { header: t.payment, format: "money" },
        { header: t.interest, format: "money" },
        { header: t.principal, format: "money" },
        { header: t.remaining, format: "money" },
      ],
      rows: a.plans.flatMap((plan) => [
        ...plan.schedule.map((r) => [plan.customer, plan.grade, t.plan, r.number, r.dueDate, r.payment, r.interest, r.principal, r.remaining]),
        ...plan.replan.schedule.map((r) => [plan.customer, plan.grade, t.replan, r.number, r.dueDate, r.payment, r.interest, r.principal, r.remaining]),
      ]),
    },
    {
      name: "Alerts",
      title: t.alerts,
      columns: [
        { header: t.severity, format: "text" },
        { header: t.kind, format: "text" },
        { header: t.customer, format: "text" },
        { header: t.amount, format: "money" },
        { header: t.detail, format: "text" },
        { header: MODEL_CHECK_TEXT[language].reportAtRisk, format: "money" },
        { header: MODEL_CHECK_TEXT[language].reportAction, format: "text" },
      ],
      rows: a.alerts.map((x) => [SEVERITIES[language][x.severity], ALERT_KINDS[language][x.kind], x.customer ?? "", x.amount, reason(x.reason), x.atRisk, reason(x.action)]),
    },
    ...modelCheckTables(a, language),
    {
      name: "Insurance",
      title: fillTemplate(t.insuranceCheck, { verdict: VERDICTS[language][a.insurance.verdict] }, language),
      columns: [
        { header: t.criterion, format: "text" },
        { header: t.figure, format: "number" },
        { header: t.threshold, format: "number" },
        { header: t.met, format: "text" },
        { header: t.detail, format: "text" },
      ],
      rows: a.insurance.criteria.map((c) => [CRITERIA[language][c.id], Math.round(c.figure * 1000) / 1000, c.threshold, c.role === "precondition" ? t.precondition : yesNo(c.met), reason(c.reason)]),
    },
    {
      name: "Issues",
      title: t.issues,
      columns: [{ header: t.cell, format: "text" }, { header: t.severity, format: "text" }, { header: t.field, format: "text" }, { header: t.detail, format: "text" }],
      rows: a.issues.map((i) => [i.address, i.severity === "excluded" ? t.excluded : t.warning, i.field ? FIELDS[language][i.field] : "", reason(i.reason)]),
    },
  ];
  return {
    sheetName: t.sheetName,
    heading: [
      t.title,
      fillTemplate(t.source, { address: a.source.address, asOf: isoFromSerial(a.settings.asOf), currency: a.settings.currency, basis: a.settings.agingBasis === "due" ? t.basisDue : t.basisInvoice }, language),
      fillTemplate(
        t.settingsLine,
        {
          appetite: { conservative: t.appetiteConservative, balanced: t.appetiteBalanced, growth: t.appetiteGrowth }[a.settings.riskAppetite],
          window: a.settings.dsoWindowDays,
          edges: a.settings.agingEdges.join(", "),
          only: a.settings.onlyCurrency ? fillTemplate(t.onlyCurrency, { currency: a.settings.onlyCurrency }, language) : "",
        },
        language,
      ),
      t.gradeScale,
      // The export's layout and the proof it was read right (the export's own totals), as the taskpane shows them.
      ...(a.mapping.system ? [readAsText(a.mapping.system, language)] : []),
      ...(a.reconciliation ? reconciliationLines(a.reconciliation, language, a.settings.currency, (row) => String(a.source.top + row + 1)) : []),
      // What the analysis warns about (mixed currencies, merged customer names, an as-of date past the ledger…)
      // reaches the manager who reads only the sheet.
      ...a.notes.map((n) => fillTemplate(t.note, { note: reason(n) }, language)),
    ],
    moneyFormat: moneyFormat(a.settings.currency),
    dateFormat: "yyyy-mm-dd",
    // One decimal, as the taskpane writes shares ("47.0 %" in English, "47.0%" in Chinese: src/i18n/format.ts).
    percentFormat: language === "zh-CN" ? "0.0%" : "0.0 %",
    tables: [...tables, ...(cash?.tables ?? []), ...(desk ? deskReportTables(desk, language) : [])].filter((tb) => tb.rows.length > 0),
    charts: [
      { kind: "column", title: t.agingChart, table: "Aging", series: [1] },
      { kind: "column", title: t.forecastChart, table: "Forecast", series: [3] },
      ...(cash?.charts ?? []),
      trendChart(language),
    ],
  };
}
