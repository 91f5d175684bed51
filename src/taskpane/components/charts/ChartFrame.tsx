/**
 * What every taskpane chart shares: the measured width, a value axis with formatted ticks, a readout line that shows
 * the value under the pointer or the keyboard focus (arrow keys move along the points), and the figures as a list
 * for screen readers. The plot itself (bars, lines) is drawn by the chart through `children`.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { KeyboardEvent, ReactNode, useRef, useState } from "react";
import { Axis, fitLabel } from "./axis";
import { useWidth } from "./useWidth";

/** Every label in a chart is at least this large (pixels): readable at the pane's 270 px. */
export const LABEL_PX = 12;
export const CHAR_WIDTH = 7; // px per character of 12 px text, for fitting labels
/** A full-width character (Chinese, ¥ in a CJK font) takes the font's whole size: 12 px. */
const WIDE_CHAR_WIDTH = 12;

/** The width a label of 12 px text takes: full-width characters count as wide as the font. */
export function labelWidth(text: string): number {
  let px = 0;
  for (const ch of text) px += ch.charCodeAt(0) >= 0x2e80 ? WIDE_CHAR_WIDTH : CHAR_WIDTH;
  return px;
}
const TICK_GAP = 4;
const TOP = 22; // room above the plot for the value axis's title and the top tick label

const useStyles = makeStyles({
  // Positioned, so the visually hidden list (absolute) stays inside the pane's scroll box and never grows the page.
  figure: { margin: 0, minWidth: 0, position: "relative" },
  readout: {
    minHeight: "1.4em",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  svg: {
    display: "block",
    overflow: "visible",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  srOnly: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    margin: "-1px",
    padding: 0,
    border: 0,
  },
});

export interface PlotArea {
  /** Left edge of the plot (after the tick labels) and its width and height, in pixels. */
  left: number;
  width: number;
  height: number;
  active: number | null;
  setActive: (index: number | null) => void;
}

export interface ChartFrameProps {
  title: string;
  axis: Axis;
  formatTick: (value: number) => string;
  /** Category labels under the plot (cut to fit), one per point. */
  labels: string[];
  /** The text of each point: the readout and the screen-reader list. */
  texts: string[];
  /** Shown in the readout while no point is active. */
  hint: string;
  /** Axis titles with their units: "Amount (CNY)", "Week starting". */
  valueTitle: string;
  categoryTitle: string;
  height: number;
  children: (area: PlotArea) => ReactNode;
}

/** Where things go at the measured width: the plot's left edge (after the widest tick label), its size, a slot each. */
function frameLayout(props: ChartFrameProps, width: number) {
  const tickLabels = props.axis.ticks.map(props.formatTick);
  const left = Math.max(...tickLabels.map(labelWidth)) + TICK_GAP * 2;
  const labelRow = LABEL_PX + 6 + LABEL_PX + 6; // category labels, then the category axis's title
  const plotHeight = props.height - labelRow;
  const plotWidth = Math.max(40, width - left - 2);
  const slot = plotWidth / Math.max(1, props.labels.length);
  return { tickLabels, left, plotHeight, plotWidth, slot, every: labelEvery(props.labels, slot) };
}
type FrameLayout = ReturnType<typeof frameLayout>;

/** Every k-th category label, so that the labels never overlap. */
function labelEvery(labels: string[], slot: number): number {
  const widest = Math.max(1, ...labels.map((l) => l.length)) * CHAR_WIDTH;
  // Short labels (week numbers) are never cut: every k-th one shows whole; longer ones are cut to their room.
  return widest <= 4 * CHAR_WIDTH
    ? Math.max(1, Math.ceil((widest + 4) / slot))
    : slot >= Math.min(widest, 7 * CHAR_WIDTH)
      ? 1
      : Math.ceil(Math.min(widest, 4 * CHAR_WIDTH) / slot);
}

/** The point a key moves to among `n` (arrows step, Home and End jump), or null for any other key. */
function pointAfterKey(key: string, active: number | null, n: number): number | null {
  const current = active ?? -1;
  if (key === "ArrowRight" || key === "ArrowDown") return Math.min(n - 1, current + 1);
  if (key === "ArrowLeft" || key === "ArrowUp") return Math.max(0, current - 1);
  if (key === "Home") return 0;
  if (key === "End") return n - 1;
  return null;
}

/**
 * An axis's title in the charts' 12 px label text. `hidden` keeps it from screen readers where the chart's figures
 * are read another way (the trend chart's points).
 */
export function AxisTitle(props: { x: number; y: number; middle?: boolean; hidden?: boolean; children: ReactNode }) {
  return (
    <text
      data-testid="axis-title"
      x={props.x}
      y={props.y}
      textAnchor={props.middle ? "middle" : undefined}
      style={{ fontSize: LABEL_PX }}
      fill={tokens.colorNeutralForeground2}
      aria-hidden={props.hidden ? "true" : undefined}
    >
      {props.children}
    </text>
  );
}

/** A value-axis tick: a grid line from `left` to `right` at `y` (the zero line darker), its label just left of it. */
export function ValueTick(props: {
  y: number;
  left: number;
  right: number;
  label: string;
  zero: boolean;
  hidden?: boolean;
}) {
  const { y, left } = props;
  return (
    <g aria-hidden={props.hidden ? "true" : undefined}>
      <line
        x1={left}
        x2={props.right}
        y1={y}
        y2={y}
        stroke={props.zero ? tokens.colorNeutralStroke1 : tokens.colorNeutralStroke3}
      />
      <text
        x={left - TICK_GAP}
        y={y}
        dy="0.32em"
        textAnchor="end"
        style={{ fontSize: LABEL_PX }}
        fill={tokens.colorNeutralForeground2}
      >
        {props.label}
      </text>
    </g>
  );
}

/** The value axis's title above the plot, the category axis's title under the labels; both cut to the width. */
function AxisTitles({
  valueTitle,
  categoryTitle,
  height,
  layout,
  width,
}: Pick<ChartFrameProps, "valueTitle" | "categoryTitle" | "height"> & { layout: FrameLayout; width: number }) {
  return (
    <>
      <AxisTitle x={0} y={LABEL_PX}>
        {fitLabel(valueTitle, width, CHAR_WIDTH)}
      </AxisTitle>
      <AxisTitle x={layout.left + layout.plotWidth / 2} y={height + TOP - 2} middle>
        {fitLabel(categoryTitle, width, CHAR_WIDTH)}
      </AxisTitle>
    </>
  );
}

/** A grid line and its label at each tick. */
function ValueTicks({ axis, layout }: { axis: Axis; layout: FrameLayout }) {
  const { left, plotWidth, plotHeight, tickLabels } = layout;
  return axis.ticks.map((tick, i) => (
    <ValueTick
      key={tick}
      y={axis.y(tick, plotHeight)}
      left={left}
      right={left + plotWidth}
      label={tickLabels[i]}
      zero={tick === 0}
    />
  ));
}

/** Every k-th category label under its slot, cut to the room of k slots. */
function CategoryLabels({ labels, layout }: { labels: string[]; layout: FrameLayout }) {
  const { left, slot, every, plotHeight } = layout;
  return labels.map((label, i) =>
    i % every === 0 ? (
      <text
        key={i}
        x={left + slot * (i + 0.5)}
        y={plotHeight + LABEL_PX + 4}
        textAnchor="middle"
        style={{ fontSize: LABEL_PX }}
        fill={tokens.colorNeutralForeground2}
      >
        {fitLabel(label, slot * every - 2, CHAR_WIDTH)}
      </text>
    ) : null,
  );
}

export function ChartFrame(props: ChartFrameProps) {
  const styles = useStyles();
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  const [active, setActive] = useState<number | null>(null);
  const layout = frameLayout(props, width);
  const { left, plotWidth, plotHeight } = layout;
  const onKey = (e: KeyboardEvent<SVGSVGElement>) => {
    if (props.labels.length === 0) return;
    const next = pointAfterKey(e.key, active, props.labels.length);
    if (next === null) return;
    e.preventDefault();
    setActive(next);
  };
  return (
    <figure className={styles.figure} aria-label={props.title}>
      <div ref={box} style={{ width: "100%" }}>
        <div className={styles.readout} aria-live="polite" data-testid="chart-readout">
          {active === null ? props.hint : props.texts[active]}
        </div>
        <svg
          className={styles.svg}
          width={width}
          height={props.height + TOP}
          data-testid="pane-chart"
          role="img"
          aria-label={props.title}
          tabIndex={0}
          onKeyDown={onKey}
          onBlur={() => setActive(null)}
          onMouseLeave={() => setActive(null)}
        >
          <AxisTitles
            valueTitle={props.valueTitle}
            categoryTitle={props.categoryTitle}
            height={props.height}
            layout={layout}
            width={width}
          />
          <g transform={`translate(0 ${TOP})`}>
            <ValueTicks axis={props.axis} layout={layout} />
            {props.children({ left, width: plotWidth, height: plotHeight, active, setActive })}
            <CategoryLabels labels={props.labels} layout={layout} />
          </g>
        </svg>
      </div>
      <ul className={styles.srOnly} data-testid="chart-values" data-visually-hidden="">
        {props.texts.map((text, i) => (
          <li key={i}>{text}</li>
        ))}
      </ul>
    </figure>
  );
}
