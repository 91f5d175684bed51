/** A sheet chart drawn from its ranges: bars or lines (several series), a value axis, values on hover and as text. */
import { render } from "@testing-library/react";
import { SheetChartView } from "../../../src/preview/charts/SheetChartView";
import { MemoryWorkbook } from "../../../src/preview/workbook/memoryWorkbook";
import type { SheetChart } from "../../../src/preview/workbook/memoryWorkbook";

function sheet() {
  const b = new MemoryWorkbook();
  const s = b.addSheet("Report");
  b.load(s, [
    ["Month", "DSO", "Best possible DSO"],
    ["2025-01", 62.4, 36.9],
    ["2025-02", 58.1, ""],
    ["2025-03", 55, 35.2],
  ]);
  return s;
}

const chart = (kind: SheetChart["kind"], columns: number): SheetChart => ({
  kind,
  title: "KPI trend",
  data: { row: 0, column: 1, rows: 4, columns },
  categories: { row: 1, column: 0, rows: 3, columns: 1 },
  position: { row: 0, column: 4, rows: 16, columns: 8 },
});

test("a line chart of two series: one line each (a gap where a value is missing), a legend, values on hover", () => {
  const { container, getByRole } = render(
    <SheetChartView sheet={sheet()} chart={chart("line", 2)} width={600} height={300} language="en" />,
  );
  expect(getByRole("img", { name: "KPI trend" })).toBeTruthy();
  expect(container.querySelectorAll('[data-series="DSO"] polyline')).toHaveLength(1);
  expect(container.querySelectorAll('[data-series="Best possible DSO"] polyline')).toHaveLength(2);
  expect(container.querySelectorAll("circle")).toHaveLength(5);
  expect(Array.from(container.querySelectorAll("circle title")).map((t) => t.textContent)).toContain(
    "DSO · 2025-02: 58.1",
  );
  expect(container.textContent).toContain("Best possible DSO"); // legend
  expect(container.querySelector("desc")!.textContent).toBe(
    "DSO: 2025-01 62.4; 2025-02 58.1; 2025-03 55. Best possible DSO: 2025-01 36.9; 2025-02 —; 2025-03 35.2",
  );
  const ticks = Array.from(container.querySelectorAll('[data-testid="value-axis"] text')).map((t) => t.textContent);
  expect(ticks[0]).toBe("0");
  expect(ticks.length).toBeGreaterThan(2);
});

test("a column chart: one bar per value, its legend as Excel draws it, ticks in Chinese compact form", () => {
  const s = sheet();
  s.set(1, 1, 1_200_000);
  const { container } = render(
    <SheetChartView sheet={s} chart={chart("column", 1)} width={600} height={300} language="zh-CN" />,
  );
  expect(container.querySelectorAll("[data-series] rect[fill]").length).toBe(3);
  expect(container.textContent).not.toContain("Best possible DSO");
  const ticks = Array.from(container.querySelectorAll('[data-testid="value-axis"] text')).map((t) => t.textContent);
  expect(ticks).toEqual(["0", "25万", "50万", "75万", "100万", "125万"]);
});

test("axis titles, a dashed second line and a labelled point, as the report sets them", () => {
  const c: SheetChart = {
    ...chart("line", 2),
    axes: { categoryTitle: "Month-end", valueTitle: "Days" },
    seriesStyles: [{ marker: "Circle" }, { lineStyle: "Dash" }],
    labelledPoints: [{ series: 0, point: 2 }],
  };
  const { container } = render(<SheetChartView sheet={sheet()} chart={c} width={600} height={300} language="en" />);
  expect(
    Array.from(container.querySelectorAll('[data-testid="sheet-chart-axis-title"]')).map((t) => t.textContent),
  ).toEqual(["Days", "Month-end"]);
  expect(container.querySelector('[data-series="Best possible DSO"] polyline')!.getAttribute("stroke-dasharray")).toBe(
    "6 3",
  );
  expect(container.querySelector('[data-testid="sheet-chart-label"]')!.textContent).toBe("55");
  for (const t of container.querySelectorAll("text"))
    expect(
      Number(t.getAttribute("font-size") ?? t.closest("[font-size]")?.getAttribute("font-size")),
    ).toBeGreaterThanOrEqual(11);
});
