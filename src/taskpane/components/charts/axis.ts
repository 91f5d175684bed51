/**
 * Value axis for the taskpane's charts: "nice" ticks (1, 2, 2.5 or 5 × 10^k, Heckbert's Graphics Gems "nice
 * numbers") covering the data and zero, and the mapping from value to pixel.
 */
export interface Axis {
  min: number;
  max: number;
  ticks: number[];
  /** Pixel y of a value, 0 at the top of the plot, `height` at its bottom. */
  y: (value: number, height: number) => number;
}

function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const f = rough / power;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * power;
}

/** Ticks for the values (zero always included), about `count` of them. */
export function valueAxis(values: number[], count = 4): Axis {
  const finite = values.filter((v) => Number.isFinite(v));
  let lo = Math.min(0, ...finite);
  let hi = Math.max(0, ...finite);
  if (lo === hi) hi = lo + 1;
  const step = niceStep((hi - lo) / Math.max(1, count));
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let v = lo; v <= hi + step / 2; v += step)
    ticks.push(Math.abs(v) < step / 1e6 ? 0 : Math.round(v / step) * step);
  const span = hi - lo;
  return { min: lo, max: hi, ticks, y: (value, height) => ((hi - value) / span) * height };
}

/** A label cut to about `width` pixels at `charWidth` pixels a character, with an ellipsis. */
export function fitLabel(label: string, width: number, charWidth: number): string {
  const room = Math.floor(width / charWidth);
  if (label.length <= room) return label;
  return room <= 1 ? "" : `${label.slice(0, room - 1)}…`;
}
