/**
 * An Analysis → the report sheet's content (ReportModel), in the UI language. Pure: no Office.js here, so the
 * preview and the tests build exactly what Excel receives. Numbers stay numbers (formatted by the sheet), dates
 * stay serials, reasons are translated through the same templates as the taskpane. The first screen answers
 * (src/excel/reportSummary.ts); the detail tables follow, each column declared with its header, format and value.
 */
import { type Analysis, type CustomerAssessment, chineseCurrencyName } from "../engine";
import { reasonTemplatesZh } from "../i18n/reasons.zh-CN";
import { CRF_MEDIANS_Q1_2021 as CRF } from "../engine";
import {
  ALERT_KINDS,
  CRITERIA,
  FIELDS,
  PAYMENT_METHODS,
  SEVERITIES,
  TERMS,
  VERDICTS,
  bucketLabel,
} from "../i18n/labels";
import { excelMoneyFormat, formatDate } from "../i18n/format";
import { GLOSSARY, GlossaryKey, RISK_BAND_NAMES, explain, riskBand, term } from "../i18n/glossary";
import { REPORT_TEXT } from "../i18n/report";
import { REPORT_SUMMARY_TEXT } from "../i18n/reportSummary";
import { Language, fillTemplate, reasonText } from "../i18n/translate";
import type { ReportCellFormat, ReportModel, ReportTable } from "./reportModel";
import { currencyReportTables } from "./currencyReport";
import { declareTable } from "./reportTable";
import { cashReportSection } from "./cashReport";
import { trendChart, trendTable } from "./trendReport";
import { modelCheckTables } from "./modelCheckReport";
import { forecastCheckTable } from "./forecastCheckReport";
import { MODEL_CHECK_TEXT } from "../i18n/modelCheck";
import { DeskReportInput, deskReportTables } from "./deskReport";
import { readAsText, reconciliationLines } from "../i18n/ledgerLayout";
import { actionsTable, answerTable } from "./reportSummary";
import { largestOf, moneyAxisFormat, reportCharts, type ChartScale } from "./reportCharts";

/** Excel number format for amounts in `currency`: the taskpane's symbol (src/i18n/format.ts), else the ISO code after the amount. */
export const moneyFormat = excelMoneyFormat;

const round1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);
/** CEI comes in percentage points (86.52); the sheet shows it as a share in the percent format. */
const points = (x: number | null) => (x === null ? null : Math.round(x * 100) / 10000);

type Reasoned = Parameters<typeof reasonText>[0];
const reasonIn = (a: Analysis, language: Language) => (r: Reasoned) =>
  reasonText(r, language, reasonTemplatesZh, a.settings.currency);

interface KpiRow {
  measure: string;
  value: number | null;
  format: ReportCellFormat;
  /** Median of US companies (CRF, Q1 2021) where one is published. */
  benchmark: number | null;
  note: string;
}

function kpiTable(a: Analysis, language: Language): ReportTable {
  const t = REPORT_TEXT[language];
  const p = a.portfolio;
  const w = { window: p.dsoWindowDays };
  const row = (
    measure: string,
    value: number | null,
    format: ReportCellFormat,
    benchmark: number | null,
    note: GlossaryKey | string,
  ): KpiRow => ({
    measure,
    value,
    format,
    benchmark,
    note: note in GLOSSARY ? explain(note as GlossaryKey, language) : note,
  });
  const rows: KpiRow[] = [
    row(t.totalOpen, p.totalOpen, "money", null, ""),
    row(t.overdueOpen, p.overdueOpen, "money", null, "overdue"),
    row(t.overdueShare, p.overdueShare, "percent", Math.round((1 - CRF.currentShare) * 10000) / 10000, ""),
    row(t.over90Share, p.over90Share, "percent", CRF.over91Share, ""),
    row(fillTemplate(t.dso, w, language), round1(p.dso), "days", CRF.dso, "dso"),
    row(t.bestDso, round1(p.bestPossibleDso), "days", CRF.bestPossibleDso, "bestDso"),
    row(t.add, round1(p.averageDaysDelinquent), "days", CRF.averageDaysDelinquent, "add"),
    row(
      fillTemplate(t.cei, w, language),
      points(p.collectionEffectivenessIndex),
      "percent",
      points(CRF.collectionEffectivenessIndex),
      "cei",
    ),
    row(t.wdp, round1(p.weightedDaysToPay), "days", null, "weightedDaysToPay"),
    row(t.wdl, round1(p.weightedDaysLate), "days", null, "weightedDaysLate"),
    row(t.disputedOpen, p.disputedOpen, "money", null, ""),
    row(t.customers, p.customerCount, "integer", null, ""),
    row(t.invoices, p.invoiceCount, "integer", null, ""),
  ];
  const table = declareTable<KpiRow>("KPI", t.kpis, rows, [
    { header: t.measure, format: "text", value: (r) => r.measure },
    { header: t.value, format: "days", value: (r) => r.value },
    { header: term("crfMedian", language), format: "days", value: (r) => r.benchmark },
    { header: REPORT_SUMMARY_TEXT[language].note, format: "text", value: (r) => r.note },
  ]);
  return { ...table, rowFormats: { columns: [1, 2], formats: rows.map((r) => r.format) } };
}

function forecastTables(a: Analysis, language: Language): ReportTable[] {
  const t = REPORT_TEXT[language];
  const inWeeks = Math.round(a.forecast.weeks.reduce((s, w) => s + Math.round(w.expected * 100), 0)) / 100;
  const totals: [string, number][] = [
    [t.inWeeks, inWeeks],
    [t.beyond, a.forecast.beyond],
    [t.doubtful, a.forecast.doubtful],
    [t.total, a.forecast.total],
  ];
  return [
    declareTable("Forecast", t.forecast, a.forecast.weeks, [
      { header: t.week, format: "text", value: (w) => fillTemplate(t.weekName, { week: w.week }, language) },
      { header: t.start, format: "date", value: (w) => w.start },
      { header: t.end, format: "date", value: (w) => w.end },
      { header: t.expected, format: "money", value: (w) => w.expected },
    ]),
    declareTable("ForecastTotals", t.forecastSummary, totals, [
      { header: t.measure, format: "text", value: (r) => r[0] },
      { header: t.amount, format: "money", value: (r) => r[1] },
    ]),
  ];
}

function customersTable(a: Analysis, language: Language): ReportTable {
  const t = REPORT_TEXT[language];
  const yesNo = (b: boolean) => (b ? t.yes : t.no);
  const reason = reasonIn(a, language);
  return declareTable<CustomerAssessment>("Customers", t.customerTable, a.customers, [
    { header: t.customer, format: "text", value: (c) => c.customer },
    { header: REPORT_SUMMARY_TEXT[language].grade, format: "integer", value: (c) => c.grade },
    {
      header: REPORT_SUMMARY_TEXT[language].riskBand,
      format: "text",
      value: (c) => RISK_BAND_NAMES[language][riskBand(c.grade)],
    },
    { header: t.openAmount, format: "money", value: (c) => c.openAmount },
    { header: t.overdue, format: "money", value: (c) => c.overdueAmount },
    { header: t.share, format: "percent", value: (c) => c.shareOfAR },
    { header: t.daysLate, format: "days", value: (c) => round1(c.weightedDaysLate) },
    { header: t.terms, format: "text", value: (c) => TERMS[language][c.terms.code] },
    { header: t.method, format: "text", value: (c) => PAYMENT_METHODS[language][c.terms.paymentMethod] },
    { header: t.limit, format: "money", value: (c) => c.creditLimit.amount },
    { header: t.keptLimit, format: "money", value: (c) => c.keptLimit?.amount ?? null },
    { header: t.overLimit, format: "text", value: (c) => yesNo(c.overLimit) },
    { header: t.insurance, format: "text", value: (c) => yesNo(c.insuranceAdvised) },
    {
      header: t.reasons,
      format: "text",
      value: (c) =>
        c.gradeReasons
          .slice(1)
          .map(reason)
          .join(language === "zh-CN" ? "；" : "; "),
    },
  ]);
}

function plansTable(a: Analysis, language: Language): ReportTable {
  const t = REPORT_TEXT[language];
  const rows = a.plans.flatMap((plan) => [
    ...plan.schedule.map((r) => ({ plan, kind: t.plan, r })),
    ...plan.replan.schedule.map((r) => ({ plan, kind: t.replan, r })),
  ]);
  return declareTable("Plans", t.plans, rows, [
    { header: t.customer, format: "text", value: (x) => x.plan.customer },
    { header: t.grade, format: "integer", value: (x) => x.plan.grade },
    { header: t.schedule, format: "text", value: (x) => x.kind },
    { header: t.number, format: "integer", value: (x) => x.r.number },
    { header: t.dueDate, format: "date", value: (x) => x.r.dueDate },
    { header: t.payment, format: "money", value: (x) => x.r.payment },
    { header: t.interest, format: "money", value: (x) => x.r.interest },
    { header: t.principal, format: "money", value: (x) => x.r.principal },
    { header: t.remaining, format: "money", value: (x) => x.r.remaining },
  ]);
}

function alertsTable(a: Analysis, language: Language): ReportTable {
  const t = REPORT_TEXT[language];
  const reason = reasonIn(a, language);
  return declareTable("Alerts", t.alerts, a.alerts, [
    { header: t.severity, format: "text", value: (x) => SEVERITIES[language][x.severity] },
    { header: t.kind, format: "text", value: (x) => ALERT_KINDS[language][x.kind] },
    { header: t.customer, format: "text", value: (x) => x.customer ?? "" },
    { header: t.amount, format: "money", value: (x) => x.amount },
    { header: t.detail, format: "text", value: (x) => reason(x.reason) },
    { header: MODEL_CHECK_TEXT[language].reportAtRisk, format: "money", value: (x) => x.atRisk },
    { header: MODEL_CHECK_TEXT[language].reportAction, format: "text", value: (x) => reason(x.action) },
  ]);
}

/** Each insurance criterion's figure in its own kind: shares of receivables, the concentration index, days. */
const CRITERION_FORMAT: Record<Analysis["insurance"]["criteria"][number]["id"], ReportCellFormat> = {
  creditSalesShare: "percent",
  largestCustomerShare: "percent",
  topFiveShare: "percent",
  herfindahl: "number",
  unprovenLargeExposures: "percent",
  volatileBehaviour: "days",
};

function insuranceTable(a: Analysis, language: Language): ReportTable {
  const t = REPORT_TEXT[language];
  const reason = reasonIn(a, language);
  const yesNo = (b: boolean) => (b ? t.yes : t.no);
  const note = (id: string) => (id === "herfindahl" ? explain("herfindahl", language) : "");
  const figure = (c: (typeof a.insurance.criteria)[number], x: number) =>
    CRITERION_FORMAT[c.id] === "number"
      ? Math.round(x * 1000) / 1000
      : CRITERION_FORMAT[c.id] === "days"
        ? round1(x)
        : x;
  const table = declareTable(
    "Insurance",
    fillTemplate(t.insuranceCheck, { verdict: VERDICTS[language][a.insurance.verdict] }, language),
    a.insurance.criteria,
    [
      { header: t.criterion, format: "text", value: (c) => CRITERIA[language][c.id] },
      { header: t.figure, format: "number", value: (c) => figure(c, c.figure) },
      { header: t.threshold, format: "number", value: (c) => figure(c, c.threshold) },
      { header: t.met, format: "text", value: (c) => (c.role === "precondition" ? t.precondition : yesNo(c.met)) },
      { header: t.detail, format: "text", value: (c) => reason(c.reason) },
      { header: REPORT_SUMMARY_TEXT[language].note, format: "text", value: (c) => note(c.id) },
    ],
  );
  return {
    ...table,
    rowFormats: { columns: [1, 2], formats: a.insurance.criteria.map((c) => CRITERION_FORMAT[c.id]) },
  };
}

function insuranceAndIssues(a: Analysis, language: Language): ReportTable[] {
  const t = REPORT_TEXT[language];
  const reason = reasonIn(a, language);
  return [
    insuranceTable(a, language),
    declareTable("Issues", t.issues, a.issues, [
      { header: t.cell, format: "text", value: (i) => i.address },
      { header: t.severity, format: "text", value: (i) => (i.severity === "excluded" ? t.excluded : t.warning) },
      { header: t.field, format: "text", value: (i) => (i.field ? FIELDS[language][i.field] : "") },
      { header: t.detail, format: "text", value: (i) => reason(i.reason) },
    ]),
  ];
}

function headingLines(a: Analysis, language: Language): string[] {
  const t = REPORT_TEXT[language];
  const s = a.settings;
  const appetite = { conservative: t.appetiteConservative, balanced: t.appetiteBalanced, growth: t.appetiteGrowth }[
    s.riskAppetite
  ];
  const only = s.onlyCurrency ? fillTemplate(t.onlyCurrency, { currency: s.onlyCurrency }, language) : "";
  return [
    t.title,
    fillTemplate(
      t.source,
      {
        address: a.source.address,
        asOf: formatDate(s.asOf, language),
        currency: language === "zh-CN" ? (chineseCurrencyName(s.currency) ?? s.currency) : s.currency,
        basis: s.agingBasis === "due" ? t.basisDue : t.basisInvoice,
      },
      language,
    ),
    fillTemplate(t.settingsLine, { appetite, window: s.dsoWindowDays, edges: s.agingEdges.join(", "), only }, language),
    t.gradeScale,
    // The export's layout and the proof it was read right (the export's own totals), as the taskpane shows them.
    ...(a.mapping.system ? [readAsText(a.mapping.system, language)] : []),
    ...(a.reconciliation
      ? reconciliationLines(a.reconciliation, language, a.settings.currency, (row) => String(a.source.top + row + 1))
      : []),
    // What the analysis warns about (mixed currencies, merged customer names, an as-of date past the ledger…)
    // reaches the manager who reads only the sheet.
    ...a.notes.map((n) => fillTemplate(t.note, { note: reasonIn(a, language)(n) }, language)),
  ];
}

/** `desk`: the collections desk built with the analysis, written as the report's Collections section. */
export function buildReport(a: Analysis, language: Language, desk?: DeskReportInput | null): ReportModel {
  const t = REPORT_TEXT[language];
  const cash = a.cash ? cashReportSection(a.cash, language, a.settings.currency) : null;
  const first = [answerTable(a, language), actionsTable(a, language, desk)];
  const details: ReportTable[] = [
    kpiTable(a, language),
    declareTable(
      "Aging",
      t.aging,
      a.aging.labels.map((l, i) => i),
      [
        { header: t.bucket, format: "text", value: (i) => bucketLabel(a.aging.labels[i], language) },
        { header: t.openAmount, format: "money", value: (i) => a.aging.totals[i] },
        { header: t.disputed, format: "money", value: (i) => a.portfolio.disputedAging[i] },
      ],
    ),
    ...currencyReportTables(a, language),
    trendTable(a.kpiTrend, language),
    ...forecastTables(a, language),
    forecastCheckTable(a, language),
    customersTable(a, language),
    plansTable(a, language),
    alertsTable(a, language),
    ...modelCheckTables(a, language),
    ...insuranceAndIssues(a, language),
    ...(cash?.tables ?? []),
    ...(desk ? deskReportTables(desk, language) : []),
  ].filter((tb) => tb.rows.length > 0);
  return {
    sheetName: t.sheetName,
    heading: headingLines(a, language),
    moneyFormat: moneyFormat(a.settings.currency),
    dateFormat: "yyyy-mm-dd",
    monthFormat: language === "zh-CN" ? 'yyyy"年"m"月"' : "yyyy-mm",
    // One decimal, as the taskpane writes shares ("47.0 %" in English, "47.0%" in Chinese: src/i18n/format.ts).
    percentFormat: language === "zh-CN" ? "0.0%" : "0.0 %",
    tables: [...first, ...details],
    charts: [
      ...reportCharts(language, a.settings.currency, chartScale(a)),
      ...(cash?.charts ?? []),
      trendChart(language),
    ],
    firstScreenTables: first.length,
    contentsTitle: REPORT_SUMMARY_TEXT[language].contentsTitle,
  };
}

export { moneyAxisFormat };

/** What the aging and forecast charts plot at most: their axis unit (万 or 亿 in Chinese) follows it. */
function chartScale(a: Analysis): ChartScale {
  return { aging: largestOf(a.aging.totals), forecast: largestOf(a.forecast.weeks.map((w) => w.expected)) };
}
