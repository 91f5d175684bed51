/**
 * A chart of a preview sheet drawn as light SVG over the cells it covers, like Excel's chart object: a title, a
 * value axis with compact ticks and gridlines, bars (column charts, series side by side) or lines with markers
 * (line charts, several series), a legend when there is more than one series, the value of each point on hover
 * and the whole series as text for screen readers.
 */
import { PREVIEW_VIEW_TEXT } from "../../i18n/previewView";
import { fillTemplate } from "../../i18n/translate";
import { displayValue } from "../grid/display";
import type { MemorySheet, SheetChart } from "../workbook/memoryWorkbook";
import { axisLabel, chartData, valueAxis } from "./chartData";

// Excel's default palette (Office theme accents 1–6).
const PALETTE = ["#4472c4", "#ed7d31", "#a5a5a5", "#ffc000", "#5b9bd5", "#70ad47"];

export interface SheetChartViewProps {
  sheet: MemorySheet;
  chart: SheetChart;
  width: number;
  height: number;
  language: "en" | "zh-CN";
}

/** Where things go: the plot area, the value → y and category → x scales, the label spacing and bar width. */
function chartGeometry(data: ChartData, chart: SheetChart, width: number, height: number) {
  const axis = valueAxis(data.series.flatMap((s) => s.values));
  const legend = data.series.length > 0; // as written to Excel: every report chart has its legend
  const titles = chart.axes ?? {};
  // Room for the axis titles Excel draws: the value axis's (turned) on the left, the category axis's below.
  const plot = {
    left: titles.valueTitle ? 68 : 52,
    right: width - 12,
    top: data.title ? 30 : 12,
    bottom: height - (legend ? 44 : 28) - (titles.categoryTitle ? 16 : 0),
  };
  const y = (v: number) => plot.bottom - ((v - axis.min) / (axis.max - axis.min)) * (plot.bottom - plot.top);
  const n = Math.max(1, data.categories.length);
  const band = (plot.right - plot.left) / n;
  const x = (i: number) => plot.left + band * (i + 0.5);
  // Show every k-th category label so that labels do not overlap.
  const every = Math.max(1, Math.ceil((n * 64) / Math.max(1, plot.right - plot.left)));
  const shown = (v: number | null) => (v === null ? "—" : displayValue(v, data.format));
  const barWidth = (band * 0.7) / data.series.length;
  return { axis, legend, titles, plot, y, x, band, every, shown, barWidth, width, height };
}

type ChartData = ReturnType<typeof chartData>;
type Geometry = ReturnType<typeof chartGeometry>;
type Series = ChartData["series"][number];

export function SheetChartView({ sheet, chart, width, height, language }: SheetChartViewProps) {
  const data = chartData(sheet, chart, (n) => fillTemplate(PREVIEW_VIEW_TEXT[language].series, { n }, language));
  const g = chartGeometry(data, chart, width, height);
  const summary = data.series
    .map((s) => `${s.name}: ${data.categories.map((c, i) => `${c} ${g.shown(s.values[i])}`).join("; ")}`)
    .join(". ");
  return (
    <svg
      width={width}
      height={height}
      role="img"
      aria-label={data.title || data.series[0]?.name}
      data-testid="sheet-chart"
      data-kind={data.kind}
      style={{
        display: "block",
        background: "#fff",
        border: "1px solid #d0d0d0",
        fontFamily: "Segoe UI, system-ui, sans-serif",
      }}
    >
      <desc>{summary}</desc>
      {data.title && (
        <text x={width / 2} y={19} textAnchor="middle" fontSize={13} fill="#404040">
          {data.title}
        </text>
      )}
      <AxisTitles g={g} />
      <Axes g={g} categories={data.categories} language={language} />
      {data.series.map((s, k) =>
        data.kind === "line" ? (
          <LineSeries key={k} s={s} k={k} g={g} chart={chart} categories={data.categories} />
        ) : (
          <ColumnSeries key={k} s={s} k={k} g={g} categories={data.categories} />
        ),
      )}
      {g.legend && (
        <g fontSize={11} fill="#404040">
          {data.series.map((s, k) => (
            <g
              key={k}
              transform={`translate(${g.plot.left + k * ((g.plot.right - g.plot.left) / data.series.length)}, ${height - 14})`}
            >
              <rect width={10} height={10} y={-9} fill={PALETTE[k % PALETTE.length]} />
              <text x={14}>{s.name}</text>
            </g>
          ))}
        </g>
      )}
    </svg>
  );
}

/** The value axis's title (turned) on the left, the category axis's below the plot. */
function AxisTitles({ g }: { g: Geometry }) {
  const { titles, plot } = g;
  return (
    <>
      {titles.valueTitle && (
        <text
          data-testid="sheet-chart-axis-title"
          transform={`translate(14 ${(plot.top + plot.bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
          fontSize={11}
          fill="#404040"
        >
          {titles.valueTitle}
        </text>
      )}
      {titles.categoryTitle && (
        <text
          data-testid="sheet-chart-axis-title"
          x={(plot.left + plot.right) / 2}
          y={plot.bottom + 30}
          textAnchor="middle"
          fontSize={11}
          fill="#404040"
        >
          {titles.categoryTitle}
        </text>
      )}
    </>
  );
}

/** The value axis's ticks and gridlines, and every k-th category label under the plot. */
function Axes({ g, categories, language }: { g: Geometry; categories: string[]; language: "en" | "zh-CN" }) {
  const { axis, plot, y, x, every } = g;
  return (
    <>
      <g data-testid="value-axis" fontSize={11} fill="#595959">
        {axis.ticks.map((t) => (
          <g key={t}>
            <line x1={plot.left} x2={plot.right} y1={y(t)} y2={y(t)} stroke={t === 0 ? "#a6a6a6" : "#e6e6e6"} />
            <text x={plot.left - 6} y={y(t) + 3} textAnchor="end">
              {axisLabel(t, language)}
            </text>
          </g>
        ))}
      </g>
      <g fontSize={11} fill="#595959">
        {categories.map((c, i) =>
          i % every === 0 ? (
            <text key={i} x={x(i)} y={y(axis.min) + 14} textAnchor="middle">
              {c.length > 12 ? `${c.slice(0, 11)}…` : c}
            </text>
          ) : null,
        )}
      </g>
    </>
  );
}

function dashArray(chart: SheetChart, k: number): string | undefined {
  const style = chart.seriesStyles?.[k]?.lineStyle;
  return style === "Dash" ? "6 3" : style === "RoundDot" ? "2 3" : undefined;
}

/** A line with markers (a gap where a value is missing, as Excel draws it) and the data labels asked for. */
function LineSeries(props: { s: Series; k: number; g: Geometry; chart: SheetChart; categories: string[] }) {
  const { s, k, g, chart, categories } = props;
  const { x, y, shown } = g;
  const colour = PALETTE[k % PALETTE.length];
  const points = s.values.map((v, i) => (v === null ? null : `${x(i)},${y(v)}`));
  const runs = points
    .reduce<string[][]>((acc, p) => (p === null ? [...acc, []] : (acc[acc.length - 1].push(p), acc)), [[]])
    .filter((r) => r.length > 0);
  return (
    <g data-series={s.name}>
      {runs.map((r, j) => (
        <polyline
          key={j}
          points={r.join(" ")}
          fill="none"
          stroke={colour}
          strokeWidth={2}
          strokeDasharray={dashArray(chart, k)}
        />
      ))}
      {s.values.map((v, i) =>
        v === null ? null : (
          <circle key={i} cx={x(i)} cy={y(v)} r={3} fill={colour}>
            <title>{`${s.name} · ${categories[i]}: ${shown(v)}`}</title>
          </circle>
        ),
      )}
      {(chart.labelledPoints ?? [])
        .filter((p) => p.series === k && s.values[p.point] != null)
        .map((p) => (
          <text
            key={`l${p.point}`}
            data-testid="sheet-chart-label"
            x={x(p.point)}
            y={y(s.values[p.point] as number) - 8}
            textAnchor="middle"
            fontSize={11}
            fontWeight={600}
            fill="#404040"
          >
            {shown(s.values[p.point])}
          </text>
        ))}
    </g>
  );
}

/** Bars for one series, the series side by side within each category's band. */
function ColumnSeries({ s, k, g, categories }: { s: Series; k: number; g: Geometry; categories: string[] }) {
  const { x, y, band, barWidth, shown } = g;
  const colour = PALETTE[k % PALETTE.length];
  return (
    <g data-series={s.name}>
      {s.values.map((v, i) =>
        v === null ? null : (
          <rect
            key={i}
            x={x(i) - band * 0.35 + k * barWidth}
            width={Math.max(1, barWidth - 1)}
            y={Math.min(y(v), y(0))}
            height={Math.abs(y(v) - y(0))}
            fill={colour}
          >
            <title>{`${s.name} · ${categories[i]}: ${shown(v)}`}</title>
          </rect>
        ),
      )}
    </g>
  );
}
