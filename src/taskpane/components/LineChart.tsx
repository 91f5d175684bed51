/**
 * A light SVG line chart with a value axis (the KPI trend): no chart library. Each point can be hovered or focused
 * (Tab) to read its value in the line above the chart, which is also announced to screen readers; each point has
 * its value as its accessible name, and the tab shows the same figures as a table.
 */
import { tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { niceTicks } from "./axisTicks";
import { CHAR_WIDTH, LABEL_PX, labelWidth } from "./charts/ChartFrame";
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
  const WIDTH = useWidth(box);
  const [active, setActive] = useState<number | null>(null);
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values));
  const lo = ticks[0];
  const hi = ticks[ticks.length - 1];
  const plotH = height - TOP - BOTTOM;
  const LEFT = Math.max(...ticks.map((t) => labelWidth(formatTick(t)))) + 8;
  const y = (v: number) => TOP + plotH - ((v - lo) / (hi - lo || 1)) * plotH;
  const slot = (WIDTH - LEFT - RIGHT) / Math.max(1, points.length);
  const x = (i: number) => LEFT + slot * (i + 0.5);
  // Month labels ("2025-06", "2025年6月") never overlap: every k-th one, the latest always shown.
  const widest = Math.max(1, ...points.map((p) => p.label.length)) * CHAR_WIDTH + 6;
  const every = Math.max(1, Math.ceil(widest / slot));
  let path = "";
  points.forEach((p, i) => {
    if (p.value === null) return;
    path += `${path === "" || points[i - 1]?.value === null ? "M" : "L"}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`;
  });
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
        width={WIDTH}
        height={height}
        style={{ display: "block" }}
        onMouseLeave={() => setActive(null)}
        data-testid="pane-chart"
      >
        <title>{title}</title>
        <text
          data-testid="axis-title"
          x={0}
          y={LABEL_PX}
          style={{ fontSize: LABEL_PX }}
          fill={tokens.colorNeutralForeground2}
          aria-hidden="true"
        >
          {valueTitle}
        </text>
        <text
          data-testid="axis-title"
          x={LEFT + (WIDTH - LEFT - RIGHT) / 2}
          y={height - 3}
          textAnchor="middle"
          style={{ fontSize: LABEL_PX }}
          fill={tokens.colorNeutralForeground2}
          aria-hidden="true"
        >
          {categoryTitle}
        </text>
        {ticks.map((t) => (
          <g key={t} aria-hidden="true">
            <line
              x1={LEFT}
              x2={WIDTH - RIGHT}
              y1={y(t)}
              y2={y(t)}
              stroke={t === 0 ? tokens.colorNeutralStroke1 : tokens.colorNeutralStroke3}
            />
            <text
              x={LEFT - 4}
              y={y(t)}
              dy="0.32em"
              textAnchor="end"
              style={{ fontSize: LABEL_PX }}
              fill={tokens.colorNeutralForeground2}
            >
              {formatTick(t)}
            </text>
          </g>
        ))}
        {points.map((p, i) => (
          <rect
            key={`hit${i}`}
            x={LEFT + slot * i}
            y={TOP}
            width={slot}
            height={plotH}
            fill="transparent"
            aria-hidden="true"
            onMouseEnter={() => setActive(p.value === null ? null : i)}
          />
        ))}
        <path d={path} fill="none" stroke={tokens.colorBrandForeground1} strokeWidth={2} aria-hidden="true" />
        {points.map((p, i) => (
          <g key={i}>
            {i % every === (points.length - 1) % every && (
              <text
                x={i === points.length - 1 ? WIDTH - 1 : x(i)}
                y={TOP + plotH + LABEL_PX + 4}
                textAnchor={i === points.length - 1 ? "end" : "middle"}
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
        ))}
      </svg>
    </div>
  );
}

function lastWithValue(points: LinePoint[]): number | null {
  for (let i = points.length - 1; i >= 0; i--) if (points[i].value !== null) return i;
  return null;
}
