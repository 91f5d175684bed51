/** Key figures as cards (one column at 270 px, two from about 330 px), the aging chart and its table. */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ALLIANZ_GLOBAL_DSO_2023, type AnalysisBeforeChecks, CRF_MEDIANS_Q1_2021 as CRF } from "../../engine";
import { CHART_TEXT, moneyAxisTitle } from "../../i18n/charts";
import { bucketLabel } from "../../i18n/labels";
import type { GlossaryKey } from "../../i18n/glossary";
import { BarChart } from "../components/charts";
import { usePaneStyles } from "../components/paneStyles";
import { TermInfo } from "../components/TermInfo";
import { useTexts } from "../i18n";
import { AgingTable } from "./AgingTable";
import { TrendSection } from "./TrendSection";
import { CurrencySection } from "./CurrencySection";
import { conversionSentence } from "../../i18n/currencies";
import type { Language } from "../../i18n/translate";

/** Under the total: each converted currency's line ("USD 120,000.00 = ¥862,800.00 at 7.19, rates of 2026-12-01"). */
function convertedLines(analysis: AnalysisBeforeChecks, language: Language): string | undefined {
  const c = analysis.conversion;
  if (!c) return undefined;
  const lines = c.lines.filter((l) => l.currency !== c.reportingCurrency);
  return lines.map((l) => conversionSentence(l, c.reportingCurrency, language)).join(" · ") || undefined;
}

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 150px), 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  card: {
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  value: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
    fontVariantNumeric: "tabular-nums",
  },
  source: { margin: `${tokens.spacingVerticalXS} 0 0` },
  hint: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

interface KpiProps {
  label: string;
  value: string;
  hint?: string;
  testId: string;
  /** The glossary entry its info button explains. */
  term?: GlossaryKey;
}

function Kpi({ label, value, hint, testId, term }: KpiProps) {
  const s = useStyles();
  return (
    <div className={s.card}>
      <div className={s.label}>
        {label}
        {term && <TermInfo term={term} />}
      </div>
      <div className={s.value} data-testid={testId}>
        {value}
      </div>
      {hint && <div className={s.hint}>{hint}</div>}
    </div>
  );
}

/** The portfolio's KPI cards with their benchmarks and info buttons. */
function PortfolioKpis({ analysis }: { analysis: AnalysisBeforeChecks }) {
  const { t, money, count, percent, percentPoints, days, number, language } = useTexts();
  const s = useStyles();
  const pf = analysis.portfolio;
  return (
    <div className={s.grid}>
      <Kpi
        label={t("kpiTotalOpen")}
        value={money(pf.totalOpen)}
        hint={convertedLines(analysis, language)}
        testId="kpi-total-open"
      />
      <Kpi
        label={t("kpiOverdue")}
        value={money(pf.overdueOpen)}
        hint={`${t("kpiOverdueShare", { share: percent(pf.overdueShare) })} · ${t("benchmarkOverdue", { share: percent(1 - CRF.currentShare) })}`}
        testId="kpi-overdue"
      />
      <Kpi
        label={t("kpiDso")}
        value={days(pf.dso)}
        hint={`${t("kpiDsoHelp", { window: pf.dsoWindowDays })} · ${t("benchmarkDso", { crf: number(CRF.dso), allianz: number(ALLIANZ_GLOBAL_DSO_2023, 0) })}`}
        testId="kpi-dso"
        term="dso"
      />
      <Kpi
        label={t("kpiBestDso")}
        value={days(pf.bestPossibleDso)}
        hint={t("benchmarkCrf", { value: number(CRF.bestPossibleDso) })}
        testId="kpi-best-dso"
        term="bestDso"
      />
      <Kpi
        label={t("kpiAdd")}
        value={days(pf.averageDaysDelinquent)}
        hint={t("benchmarkCrf", { value: number(CRF.averageDaysDelinquent) })}
        testId="kpi-add"
        term="add"
      />
      <Kpi label={t("kpiWdl")} value={days(pf.weightedDaysLate)} testId="kpi-wdl" term="weightedDaysLate" />
      <Kpi
        label={t("kpiCei")}
        value={
          pf.collectionEffectivenessIndex === null ? t("notAvailable") : percentPoints(pf.collectionEffectivenessIndex)
        }
        hint={`${t("kpiCeiHelp", { window: pf.dsoWindowDays })} · ${t("benchmarkCrf", { value: percentPoints(CRF.collectionEffectivenessIndex) })}`}
        testId="kpi-cei"
        term="cei"
      />
      <Kpi label={t("kpiDisputed")} value={money(pf.disputedOpen)} testId="kpi-disputed" />
      <Kpi label={t("kpiCustomers")} value={count(pf.customerCount)} testId="kpi-customers" />
    </div>
  );
}

export function OverviewTab({ analysis }: { analysis: AnalysisBeforeChecks }) {
  const { t, p, money, moneyShort, language, currency } = useTexts();
  const s = useStyles();
  const ps = usePaneStyles();
  const pf = analysis.portfolio;
  const buckets = analysis.aging.labels.map((l, i) => ({
    short: language === "en" ? l : bucketLabel(l, language),
    label: bucketLabel(l, language),
    amount: analysis.aging.totals[i],
    disputed: pf.disputedAging[i],
  }));
  return (
    <div>
      <PortfolioKpis analysis={analysis} />
      <p className={mergeClasses(ps.sub, s.source)}>
        {t("benchmarkSource")}
        <TermInfo term="crfMedian" />
        <TermInfo term="allianz" />
      </p>
      {analysis.conversion && <CurrencySection conversion={analysis.conversion} />}
      <TrendSection trend={analysis.kpiTrend} />
      <h3 className={ps.heading}>
        {t("agingTitle", { basis: analysis.aging.basis === "due" ? t("agingBasisDue") : t("agingBasisInvoice") })}
      </h3>
      <BarChart
        title={t("agingChartLabel")}
        hint={p("chartHint")}
        formatTick={moneyShort}
        formatValue={money}
        valueTitle={moneyAxisTitle(language, currency, CHART_TEXT[language].openAmount)}
        categoryTitle={CHART_TEXT[language].ageBand}
        bars={buckets.map((b) => ({ label: b.short, value: b.amount, text: `${b.label}: ${money(b.amount)}` }))}
      />
      <AgingTable buckets={buckets} />
    </div>
  );
}
