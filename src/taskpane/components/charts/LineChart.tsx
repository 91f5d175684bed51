/**
 * A light SVG line chart: several series over the same categories (weeks, month-ends) and optional horizontal
 * reference lines (a cash buffer, a target DSO). See ./index.ts for the API.
 */
import { tokens } from "@fluentui/react-components";
import { valueAxis } from "./axis";
import { ChartFrame } from "./ChartFrame";

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
  formatTick: (value: number) => string;
  formatValue: (value: number) => string;
  hint: string;
  height?: number;
}

/** Series colours from the theme, in order; dashes tell the series apart without colour too. */
export const SERIES_COLORS = [tokens.colorBrandForeground1, tokens.colorPaletteDarkOrangeForeground1, tokens.colorPaletteGreenForeground1, tokens.colorPaletteBerryForeground1];
const DASHES = [undefined, "6 3", "2 3", "8 3 2 3"];

export function LineChart({ title, labels, series, references = [], formatTick, formatValue, hint, height = 160 }: LineChartProps) {
  const all = [...series.flatMap((s) => s.values.filter((v): v is number => v !== null)), ...references.map((r) => r.value)];
  const axis = valueAxis(all);
  const texts = labels.map(
    (label, i) =>
      `${label}: ${series.map((s) => `${s.name} ${s.values[i] === null || s.values[i] === undefined ? "–" : formatValue(s.values[i] as number)}`).join(", ")}` +
      (references.length ? `; ${references.map((r) => `${r.label} ${formatValue(r.value)}`).join(", ")}` : ""),
  );
  return (
    <div>
      <ChartFrame title={title} axis={axis} formatTick={formatTick} labels={labels} texts={texts} hint={hint} height={height}>
        {({ left, width, height: h, active, setActive }) => {
          const slot = width / Math.max(1, labels.length);
          const x = (i: number) => left + slot * (i + 0.5);
          return (
            <>
              {references.map((r, k) => (
                <line key={`ref${k}`} data-testid="chart-reference" x1={left} x2={left + width} y1={axis.y(r.value, h)} y2={axis.y(r.value, h)} stroke={tokens.colorPaletteRedForeground1} strokeDasharray="4 2" />
              ))}
              {series.map((s, k) => {
                // Split at gaps (null) so a missing point is not drawn as a line through it.
                const runs: string[] = [];
                let run = "";
                s.values.forEach((v, i) => {
                  if (v === null || v === undefined) {
                    if (run) runs.push(run);
                    run = "";
                  } else run += `${run ? "L" : "M"}${x(i).toFixed(1)},${axis.y(v, h).toFixed(1)}`;
                });
                if (run) runs.push(run);
                const color = SERIES_COLORS[k % SERIES_COLORS.length];
                return (
                  <g key={k} data-testid="chart-series">
                    {runs.map((d, j) => (
                      <path key={j} d={d} fill="none" stroke={color} strokeWidth={2} strokeDasharray={DASHES[k % DASHES.length]} />
                    ))}
                    {active !== null && s.values[active] !== null && s.values[active] !== undefined && <circle cx={x(active)} cy={axis.y(s.values[active] as number, h)} r={3.5} fill={color} />}
                  </g>
                );
              })}
              {labels.map((_, i) => (
                <rect key={`hit${i}`} x={left + slot * i} y={0} width={slot} height={h} fill="transparent" onMouseEnter={() => setActive(i)} />
              ))}
              {active !== null && <line x1={x(active)} x2={x(active)} y1={0} y2={h} stroke={tokens.colorNeutralStroke1} />}
            </>
          );
        }}
      </ChartFrame>
      <Legend series={series} references={references} />
    </div>
  );
}

function Legend({ series, references }: { series: LineSeries[]; references: ReferenceLine[] }) {
  const item = { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS, marginInlineEnd: tokens.spacingHorizontalM, minWidth: 0, overflowWrap: "anywhere" } as const;
  const swatch = (color: string, dash?: string) => (
    <svg width={18} height={8} aria-hidden="true" style={{ flexShrink: 0 }}>
      <line x1={0} x2={18} y1={4} y2={4} stroke={color} strokeWidth={2} strokeDasharray={dash} />
    </svg>
  );
  return (
    <div style={{ fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 }} data-testid="chart-legend">
      {series.map((s, k) => (
        <span key={k} style={item}>
          {swatch(SERIES_COLORS[k % SERIES_COLORS.length], DASHES[k % DASHES.length])}
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
