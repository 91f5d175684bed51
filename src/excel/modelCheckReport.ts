/**
 * The model check on the report sheet (history/gradeBacktest.ts): the grade's AUC and Gini beside the naive
 * baseline's, titled with what was done or why the ledger is too short or too small to judge, then the calibration
 * table per grade. Pure, like buildReport.
 */
import type { Analysis } from "../engine";
import { MODEL_CHECK_TEXT } from "../i18n/modelCheck";
import { Language, fillTemplate } from "../i18n/translate";
import type { ReportTable } from "./reportModel";
import { explain } from "../i18n/glossary";
import { REPORT_SUMMARY_TEXT } from "../i18n/reportSummary";

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The verdict as the pane words it: from the lead's 95 % interval when there is one ("no better than the simple
 * rule — either will do" when it spans 0), else from the point estimates.
 */
function verdict(m: Analysis["modelCheck"], language: Language): string {
  const T = MODEL_CHECK_TEXT[language];
  if (!m.lead) return m.gradeAtLeastBaseline ? T.better : T.worse;
  const digits = new Intl.NumberFormat(language === "zh-CN" ? "zh-CN" : "en-US", {
    minimumFractionDigits: 3,
    maximumFractionDigits: 3,
  });
  const signed = (x: number) => `${x > 0 ? "+" : x < 0 ? "−" : ""}${digits.format(Math.abs(x))}`;
  const { value, low, high } = m.lead;
  const line = fillTemplate(T.leadLine, { lead: signed(value), low: signed(low), high: signed(high) }, language);
  const said = { better: T.verdictBetter, noBetter: T.verdictNoBetter, worse: T.verdictWorse }[m.lead.verdict];
  return `${line}${language === "zh-CN" ? "。" : ". "}${said}`;
}

export function modelCheckTables(a: Analysis, language: Language): ReportTable[] {
  const T = MODEL_CHECK_TEXT[language];
  const m = a.modelCheck;
  const f = (template: string, params: Record<string, string | number>) => fillTemplate(template, params, language);
  const said =
    m.status === "tooShort"
      ? f(T.tooShort, { months: m.followUpMonths, points: m.monthEnds.length })
      : m.status === "tooSmall"
        ? f(T.tooSmall, { observations: m.observations, late: m.late })
        : `${f(T.intro, { points: m.monthEnds.length, months: m.followUpMonths, days: m.lateDays })} ${f(T.observations, { observations: m.observations, late: m.late })} ${verdict(m, language)}`;
  const row = (label: string, x: { auc: number; gini: number } | null) => [
    label,
    x ? round3(x.auc) : null,
    x ? round3(x.gini) : null,
  ];
  return [
    {
      name: "ModelCheck",
      title: `${T.reportTitle} — ${said}`,
      columns: [
        { header: T.reportMeasure, format: "text" },
        { header: T.reportAuc, format: "number" },
        { header: T.reportGini, format: "number" },
        { header: REPORT_SUMMARY_TEXT[language].note, format: "text" },
      ],
      rows: [
        [...row(T.gradeLabel, m.grade), explain("auc", language)],
        [...row(T.baselineLabel, m.baseline), explain("gini", language)],
      ],
    },
    {
      name: "Calibration",
      title: T.calibrationTitle,
      columns: [
        { header: T.colGrade, format: "integer" },
        { header: T.colCustomers, format: "integer" },
        { header: T.colLateShare, format: "percent" },
        { header: T.colDaysLate, format: "days" },
      ],
      rows: m.calibration.map((r) => [
        r.grade,
        r.customers,
        Math.round(r.lateShare * 10000) / 10000,
        Math.round(r.weightedDaysLate * 10) / 10,
      ]),
    },
  ];
}
