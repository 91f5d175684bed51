/**
 * The report sheet's cash-plan section (pure, like buildReport): the week table (collections, payables, other flows,
 * closing cash and the buffer), the scenarios (lowest cash, first week below, gap), the levers with their reasons, and
 * a native line chart of closing cash against the buffer.
 */
import type { CashAnalysis, Scenario } from "../engine";
import { CASH_TEXT, cashReasonsZh } from "../i18n/cash";
import { CASH_CURRENCY_TEXT, currencyScenarioName } from "../i18n/cashCurrency";
import { Language, fillTemplate, reasonText, tidyZh } from "../i18n/translate";
import type { ReportChart, ReportTable } from "./reportModel";
import { CHART_TEXT } from "../i18n/charts";
import { largestOf, moneyAxisFormat, moneyAxisTitle } from "./reportCharts";

type Fill = (template: string, params: Record<string, string | number>) => string;
type CashTexts = (typeof CASH_TEXT)[Language];

export function cashReportSection(
  cash: CashAnalysis,
  language: Language,
  currency = "",
): { tables: ReportTable[]; charts: ReportChart[] } {
  const t = CASH_TEXT[language];
  const f: Fill = (template, params) =>
    language === "zh-CN" ? tidyZh(fillTemplate(template, params, language)) : fillTemplate(template, params, language);
  const { plan } = cash;
  const tables: ReportTable[] = [
    weekTable(cash, t),
    scenarioTable(cash, t, f, language),
    leverTable(cash, t, f, language, currency || undefined),
  ];
  const currencies = currencyTable(cash, language);
  if (currencies) tables.push(currencies);
  const c = CHART_TEXT[language];
  // Closing cash against the buffer (columns 5–6): the buffer is its own series, so the low point shows against it.
  const chart: ReportChart = {
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
  return { tables, charts: [chart] };
}

/** The rates the plan used and the items left out for want of a rate (汇率), when the plan has other currencies. */
function currencyTable(cash: CashAnalysis, language: Language): ReportTable | null {
  const notes = cash.reasons.filter((r) => r.code.startsWith("cash.currency."));
  if (!notes.length) return null;
  return {
    name: "CashCurrencies",
    title: `${CASH_CURRENCY_TEXT[language].currencyTitle} (${cash.reportingCurrency})`,
    columns: [{ header: CASH_TEXT[language].reportReason, format: "text" }],
    rows: notes.map((r) => [reasonText(r, language, cashReasonsZh)]),
  };
}

/** The weeks: collections, payables, other flows, closing cash and the buffer. */
function weekTable(cash: CashAnalysis, t: CashTexts): ReportTable {
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

/** A scenario's name in the report's language ("USD −5 % against CNY" for the currency scenario). */
function scenarioName(s: Scenario, t: CashTexts, f: Fill, language: Language): string {
  return s.kind === "base"
    ? t.scenarioBase
    : s.kind === "late"
      ? f(t.scenarioLate, { days: s.days ?? 0 })
      : s.kind === "silent"
        ? f(t.scenarioSilent, { customer: s.customer ?? "" })
        : s.kind === "overdueCap"
          ? f(t.scenarioOverdueCap, { days: s.days ?? 0 })
          : s.kind === "currency"
            ? (currencyScenarioName(s, language) ?? "")
            : f(t.scenarioCombined, { customer: s.customer ?? "", days: s.days ?? 0 });
}

/** Each scenario's lowest cash, the first week below the buffer and the gap then. */
function scenarioTable(cash: CashAnalysis, t: CashTexts, f: Fill, language: Language): ReportTable {
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
      scenarioName(s, t, f, language),
      s.plan.lowest.closing,
      s.plan.firstBelow?.week ?? null,
      s.plan.firstBelow?.gap ?? null,
    ]),
  };
}

/** The levers with the cash each brings by the target week, and their reasons. */
function leverTable(cash: CashAnalysis, t: CashTexts, f: Fill, language: Language, currency?: string): ReportTable {
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
      l.reasons.map((r) => reasonText(r, language, cashReasonsZh, currency)).join(language === "zh-CN" ? "；" : "; "),
    ]),
  };
}
