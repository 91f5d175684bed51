/**
 * A light SVG line chart: several series over the same categories (weeks, month-ends) and optional horizontal
 * reference lines (a cash buffer, a target DSO). See ./index.ts for the API.
 */
import { tokens } from "@fluentui/react-components";
import { listMarks } from "../../../i18n/charts";
import type { Language } from "../../../i18n/translate";
import { useTexts } from "../../i18n";
import { type Axis, valueAxis } from "./axis";
import { ChartFrame, type PlotArea } from "./ChartFrame";

export interface LineSeries {
  name: string;
  /** One value per category; null leaves a gap. */
  values: (number | null)[];
}

export interface ReferenceLine {
  label: string;
  value: number;
}

export interface LineChartProps {
  title: string;
  /** Category labels under the plot, one per point of every series. */
  labels: string[];
  series: LineSeries[];
  references?: ReferenceLine[];
  /** A point to call out with its label. */
  mark?: ChartMark;
  /** Each category's full name in the readout and the screen-reader list ("Week 3 (2026-11-23)"); default the label. */
  pointNames?: string[];
  formatTick: (value: number) => string;
  formatValue: (value: number) => string;
  hint: string;
  /** Axis titles with their units ("Open amount (CNY)", "Age band"). */
  valueTitle: string;
  categoryTitle: string;
  height?: number;
}

/**
 * Series colours from Fluent's data-visualisation hues (blue, orange, lilac, teal, marigold, berry: distinct hues,
 * not shades of one); dashes and marker shapes tell the series apart without colour too.
 */
export const SERIES_COLORS = [
  tokens.colorBrandForeground1,
  tokens.colorPaletteDarkOrangeForeground2,
  tokens.colorPaletteLilacForeground2,
  tokens.colorPaletteTealForeground2,
  tokens.colorPaletteMarigoldForeground2,
  tokens.colorPaletteBerryForeground2,
];
const DASHES = [undefined, "6 3", "2 3", "8 3 2 3", "1 2", "10 4"];
const MARKERS = ["circle", "square", "triangle", "diamond", "circle", "square"] as const;

function Marker({ shape, x, y, color }: { shape: (typeof MARKERS)[number]; x: number; y: number; color: string }) {
  const r = 3;
  if (shape === "circle") return <circle cx={x} cy={y} r={r} fill={color} />;
  if (shape === "square") return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} fill={color} />;
  const points =
    shape === "triangle"
      ? [
          [x, y - r - 1],
          [x + r + 1, y + r],
          [x - r - 1, y + r],
        ]
      : [
          [x, y - r - 1],
          [x + r + 1, y],
          [x, y + r + 1],
          [x - r - 1, y],
        ];
  return <polygon points={points.map((p) => p.join(",")).join(" ")} fill={color} />;
}

/** One point called out with a label above it (the cash plan's low point). */
export interface ChartMark {
  series: number;
  index: number;
  label: string;
}

/**
 * Each category's text for the readout and the screen-reader list: every series' value, then the reference lines,
 * joined by the language's marks (full-width in Chinese).
 */
function pointTexts(
  { labels, series, references = [], pointNames, formatValue }: LineChartProps,
  language: Language,
): string[] {
  const { colon, comma, semicolon } = listMarks(language);
  const value = (v: number | null | undefined) => (v === null || v === undefined ? "–" : formatValue(v));
  return labels.map(
    (label, i) =>
      `${pointNames?.[i] ?? label}${colon}${series.map((s) => `${s.name} ${value(s.values[i])}`).join(comma)}` +
      (references.length ? `${semicolon}${references.map((r) => `${r.label} ${value(r.value)}`).join(comma)}` : ""),
  );
}

/** A series' line as path runs, split at gaps (null) so a missing point is not drawn as a line through it. */
function gapRuns(values: (number | null)[], x: (i: number) => number, y: (v: number) => number): string[] {
  const runs: string[] = [];
  let run = "";
  values.forEach((v, i) => {
    if (v === null || v === undefined) {
      if (run) runs.push(run);
      run = "";
    } else run += `${run ? "L" : "M"}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
  });
  if (run) runs.push(run);
  return runs;
}

/** Where the plot's points go (the x of each category, mid-slot; the y of a value) and the point now read. */
interface PlotScale {
  x: (i: number) => number;
  y: (v: number) => number;
  active: number | null;
}

/** One series: its dashed line, a marker at each point (up to 26 categories), a dot at the active point. */
function SeriesLine({ line, k, markers, scale }: { line: LineSeries; k: number; markers: boolean; scale: PlotScale }) {
  const { x, y, active } = scale;
  const color = SERIES_COLORS[k % SERIES_COLORS.length];
  return (
    <g data-testid="chart-series">
      {gapRuns(line.values, x, y).map((d, j) => (
        <path key={j} d={d} fill="none" stroke={color} strokeWidth={2} strokeDasharray={DASHES[k % DASHES.length]} />
      ))}
      {markers &&
        line.values.map((v, i) =>
          v === null || v === undefined ? null : (
            <Marker key={`m${i}`} shape={MARKERS[k % MARKERS.length]} x={x(i)} y={y(v)} color={color} />
          ),
        )}
      {active !== null && line.values[active] !== null && line.values[active] !== undefined && (
        <circle cx={x(active)} cy={y(line.values[active] as number)} r={3.5} fill={color} />
      )}
    </g>
  );
}

/** The plot inside the frame: reference lines, the series, a hover slot per category, the mark, the active line. */
function LinePlot({ chart, axis, area }: { chart: LineChartProps; axis: Axis; area: PlotArea }) {
  const { labels, series, references = [], mark } = chart;
  const { left, width, height: h, active, setActive } = area;
  const slot = width / Math.max(1, labels.length);
  const scale: PlotScale = { x: (i) => left + slot * (i + 0.5), y: (v) => axis.y(v, h), active };
  return (
    <>
      {references.map((r, k) => (
        <line
          key={`ref${k}`}
          data-testid="chart-reference"
          x1={left}
          x2={left + width}
          y1={axis.y(r.value, h)}
          y2={axis.y(r.value, h)}
          stroke={tokens.colorPaletteRedForeground1}
          strokeDasharray="4 2"
        />
      ))}
      {series.map((s, k) => (
        <SeriesLine key={k} line={s} k={k} markers={labels.length <= 26} scale={scale} />
      ))}
      {labels.map((_, i) => (
        <rect
          key={`hit${i}`}
          x={left + slot * i}
          y={0}
          width={slot}
          height={h}
          fill="transparent"
          onMouseEnter={() => setActive(i)}
        />
      ))}
      {mark && series[mark.series]?.values[mark.index] != null && (
        <MarkLabel
          mark={mark}
          x={scale.x(mark.index)}
          y={scale.y(series[mark.series].values[mark.index] as number)}
          left={left}
          right={left + width}
        />
      )}
      {active !== null && (
        <line x1={scale.x(active)} x2={scale.x(active)} y1={0} y2={h} stroke={tokens.colorNeutralStroke1} />
      )}
    </>
  );
}

/** Every value the axis must cover: the series' points and the reference lines. */
function plotValues({ series, references = [] }: LineChartProps): number[] {
  return [...series.flatMap((s) => s.values.filter((v): v is number => v !== null)), ...references.map((r) => r.value)];
}

export function LineChart(props: LineChartProps) {
  const { title, labels, series, references = [], formatTick, hint, valueTitle, categoryTitle, height = 160 } = props;
  const axis = valueAxis(plotValues(props));
  const { language } = useTexts();
  return (
    <div>
      <ChartFrame
        title={title}
        axis={axis}
        formatTick={formatTick}
        labels={labels}
        texts={pointTexts(props, language)}
        hint={hint}
        valueTitle={valueTitle}
        categoryTitle={categoryTitle}
        height={height}
      >
        {(area) => <LinePlot chart={props} axis={axis} area={area} />}
      </ChartFrame>
      <Legend series={series} references={references} />
    </div>
  );
}

function MarkLabel({
  mark,
  x,
  y,
  left,
  right,
}: {
  mark: ChartMark;
  x: number;
  y: number;
  left: number;
  right: number;
}) {
  // Kept inside the plot: anchored at the end near the right edge, at the start near the left.
  const anchor = x > right - 60 ? "end" : x < left + 60 ? "start" : "middle";
  return (
    <g data-testid="chart-mark">
      <circle cx={x} cy={y} r={5} fill="none" stroke={tokens.colorNeutralForeground1} strokeWidth={1.5} />
      <text
        x={x}
        y={y - 9}
        textAnchor={anchor}
        style={{ fontSize: 12, fontWeight: 600, paintOrder: "stroke" }}
        stroke={tokens.colorNeutralBackground1}
        strokeWidth={4}
        fill={tokens.colorNeutralForeground1}
      >
        {mark.label}
      </text>
    </g>
  );
}

function Legend({ series, references }: { series: LineSeries[]; references: ReferenceLine[] }) {
  const item = {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    marginInlineEnd: tokens.spacingHorizontalM,
    minWidth: 0,
    overflowWrap: "anywhere",
  } as const;
  const swatch = (color: string, dash?: string, marker?: (typeof MARKERS)[number]) => (
    <svg width={22} height={10} aria-hidden="true" style={{ flexShrink: 0 }}>
      <line x1={0} x2={22} y1={5} y2={5} stroke={color} strokeWidth={2} strokeDasharray={dash} />
      {marker && <Marker shape={marker} x={11} y={5} color={color} />}
    </svg>
  );
  return (
    <div style={{ fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 }} data-testid="chart-legend">
      {series.map((s, k) => (
        <span key={k} style={item}>
          {swatch(SERIES_COLORS[k % SERIES_COLORS.length], DASHES[k % DASHES.length], MARKERS[k % MARKERS.length])}
          {s.name}
        </span>
      ))}
      {references.map((r, k) => (
        <span key={`r${k}`} style={item}>
          {swatch(tokens.colorPaletteRedForeground1, "4 2")}
          {r.label}
        </span>
      ))}
    </div>
  );
}
