/**
 * The taskpane's charts: light SVG (no chart library), drawn at the pane's measured width, for 270 px and up.
 *
 *   <BarChart title bars={[{ label, value, text? }]} formatTick formatValue hint height? />
 *   <LineChart title labels={[...]} series={[{ name, values: (number | null)[] }]}
 *              references={[{ label, value }]} formatTick formatValue hint height? />
 *
 * - `title` names the chart for screen readers (the svg is role="img"); put a visible heading above it yourself.
 * - `formatTick` gives the short value-axis labels (use `moneyShort` from useTexts() for money, "¥1.2M"),
 *   `formatValue` the exact value (use `money`, `days`, `percent` — src/i18n/format.ts, never hand-formatted).
 * - `hint` is the readout line's text while nothing is pointed at ("Point at or focus a bar to read its value").
 * - The readout shows a point's text on hover, and on keyboard focus with ←/→ (Home/End); every point's text is also
 *   in a visually hidden list. Keep the table of the same figures below the chart: the chart is a picture of it.
 * - Colours come from Fluent tokens; the line series also differ by dash, so they are told apart without colour.
 */
export { BarChart } from "./BarChart";
export type { Bar, BarChartProps } from "./BarChart";
export { LineChart, SERIES_COLORS } from "./LineChart";
export type { LineChartProps, LineSeries, ReferenceLine } from "./LineChart";
export { valueAxis } from "./axis";
