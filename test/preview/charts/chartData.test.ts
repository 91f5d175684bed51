/** A chart on a preview sheet is read from its ranges: series by columns, names from a text first row, categories. */
import { axisLabel, chartData, valueAxis } from "../../../src/preview/charts/chartData";
import { MemoryWorkbook } from "../../../src/preview/workbook/memoryWorkbook";

function sheetWithTable() {
  const b = new MemoryWorkbook();
  const s = b.addSheet("Report");
  b.load(s, [
    ["Week", "Expected", "Plan", "Note"],
    [46000, 1200.5, 1000, "x"],
    [46007, 800, "", "y"],
    [46014, -50, 900, "z"],
  ]);
  s.columnFormats = ["yyyy-mm-dd", "#,##0.00", "#,##0.00", "@"];
  return s;
}

test("a one-series column chart: name from the header, values, date categories as the cells show them", () => {
  const s = sheetWithTable();
  const d = chartData(s, {
    kind: "column",
    title: "Expected",
    data: { row: 0, column: 1, rows: 4, columns: 1 },
    categories: { row: 1, column: 0, rows: 3, columns: 1 },
    position: { row: 0, column: 5, rows: 10, columns: 6 },
  });
  expect(d.series).toEqual([{ name: "Expected", values: [1200.5, 800, -50] }]);
  expect(d.categories).toEqual(["2025-12-09", "2025-12-16", "2025-12-23"]);
  expect(d.format).toBe("#,##0.00");
});

test("a line chart of several series; a blank cell is a gap (null); no category range numbers the points", () => {
  const s = sheetWithTable();
  const d = chartData(s, {
    kind: "line",
    title: "",
    data: { row: 0, column: 1, rows: 4, columns: 2 },
    categories: null,
    position: { row: 0, column: 5, rows: 10, columns: 6 },
  });
  expect(d.series.map((x) => x.name)).toEqual(["Expected", "Plan"]);
  expect(d.series[1].values).toEqual([1000, null, 900]);
  expect(d.categories).toEqual(["1", "2", "3"]);
});

test("a data range without a text header: every row is a value, series are numbered", () => {
  const s = sheetWithTable();
  const d = chartData(s, {
    kind: "column",
    title: "",
    data: { row: 1, column: 1, rows: 3, columns: 1 },
    categories: null,
    position: { row: 0, column: 5, rows: 10, columns: 6 },
  });
  expect(d.series).toEqual([{ name: "Series 1", values: [1200.5, 800, -50] }]);
});

test("the value axis starts at zero (or below it), ends at or above the highest value, in 1-2-5 steps", () => {
  expect(valueAxis([120, 870, 430])).toEqual({ min: 0, max: 1000, ticks: [0, 200, 400, 600, 800, 1000] });
  const a = valueAxis([-50, 1200.5, 800, null]);
  expect(a.min).toBeLessThanOrEqual(-50);
  expect(a.max).toBeGreaterThanOrEqual(1200.5);
  expect(a.ticks).toContain(0);
  expect(valueAxis([]).ticks.length).toBeGreaterThan(1);
  expect(valueAxis([0, 0]).max).toBeGreaterThan(0);
});

test("tick labels are compact in both languages", () => {
  expect(axisLabel(1_200_000, "en")).toBe("1.2M");
  expect(axisLabel(1_200_000, "zh-CN")).toBe("120万");
  expect(axisLabel(0, "en")).toBe("0");
});
