/**
 * A light SVG line chart of closing cash per week: the plan, the stress scenarios and the buffer (dashed). Drawn for a
 * 270–320 px pane (the viewBox scales); a legend below names each line. No chart library (see BarChart).
 */
import { tokens } from "@fluentui/react-components";

export interface CashLine {
  label: string;
  values: number[];
  /** The plan is drawn thicker; the buffer dashed. */
  kind: "plan" | "scenario" | "buffer";
}

const COLORS = [tokens.colorPaletteDarkOrangeForeground1, tokens.colorPaletteBerryForeground1, tokens.colorPaletteTealForeground2, tokens.colorPalettePurpleForeground2, tokens.colorPaletteMarigoldForeground1, tokens.colorPaletteGreenForeground1];

export function CashChart({ lines, title, height = 150 }: { lines: CashLine[]; title: string; height?: number }) {
  const width = 300;
  const pad = 6;
  const all = lines.flatMap((l) => l.values);
  const max = Math.max(0, ...all);
  const min = Math.min(0, ...all);
  const span = max - min || 1;
  const count = Math.max(2, ...lines.map((l) => l.values.length));
  const x = (i: number) => pad + (i / (count - 1)) * (width - 2 * pad);
  const y = (v: number) => pad + ((max - v) / span) * (height - 2 * pad);
  let scenario = 0;
  const styled = lines.map((l) => ({
    ...l,
    color: l.kind === "plan" ? tokens.colorBrandForeground1 : l.kind === "buffer" ? tokens.colorPaletteRedForeground1 : COLORS[scenario++ % COLORS.length],
  }));
  return (
    <figure style={{ margin: 0 }}>
      <svg role="img" aria-label={title} viewBox={`0 0 ${width} ${height}`} width="100%" height={height} style={{ display: "block" }}>
        <title>{title}</title>
        <line x1={0} x2={width} y1={y(0)} y2={y(0)} stroke={tokens.colorNeutralStroke1} />
        {styled.map((l, k) => (
          <polyline
            key={k}
            fill="none"
            stroke={l.color}
            strokeWidth={l.kind === "plan" ? 2.5 : 1.25}
            strokeDasharray={l.kind === "buffer" ? "4 3" : undefined}
            points={l.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(" ")}
          >
            <title>{l.label}</title>
          </polyline>
        ))}
      </svg>
      <figcaption style={{ display: "flex", flexWrap: "wrap", gap: "2px 10px", fontSize: tokens.fontSizeBase100 }}>
        {styled.map((l, k) => (
          <span key={k} style={{ display: "inline-flex", alignItems: "center", gap: 4 }}>
            <svg width="14" height="6" aria-hidden="true"><line x1="0" x2="14" y1="3" y2="3" stroke={l.color} strokeWidth={2} strokeDasharray={l.kind === "buffer" ? "4 2" : undefined} /></svg>
            {l.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
