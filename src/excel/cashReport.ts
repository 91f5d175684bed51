/**
 * The report sheet's cash-plan section (pure, like buildReport): the week table (collections, payables, other flows,
 * closing cash and the buffer), the scenarios (lowest cash, first week below, gap), the levers with their reasons, and
 * a native line chart of closing cash against the buffer.
 */
import type { CashAnalysis, Scenario } from "../engine";
import { CASH_TEXT, cashReasonsZh } from "../i18n/cash";
import { Language, fillTemplate, reasonText, tidyZh } from "../i18n/translate";
import type { ReportChart, ReportTable } from "./reportModel";
import { CHART_TEXT } from "../i18n/charts";
import { largestOf, moneyAxisFormat, moneyAxisTitle } from "./reportCharts";

type Fill = (template: string, params: Record<string, string | number>) => string;

/** The section's words in the language, with the template filler (tidied for Chinese). */
function cashWords(language: Language): { t: (typeof CASH_TEXT)[Language]; f: Fill } {
  const f: Fill = (template, params) =>
    language === "zh-CN" ? tidyZh(fillTemplate(template, params, language)) : fillTemplate(template, params, language);
  return { t: CASH_TEXT[language], f };
}

function scenarioName(s: Scenario, language: Language): string {
  const { t, f } = cashWords(language);
  if (s.kind === "base") return t.scenarioBase;
  if (s.kind === "late") return f(t.scenarioLate, { days: s.days ?? 0 });
  if (s.kind === "silent") return f(t.scenarioSilent, { customer: s.customer ?? "" });
  if (s.kind === "overdueCap") return f(t.scenarioOverdueCap, { days: s.days ?? 0 });
  return f(t.scenarioCombined, { customer: s.customer ?? "", days: s.days ?? 0 });
}

/** Week by week: collections, payables, other flows, closing cash and the buffer. */
function cashPlanTable(cash: CashAnalysis, language: Language): ReportTable {
  const { t } = cashWords(language);
  const { plan } = cash;
  return {
    name: "CashPlan",
    title: t.reportCashTitle,
    columns: [
      { header: t.reportWeekStart, format: "date" },
      { header: t.reportCollections, format: "money" },
      { header: t.reportPayables, format: "money" },
      { header: t.reportOtherIn, format: "money" },
      { header: t.reportOtherOut, format: "money" },
      { header: t.reportClosing, format: "money" },
      { header: t.reportBuffer, format: "money" },
    ],
    rows: plan.weeks.map((w) => [
      w.start,
      w.collections,
      w.payables,
      w.otherIn,
      w.otherOut,
      w.closing,
      plan.minimumCash,
    ]),
  };
}

/** Each scenario's lowest cash, the first week below the buffer and the gap. */
function scenariosTable(cash: CashAnalysis, language: Language): ReportTable {
  const { t } = cashWords(language);
  return {
    name: "CashScenarios",
    title: t.scenariosTitle,
    columns: [
      { header: t.reportScenario, format: "text" },
      { header: t.reportLowest, format: "money" },
      { header: t.reportWeekBelow, format: "integer" },
      { header: t.reportGap, format: "money" },
    ],
    rows: cash.scenarios.map((s) => [
      scenarioName(s, language),
      s.plan.lowest.closing,
      s.plan.firstBelow?.week ?? null,
      s.plan.firstBelow?.gap ?? null,
    ]),
  };
}

/** The levers that close the gap, with their reasons. */
function leversTable(cash: CashAnalysis, language: Language): ReportTable {
  const { t, f } = cashWords(language);
  return {
    name: "CashLevers",
    title: `${t.leversTitle}${language === "zh-CN" ? "：" : ": "}${f(t.leversHelp, { week: cash.targetWeek })}`,
    columns: [
      { header: t.reportLever, format: "text" },
      { header: t.reportCash, format: "money" },
      { header: t.reportReason, format: "text" },
    ],
    rows: cash.levers.map((l) => [
      l.customer ?? "",
      l.cash,
      l.reasons.map((r) => reasonText(r, language, cashReasonsZh)).join(language === "zh-CN" ? "；" : "; "),
    ]),
  };
}

/** Closing cash against the buffer (columns 5–6): the buffer is its own series, so the low point shows against it. */
function cashChart(cash: CashAnalysis, language: Language, currency: string): ReportChart {
  const { t } = cashWords(language);
  const c = CHART_TEXT[language];
  const { plan } = cash;
  return {
    kind: "line",
    title: t.chartTitle,
    table: "CashPlan",
    series: [5, 6],
    categoryTitle: c.weekStarting,
    lowPoint: plan.lowest.week - 1,
    valueTitle: moneyAxisTitle(language, currency, c.cash),
    valueFormat: moneyAxisFormat(
      language,
      currency,
      largestOf([...plan.weeks.map((w) => w.closing), plan.minimumCash]),
    ),
  };
}

export function cashReportSection(
  cash: CashAnalysis,
  language: Language,
  currency = "",
): { tables: ReportTable[]; charts: ReportChart[] } {
  return {
    tables: [cashPlanTable(cash, language), scenariosTable(cash, language), leversTable(cash, language)],
    charts: [cashChart(cash, language, currency)],
  };
}
