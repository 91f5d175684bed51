/** The KPI trend in the Overview tab: a chosen figure at each month-end as a line chart, and the same as a table. */
import { Field, Select } from "@fluentui/react-components";
import { useState } from "react";
import { type KpiTrend, type TrendFigure, trendSeries, ymdFromSerial } from "../../engine";
import { shortMonth, trendText, type TrendText } from "../../i18n/trend";
import { LineChart } from "../components/LineChart";
import { CHART_TEXT, unitTitle } from "../../i18n/charts";
import { SimpleTable } from "../components/SimpleTable";
import { useTexts } from "../i18n";
import type { Language } from "../../i18n/translate";

type Unit = "days" | "share" | "money" | "index";
const METRICS: { key: keyof TrendText; unit: Unit; figure: TrendFigure }[] = [
  { key: "metricDso", unit: "days", figure: "dso" },
  { key: "metricOverdue", unit: "share", figure: "overdueShare" },
  { key: "metricOpen", unit: "money", figure: "totalOpen" },
  { key: "metricBestDso", unit: "days", figure: "bestPossibleDso" },
  { key: "metricAdd", unit: "days", figure: "averageDaysDelinquent" },
  { key: "metricOver90", unit: "share", figure: "over90Share" },
  { key: "metricCei", unit: "index", figure: "cei" },
  { key: "metricPaidLate", unit: "days", figure: "paidWeightedDaysLate" },
];

/**
 * A month's value in the table: money compact, days as a bare number (the chart's axis title above gives the unit),
 * so the three columns fit 270 px; the rest as the chart's readout writes it.
 */
function tableValue(
  value: number | null,
  unit: Unit,
  f: { money: (v: number) => string; days: (v: number) => string; other: (v: number | null, unit: Unit) => string },
): string {
  if (value !== null && unit === "money") return f.money(value);
  if (value !== null && unit === "days") return f.days(value);
  return f.other(value, unit);
}

type Metric = (typeof METRICS)[number];
type TrendRow = { monthEnd: number; label: string; value: number | null; change: number | null };
type TrendTextOf = (key: keyof TrendText, params?: Record<string, string | number>) => string;

/** Each month-end's value of the metric with its month's short name; the change is the engine's (`trendSeries`). */
function trendRows(trend: KpiTrend, metric: Metric, language: Language): TrendRow[] {
  return trendSeries(trend, metric.figure).map((step) => {
    const { year, month } = ymdFromSerial(step.monthEnd);
    return { ...step, label: shortMonth(year, month, language) };
  });
}

/** How the metric's values are written: in full (readout), on the axis, compact (table), and as a signed change. */
function useTrendFormats(metric: Metric) {
  const { t, money, number, percent, language } = useTexts();
  const compact = new Intl.NumberFormat(language === "zh-CN" ? "zh-CN" : "en-US", {
    notation: "compact",
    maximumSignificantDigits: 3,
  });
  const format = (v: number | null, unit: Unit): string => {
    if (v === null) return t("notAvailable");
    if (unit === "days") return t("kpiDays", { days: number(v) });
    if (unit === "share") return percent(v);
    if (unit === "index") return `${number(v)} %`;
    return money(v);
  };
  const tick = (v: number): string =>
    metric.unit === "share" ? percent(v) : metric.unit === "money" ? compact.format(v) : number(v, 1);
  // Money in the table in short form (1.36M, 136万) so the three columns fit a 270 px pane; the exact amount is
  // read on hover or focus of the chart's point.
  const signed = (v: number | null) =>
    v === null
      ? ""
      : `${v > 0 ? "+" : v < 0 ? "−" : "±"}${metric.unit === "money" ? compact.format(Math.abs(v)) : format(Math.abs(v), metric.unit)}`;
  const cell = (v: number | null) => tableValue(v, metric.unit, { money: compact.format, days: number, other: format });
  return { format, tick, signed, cell };
}

export function TrendSection({ trend }: { trend: KpiTrend }) {
  const { language } = useTexts();
  const [metricKey, setMetricKey] = useState<keyof TrendText>("metricDso");
  const tt: TrendTextOf = (key, params) => trendText(language, key, params);
  const metric = METRICS.find((m) => m.key === metricKey) ?? METRICS[0];
  const formats = useTrendFormats(metric);
  const rows = trendRows(trend, metric, language);
  const title = tt("trendChartLabel", {
    metric: tt(metric.key),
    from: rows[0]?.label ?? "",
    to: rows[rows.length - 1]?.label ?? "",
  });
  return (
    <section aria-labelledby="trend-title" data-testid="trend-section">
      <h3 id="trend-title" style={{ margin: "12px 0 4px" }}>
        {tt("trendTitle", { months: trend.months })}
      </h3>
      <MetricChoice metric={metric} onChoose={setMetricKey} tt={tt} />
      {trend.points.every((p) => p.totalOpen === 0 && p.monthSales === 0) ? (
        <p>{tt("trendNoData")}</p>
      ) : (
        <TrendChart title={title} metric={metric} rows={rows} formats={formats} tt={tt} />
      )}
      <p style={{ fontSize: 11, margin: "2px 0 4px", color: "var(--colorNeutralForeground2)" }}>
        {tt("trendHint", { window: trend.dsoWindowDays })}
      </p>
      <SimpleTable
        label={title}
        testId="trend-table"
        rows={[...rows].reverse()}
        rowKey={(r) => String(r.monthEnd)}
        columns={[
          { key: "month", header: tt("trendColMonth"), cell: (r) => r.label, nowrap: true },
          { key: "value", header: tt("trendColValue"), cell: (r) => formats.cell(r.value), numeric: true },
          { key: "change", header: tt("trendColChange"), cell: (r) => formats.signed(r.change), numeric: true },
        ]}
      />
    </section>
  );
}

/** The figure the trend shows, chosen from the eight. */
function MetricChoice({
  metric,
  onChoose,
  tt,
}: {
  metric: Metric;
  onChoose: (key: keyof TrendText) => void;
  tt: TrendTextOf;
}) {
  return (
    <Field label={tt("trendMetric")} size="small">
      <Select
        size="small"
        style={{ width: "100%", minWidth: 0 }}
        value={metric.key}
        onChange={(_, d) => onChoose(d.value as keyof TrendText)}
        data-testid="trend-metric"
      >
        {METRICS.map((m) => (
          <option key={m.key} value={m.key}>
            {tt(m.key)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

interface TrendChartProps {
  title: string;
  metric: Metric;
  rows: TrendRow[];
  formats: ReturnType<typeof useTrendFormats>;
  tt: TrendTextOf;
}

/** The metric at each month-end as a line, the value axis titled with its unit. */
function TrendChart({ title, metric, rows, formats, tt }: TrendChartProps) {
  const { language, currency } = useTexts();
  return (
    <LineChart
      testId="trend-chart"
      title={title}
      formatTick={formats.tick}
      valueTitle={unitTitle(
        language,
        tt(metric.key),
        metric.unit === "share" || metric.unit === "index" ? "percent" : metric.unit,
        currency,
      )}
      categoryTitle={CHART_TEXT[language].monthEnd}
      points={rows.map((r) => ({
        label: r.label,
        value: r.value,
        text: tt("trendPoint", { month: r.label, value: formats.format(r.value, metric.unit) }),
      }))}
    />
  );
}
