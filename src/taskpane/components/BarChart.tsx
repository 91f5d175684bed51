/**
 * A light SVG bar chart (aging buckets, forecast weeks): no chart library, so the first paint stays small.
 * Negative bars (credit notes) go below the axis. The figure has a title for screen readers and a visible table
 * of the same figures sits beside it in each tab.
 */
import { tokens } from "@fluentui/react-components";

export interface Bar {
  label: string;
  value: number;
  /** Text shown on hover and read by screen readers. */
  text: string;
}

export function BarChart({ bars, title, height = 140 }: { bars: Bar[]; title: string; height?: number }) {
  const width = 320;
  const labelSpace = 18;
  const max = Math.max(0, ...bars.map((b) => b.value));
  const min = Math.min(0, ...bars.map((b) => b.value));
  const span = max - min || 1;
  const plot = height - labelSpace;
  const zero = (max / span) * plot;
  const slot = width / Math.max(1, bars.length);
  const barWidth = Math.max(4, slot * 0.7);
  return (
    <svg role="img" aria-label={title} viewBox={`0 0 ${width} ${height}`} width="100%" height={height} style={{ display: "block" }}>
      <title>{title}</title>
      <line x1={0} x2={width} y1={zero} y2={zero} stroke={tokens.colorNeutralStroke1} />
      {bars.map((b, i) => {
        const h = (Math.abs(b.value) / span) * plot;
        const x = i * slot + (slot - barWidth) / 2;
        const y = b.value >= 0 ? zero - h : zero;
        return (
          <g key={i}>
            <rect x={x} y={y} width={barWidth} height={Math.max(h, b.value === 0 ? 0 : 1)} fill={b.value >= 0 ? tokens.colorBrandBackground : tokens.colorPaletteRedBackground3}>
              <title>{b.text}</title>
            </rect>
            <text x={x + barWidth / 2} y={height - 4} textAnchor="middle" fontSize={bars.length > 8 ? 8 : 10} fill={tokens.colorNeutralForeground2}>
              {b.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
