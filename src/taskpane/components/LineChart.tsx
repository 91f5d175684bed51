/**
 * A light SVG line chart with a value axis (the KPI trend): no chart library. Each point can be hovered or focused
 * (Tab) to read its value in the line above the chart, which is also announced to screen readers; each point has
 * its value as its accessible name, and the tab shows the same figures as a table.
 */
import { tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { niceTicks } from "./axisTicks";
import { AxisTitle, CHAR_WIDTH, LABEL_PX, labelWidth, ValueTick } from "./charts/ChartFrame";
import { useWidth } from "./charts/useWidth";

export interface LinePoint {
  /** Axis label (short month). */
  label: string;
  value: number | null;
  /** Text read on hover, focus and by screen readers, e.g. "Jun 25: 41.2 days". */
  text: string;
}

const RIGHT = 8;
const TOP = LABEL_PX + 12; // the value axis's title, then room for the top tick label
const BOTTOM = LABEL_PX * 2 + 12; // month labels, then the category axis's title

export interface LineChartProps {
  points: LinePoint[];
  title: string;
  formatTick: (v: number) => string;
  /** Axis titles with their units: "DSO (days)", "Month-end". */
  valueTitle: string;
  categoryTitle: string;
  height?: number;
  testId?: string;
}

/** Where things go at the measured width: ticks and the value scale, a slot per month, which month labels show. */
function trendLayout(points: LinePoint[], formatTick: (v: number) => string, height: number, width: number) {
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values));
  const lo = ticks[0];
  const hi = ticks[ticks.length - 1];
  const plotH = height - TOP - BOTTOM;
  const left = Math.max(...ticks.map((t) => labelWidth(formatTick(t)))) + 8;
  const y = (v: number) => TOP + plotH - ((v - lo) / (hi - lo || 1)) * plotH;
  const slot = (width - left - RIGHT) / Math.max(1, points.length);
  const x = (i: number) => left + slot * (i + 0.5);
  // Month labels ("2025-06", "2025年6月") never overlap: every k-th one, the latest always shown.
  const widest = Math.max(1, ...points.map((p) => p.label.length)) * CHAR_WIDTH + 6;
  const every = Math.max(1, Math.ceil(widest / slot));
  return { ticks, plotH, left, y, slot, x, every, width, height };
}
type TrendLayout = ReturnType<typeof trendLayout>;

/** The line through the points with a value: a month with none breaks it (a new move, not a line across). */
function linePath(points: LinePoint[], { x, y }: TrendLayout): string {
  let path = "";
  points.forEach((p, i) => {
    if (p.value === null) return;
    path += `${path === "" || points[i - 1]?.value === null ? "M" : "L"}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`;
  });
  return path;
}

/** The value axis's title above the plot, the category axis's title at the foot (the points are read instead). */
function AxisTitles({
  layout,
  valueTitle,
  categoryTitle,
}: {
  layout: TrendLayout;
  valueTitle: string;
  categoryTitle: string;
}) {
  const { left, width, height } = layout;
  return (
    <>
      <AxisTitle x={0} y={LABEL_PX} hidden>
        {valueTitle}
      </AxisTitle>
      <AxisTitle x={left + (width - left - RIGHT) / 2} y={height - 3} middle hidden>
        {categoryTitle}
      </AxisTitle>
    </>
  );
}

/** A grid line and its label at each tick, hidden from screen readers (each point says its value). */
function ValueTicks({ layout, formatTick }: { layout: TrendLayout; formatTick: (v: number) => string }) {
  const { ticks, left, width, y } = layout;
  return ticks.map((t) => (
    <ValueTick key={t} y={y(t)} left={left} right={width - RIGHT} label={formatTick(t)} zero={t === 0} hidden />
  ));
}

interface PointsProps {
  points: LinePoint[];
  layout: TrendLayout;
  active: number | null;
  setActive: (i: number | null) => void;
}

/** A slot per month the height of the plot: pointing anywhere in it reads that month (nothing for a gap). */
function HoverSlots({ points, layout, setActive }: Omit<PointsProps, "active">) {
  const { left, slot, plotH } = layout;
  return points.map((p, i) => (
    <rect
      key={`hit${i}`}
      x={left + slot * i}
      y={TOP}
      width={slot}
      height={plotH}
      fill="transparent"
      aria-hidden="true"
      onMouseEnter={() => setActive(p.value === null ? null : i)}
    />
  ));
}

/** Each month: its label (every k-th, the latest at the right edge) and its point, focusable, named by its text. */
function MonthPoints({ points, layout, active, setActive }: PointsProps) {
  const { x, y, every, plotH, width } = layout;
  const last = points.length - 1;
  return points.map((p, i) => (
    <g key={i}>
      {i % every === last % every && (
        <text
          x={i === last ? width - 1 : x(i)}
          y={TOP + plotH + LABEL_PX + 4}
          textAnchor={i === last ? "end" : "middle"}
          style={{ fontSize: LABEL_PX }}
          fill={tokens.colorNeutralForeground2}
          aria-hidden="true"
        >
          {p.label}
        </text>
      )}
      {p.value !== null && (
        <circle
          cx={x(i)}
          cy={y(p.value)}
          r={active === i ? 5 : 3}
          fill={active === i ? tokens.colorBrandForeground1 : tokens.colorNeutralBackground1}
          stroke={tokens.colorBrandForeground1}
          strokeWidth={2}
          tabIndex={0}
          role="img"
          aria-label={p.text}
          onMouseEnter={() => setActive(i)}
          onFocus={() => setActive(i)}
          onBlur={() => setActive(null)}
        >
          <title>{p.text}</title>
        </circle>
      )}
    </g>
  ));
}

/** Drawn at the measured width (no viewBox scaling), so every label keeps its 12 px at a 270 px pane. */
export function LineChart({
  points,
  title,
  formatTick,
  valueTitle,
  categoryTitle,
  height = 170,
  testId,
}: LineChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  const [active, setActive] = useState<number | null>(null);
  const layout = trendLayout(points, formatTick, height, width);
  const shown = active ?? lastWithValue(points);
  return (
    <div data-testid={testId} ref={box} style={{ position: "relative" }}>
      <div
        aria-live="polite"
        style={{ fontSize: tokens.fontSizeBase200, minHeight: "1.4em", color: tokens.colorNeutralForeground2 }}
        data-testid={testId ? `${testId}-readout` : undefined}
      >
        {shown !== null ? points[shown].text : ""}
      </div>
      <svg
        role="group"
        aria-label={title}
        width={width}
        height={height}
        style={{ display: "block" }}
        onMouseLeave={() => setActive(null)}
        data-testid="pane-chart"
      >
        <title>{title}</title>
        <AxisTitles layout={layout} valueTitle={valueTitle} categoryTitle={categoryTitle} />
        <ValueTicks layout={layout} formatTick={formatTick} />
        <HoverSlots points={points} layout={layout} setActive={setActive} />
        <path
          d={linePath(points, layout)}
          fill="none"
          stroke={tokens.colorBrandForeground1}
          strokeWidth={2}
          aria-hidden="true"
        />
        <MonthPoints points={points} layout={layout} active={active} setActive={setActive} />
      </svg>
    </div>
  );
}

function lastWithValue(points: LinePoint[]): number | null {
  for (let i = points.length - 1; i >= 0; i--) if (points[i].value !== null) return i;
  return null;
}
