/**
 * A light SVG bar chart (no chart library: the first paint stays small). Negative bars (credit notes) go below
 * zero. See ./index.ts for the API.
 */
import { tokens } from "@fluentui/react-components";
import { listMarks } from "../../../i18n/charts";
import { useTexts } from "../../i18n";
import { valueAxis } from "./axis";
import { ChartFrame } from "./ChartFrame";

export interface Bar {
  /** Label under the bar (cut to fit the pane). */
  label: string;
  value: number;
  /** Full text for the readout and screen readers; default "label: formatValue(value)" (full-width colon in Chinese). */
  text?: string;
}

export interface BarChartProps {
  title: string;
  bars: Bar[];
  /** Short tick labels for the value axis ("¥1.2M"). */
  formatTick: (value: number) => string;
  /** The exact value ("¥1,234,567.00"). */
  formatValue: (value: number) => string;
  /** Readout text while no bar is pointed at or focused. */
  hint: string;
  /** Axis titles with their units ("Open amount (CNY)", "Age band"). */
  valueTitle: string;
  categoryTitle: string;
  height?: number;
}

export function BarChart({
  title,
  bars,
  formatTick,
  formatValue,
  hint,
  valueTitle,
  categoryTitle,
  height = 160,
}: BarChartProps) {
  const axis = valueAxis(bars.map((b) => b.value));
  const { colon } = listMarks(useTexts().language);
  const texts = bars.map((b) => b.text ?? `${b.label}${colon}${formatValue(b.value)}`);
  return (
    <ChartFrame
      title={title}
      axis={axis}
      formatTick={formatTick}
      labels={bars.map((b) => b.label)}
      texts={texts}
      hint={hint}
      valueTitle={valueTitle}
      categoryTitle={categoryTitle}
      height={height}
    >
      {({ left, width, height: h, active, setActive }) => {
        const slot = width / Math.max(1, bars.length);
        const barWidth = Math.max(3, slot * 0.7);
        const zero = axis.y(0, h);
        return bars.map((b, i) => {
          const y = axis.y(b.value, h);
          return (
            <rect
              key={i}
              data-testid="chart-bar"
              x={left + i * slot + (slot - barWidth) / 2}
              y={Math.min(y, zero)}
              width={barWidth}
              height={Math.max(Math.abs(zero - y), b.value === 0 ? 0 : 1)}
              fill={
                b.value >= 0
                  ? active === i
                    ? tokens.colorBrandBackgroundHover
                    : tokens.colorBrandBackground
                  : tokens.colorPaletteRedBackground3
              }
              stroke={active === i ? tokens.colorNeutralForeground1 : "none"}
              onMouseEnter={() => setActive(i)}
            />
          );
        });
      }}
    </ChartFrame>
  );
}
