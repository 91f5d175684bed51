/** Key figures as cards (one column at 270 px, two from about 330 px), the aging chart and its table. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { ALLIANZ_GLOBAL_DSO_2023, type Analysis, CRF_MEDIANS_Q1_2021 as CRF } from "../../engine";
import { CHART_TEXT, moneyAxisTitle } from "../../i18n/charts";
import { bucketLabel } from "../../i18n/labels";
import { BarChart } from "../components/charts";
import { usePaneStyles } from "../components/paneStyles";
import { useTexts } from "../i18n";
import { TrendSection } from "./TrendSection";
import { CurrencySection } from "./CurrencySection";
import { conversionSentence } from "../../i18n/currencies";
import type { Language } from "../../i18n/translate";

/** Under the total: each converted currency's line ("USD 120,000.00 = ¥862,800.00 at 7.19, rates of 2026-12-01"). */
function convertedLines(analysis: Analysis, language: Language): string | undefined {
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
  hint: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

const BUCKET_HEAD = {
  textAlign: "start",
  fontWeight: tokens.fontWeightRegular,
  overflowWrap: "anywhere",
  padding: `${tokens.spacingVerticalXXS} 0`,
} as const;

function Kpi({ label, value, hint, testId }: { label: string; value: string; hint?: string; testId: string }) {
  const s = useStyles();
  return (
    <div className={s.card}>
      <div className={s.label}>{label}</div>
      <div className={s.value} data-testid={testId}>
        {value}
      </div>
      {hint && <div className={s.hint}>{hint}</div>}
    </div>
  );
}

export function OverviewTab({ analysis }: { analysis: Analysis }) {
  const { t, p, money, moneyShort, count, percent, percentPoints, days, number, language, currency } = useTexts();
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
        />
        <Kpi
          label={t("kpiBestDso")}
          value={days(pf.bestPossibleDso)}
          hint={t("benchmarkCrf", { value: number(CRF.bestPossibleDso) })}
          testId="kpi-best-dso"
        />
        <Kpi
          label={t("kpiAdd")}
          value={days(pf.averageDaysDelinquent)}
          hint={t("benchmarkCrf", { value: number(CRF.averageDaysDelinquent) })}
          testId="kpi-add"
        />
        <Kpi label={t("kpiWdl")} value={days(pf.weightedDaysLate)} testId="kpi-wdl" />
        <Kpi
          label={t("kpiCei")}
          value={
            pf.collectionEffectivenessIndex === null
              ? t("notAvailable")
              : percentPoints(pf.collectionEffectivenessIndex)
          }
          hint={`${t("kpiCeiHelp", { window: pf.dsoWindowDays })} · ${t("benchmarkCrf", { value: percentPoints(CRF.collectionEffectivenessIndex) })}`}
          testId="kpi-cei"
        />
        <Kpi label={t("kpiDisputed")} value={money(pf.disputedOpen)} testId="kpi-disputed" />
        <Kpi label={t("kpiCustomers")} value={count(pf.customerCount)} testId="kpi-customers" />
      </div>
      <p className={ps.sub} style={{ margin: `${tokens.spacingVerticalXS} 0 0` }}>
        {t("benchmarkSource")}
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
      <table
        style={{ width: "100%", borderCollapse: "collapse" }}
        aria-label={t("agingChartLabel")}
        data-testid="aging-table"
      >
        <thead>
          <tr className={ps.sub}>
            <th scope="col" style={{ textAlign: "start", fontWeight: tokens.fontWeightRegular }}>
              {t("colBucket")}
            </th>
            <th scope="col" style={{ textAlign: "end", fontWeight: tokens.fontWeightRegular }}>
              {t("colOpen")}
            </th>
          </tr>
        </thead>
        <tbody>
          {buckets.map((b) => (
            <tr key={b.label} style={{ borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` }}>
              <th scope="row" style={BUCKET_HEAD}>
                {b.label}
              </th>
              <td style={{ textAlign: "end", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" }}>
                {money(b.amount)}
                {b.disputed !== 0 && (
                  <div className={ps.sub} style={{ whiteSpace: "normal" }}>
                    {p("ofWhichDisputed", { amount: money(b.disputed) })}
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
