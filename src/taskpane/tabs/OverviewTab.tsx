import { ALLIANZ_GLOBAL_DSO_2023, CRF_MEDIANS_Q1_2021 as CRF } from "../../engine/analysis/benchmarks";
import type { Analysis } from "../../engine/analysis/types";
import { bucketLabel } from "../../i18n/labels";
import { BarChart } from "../components/BarChart";
import { SimpleTable } from "../components/SimpleTable";
import { useTexts } from "../i18n";
import { TrendSection } from "./TrendSection";

function Kpi({ label, value, hint, testId }: { label: string; value: string; hint?: string; testId: string }) {
  return (
    <div style={{ padding: 8, border: "1px solid var(--colorNeutralStroke2)", borderRadius: 4 }}>
      <div style={{ fontSize: 12, color: "var(--colorNeutralForeground2)" }}>{label}</div>
      <div style={{ fontSize: 18, fontWeight: 600 }} data-testid={testId}>
        {value}
      </div>
      {hint && <div style={{ fontSize: 11, color: "var(--colorNeutralForeground2)" }}>{hint}</div>}
    </div>
  );
}

export function OverviewTab({ analysis }: { analysis: Analysis }) {
  const { t, money, number, percent, language } = useTexts();
  const p = analysis.portfolio;
  const days = (d: number | null) => (d === null ? t("notAvailable") : t("kpiDays", { days: number(d) }));
  const buckets = analysis.aging.labels.map((l, i) => ({ label: bucketLabel(l, language), amount: analysis.aging.totals[i], disputed: p.disputedAging[i] }));
  return (
    <div>
      <div style={{ display: "grid", gridTemplateColumns: "repeat(2, minmax(0, 1fr))", gap: 8 }}>
        <Kpi label={t("kpiTotalOpen")} value={money(p.totalOpen)} testId="kpi-total-open" />
        <Kpi label={t("kpiOverdue")} value={money(p.overdueOpen)} hint={`${t("kpiOverdueShare", { share: percent(p.overdueShare) })} · ${t("benchmarkOverdue", { share: percent(1 - CRF.currentShare) })}`} testId="kpi-overdue" />
        <Kpi label={t("kpiDso")} value={days(p.dso)} hint={`${t("kpiDsoHelp", { window: p.dsoWindowDays })} · ${t("benchmarkDso", { crf: number(CRF.dso), allianz: number(ALLIANZ_GLOBAL_DSO_2023, 0) })}`} testId="kpi-dso" />
        <Kpi label={t("kpiBestDso")} value={days(p.bestPossibleDso)} hint={t("benchmarkCrf", { value: number(CRF.bestPossibleDso) })} testId="kpi-best-dso" />
        <Kpi label={t("kpiAdd")} value={days(p.averageDaysDelinquent)} hint={t("benchmarkCrf", { value: number(CRF.averageDaysDelinquent) })} testId="kpi-add" />
        <Kpi label={t("kpiWdl")} value={days(p.weightedDaysLate)} testId="kpi-wdl" />
        <Kpi
          label={t("kpiCei")}
          value={p.collectionEffectivenessIndex === null ? t("notAvailable") : `${number(p.collectionEffectivenessIndex)} %`}
          hint={`${t("kpiCeiHelp", { window: p.dsoWindowDays })} · ${t("benchmarkCrf", { value: number(CRF.collectionEffectivenessIndex) })}`}
          testId="kpi-cei"
        />
        <Kpi label={t("kpiDisputed")} value={money(p.disputedOpen)} testId="kpi-disputed" />
        <Kpi label={t("kpiCustomers")} value={number(p.customerCount, 0)} testId="kpi-customers" />
      </div>
      <p style={{ fontSize: 11, margin: "4px 0 0", color: "var(--colorNeutralForeground2)" }}>{t("benchmarkSource")}</p>
      <TrendSection trend={analysis.kpiTrend} />
      <h3 style={{ margin: "12px 0 4px" }}>{t("agingTitle", { basis: analysis.aging.basis === "due" ? t("agingBasisDue") : t("agingBasisInvoice") })}</h3>
      <BarChart title={t("agingChartLabel")} bars={buckets.map((b) => ({ label: b.label, value: b.amount, text: `${b.label}: ${money(b.amount)}` }))} />
      <SimpleTable
        label={t("agingChartLabel")}
        testId="aging-table"
        rows={buckets}
        rowKey={(b) => b.label}
        columns={[
          { key: "bucket", header: t("colBucket"), cell: (b) => b.label },
          { key: "amount", header: t("colOpen"), cell: (b) => money(b.amount), numeric: true },
          { key: "disputed", header: t("kpiDisputed"), cell: (b) => money(b.disputed), numeric: true },
        ]}
      />
    </div>
  );
}
