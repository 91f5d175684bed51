/**
 * Closing cash per week: the plan, the stress scenarios and the buffer, drawn with the pane's shared line chart
 * (value axis with amounts, week-start dates, axis titles with units, a legend, series told apart by colour, dash
 * and marker). The buffer is a reference line; the plan's low point is labelled.
 */
import { CHART_TEXT, moneyAxisTitle } from "../../i18n/charts";
import { fillTemplate as fill } from "../../i18n/translate";
import { useTexts } from "../i18n";
import { LineChart } from "./charts";

export interface CashLine {
  label: string;
  values: number[];
  /** The plan comes first; the buffer is drawn as a dashed reference line. */
  kind: "plan" | "scenario" | "buffer";
}

export function CashChart({
  lines,
  title,
  weekStarts,
  height = 170,
}: {
  lines: CashLine[];
  title: string;
  weekStarts?: number[];
  height?: number;
}) {
  const { money, moneyShort, date, language, currency } = useTexts();
  const c = CHART_TEXT[language];
  const series = lines
    .filter((l) => l.kind !== "buffer")
    .sort((a, b) => (a.kind === "plan" ? -1 : b.kind === "plan" ? 1 : 0));
  const buffer = lines.find((l) => l.kind === "buffer");
  const count = Math.max(0, ...series.map((s) => s.values.length));
  // Week numbers under the axis (13 dates do not fit 270 px); the axis title dates week 1, each readout its week.
  const labels = Array.from({ length: count }, (_, i) => String(i + 1));
  const pointNames = labels.map((l, i) =>
    weekStarts?.[i] !== undefined ? `${fill(c.weekOf, { week: l, date: date(weekStarts[i]) }, language)}` : l,
  );
  const plan = series[0]?.values ?? [];
  const low = plan.length ? plan.indexOf(Math.min(...plan)) : -1;
  return (
    <div data-testid="cash-chart">
      <LineChart
        title={title}
        labels={labels}
        series={series.map((s) => ({ name: s.label, values: s.values }))}
        references={buffer ? [{ label: buffer.label, value: buffer.values[0] ?? 0 }] : []}
        mark={low >= 0 ? { series: 0, index: low, label: `${c.lowPoint} ${moneyShort(plan[low])}` } : undefined}
        formatTick={moneyShort}
        formatValue={money}
        hint={title}
        valueTitle={moneyAxisTitle(language, currency, c.cash)}
        pointNames={pointNames}
        categoryTitle={
          weekStarts?.length ? fill(c.weekFrom, { date: date(weekStarts[0]) }, language) : c.forecastWeekShort
        }
        height={height}
      />
    </div>
  );
}
