/**
 * A light SVG line chart with a value axis (the KPI trend): no chart library. Each point can be hovered or focused
 * (Tab) to read its value in the line above the chart, which is also announced to screen readers; each point has
 * its value as its accessible name, and the tab shows the same figures as a table.
 */
import { tokens } from "@fluentui/react-components";
import { useState } from "react";
import { niceTicks } from "./axisTicks";

export interface LinePoint {
  /** Axis label (short month). */
  label: string;
  value: number | null;
  /** Text read on hover, focus and by screen readers, e.g. "Jun 25: 41.2 days". */
  text: string;
}

const WIDTH = 320;
const LEFT = 46;
const RIGHT = 8;
const TOP = 8;
const BOTTOM = 18;

export function LineChart({ points, title, formatTick, height = 150, testId }: { points: LinePoint[]; title: string; formatTick: (v: number) => string; height?: number; testId?: string }) {
  const [active, setActive] = useState<number | null>(null);
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values));
  const lo = ticks[0];
  const hi = ticks[ticks.length - 1];
  const plotH = height - TOP - BOTTOM;
  const y = (v: number) => TOP + plotH - ((v - lo) / (hi - lo || 1)) * plotH;
  const slot = (WIDTH - LEFT - RIGHT) / Math.max(1, points.length);
  const x = (i: number) => LEFT + slot * (i + 0.5);
  const every = Math.ceil(points.length / 6); // at most six month labels fit under 270 px
  let path = "";
  points.forEach((p, i) => {
    if (p.value === null) return;
    path += `${path === "" || points[i - 1]?.value === null ? "M" : "L"}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`;
  });
  const shown = active ?? lastWithValue(points);
  return (
    <div data-testid={testId}>
      <div aria-live="polite" style={{ fontSize: tokens.fontSizeBase200, minHeight: "1.4em", color: tokens.colorNeutralForeground2 }} data-testid={testId ? `${testId}-readout` : undefined}>
        {shown !== null ? points[shown].text : ""}
      </div>
      <svg role="group" aria-label={title} viewBox={`0 0 ${WIDTH} ${height}`} width="100%" height={height} style={{ display: "block" }} onMouseLeave={() => setActive(null)}>
        <title>{title}</title>
        {ticks.map((t) => (
          <g key={t} aria-hidden="true">
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(t)} y2={y(t)} stroke={t === 0 ? tokens.colorNeutralStroke1 : tokens.colorNeutralStroke3} />
            <text x={LEFT - 4} y={y(t) + 3} textAnchor="end" fontSize={9} fill={tokens.colorNeutralForeground2}>
              {formatTick(t)}
            </text>
          </g>
        ))}
        {points.map((p, i) => (
          <rect key={`hit${i}`} x={LEFT + slot * i} y={TOP} width={slot} height={plotH} fill="transparent" aria-hidden="true" onMouseEnter={() => setActive(p.value === null ? null : i)} />
        ))}
        <path d={path} fill="none" stroke={tokens.colorBrandForeground1} strokeWidth={2} aria-hidden="true" />
        {points.map((p, i) => (
          <g key={i}>
            {i % every === (points.length - 1) % every && (
              <text x={i === points.length - 1 ? WIDTH - 1 : x(i)} y={height - 5} textAnchor={i === points.length - 1 ? "end" : "middle"} fontSize={9} fill={tokens.colorNeutralForeground2} aria-hidden="true">
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
