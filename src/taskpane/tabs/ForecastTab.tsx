import type { Analysis, ForecastWeek } from "../../engine/analysis/types";
import { BarChart } from "../components/BarChart";
import { SimpleTable } from "../components/SimpleTable";
import { useTexts } from "../i18n";

export function ForecastTab({ analysis }: { analysis: Analysis }) {
  const { t, money, date, reason } = useTexts();
  const f = analysis.forecast;
  return (
    <div>
      <BarChart title={t("forecastChartLabel")} bars={f.weeks.map((w) => ({ label: String(w.week), value: w.expected, text: `${t("weekN", { week: w.week })}: ${money(w.expected)}` }))} />
      <SimpleTable<ForecastWeek>
        label={t("forecastTitle")}
        testId="forecast-table"
        rows={f.weeks}
        rowKey={(w) => String(w.week)}
        columns={[
          { key: "week", header: t("colWeek"), cell: (w) => t("weekN", { week: w.week }) },
          { key: "start", header: t("colStarts"), nowrap: true, cell: (w) => date(w.start) },
          { key: "expected", header: t("colExpected"), numeric: true, cell: (w) => money(w.expected) },
        ]}
      />
      <dl style={{ display: "grid", gridTemplateColumns: "auto auto", gap: "2px 12px", margin: "8px 0" }}>
        <dt>{t("forecastBeyond")}</dt>
        <dd style={{ margin: 0, textAlign: "right" }}>{money(f.beyond)}</dd>
        <dt>{t("forecastDoubtful")}</dt>
        <dd style={{ margin: 0, textAlign: "right" }}>{money(f.doubtful)}</dd>
        <dt>{t("forecastTotal")}</dt>
        <dd style={{ margin: 0, textAlign: "right" }}>{money(f.total)}</dd>
      </dl>
      <ul style={{ margin: 0 }}>{f.reasons.map((r, i) => <li key={i}>{reason(r)}</li>)}</ul>
    </div>
  );
}
