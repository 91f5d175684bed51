import { analyzeLedger } from "../../src/engine/analysis/analyze";
import { buildReport } from "../../src/excel/buildReport";
import { layoutReport } from "../../src/excel/reportLayout";
import { AS_OF, handLedger } from "../engine/analysis/handLedger";

const analyse = (trendMonths = 12) =>
  analyzeLedger(
    { values: handLedger(), sheet: "L", topLeft: "A1" },
    { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced", trendMonths },
  );

describe("the KPI trend on the report sheet", () => {
  it("is a table of the month-ends (figures as the engine gives them, days to one decimal) with a line chart beside it", () => {
    const a = analyse();
    const model = buildReport(a, "en");
    const table = model.tables.find((t) => t.name === "KpiTrend")!;
    expect(table.title).toBe("KPI trend (last 12 month-ends)");
    // DSO's window in its header, as a reader says it: one pair of brackets in Chinese, the days named.
    expect(table.columns[4].header).toBe("DSO (90 days)");
    const zh = buildReport(a, "zh-CN").tables.find((t) => t.name === "KpiTrend")!;
    expect(zh.columns[4].header).toBe("DSO（应收账款周转天数，90 天）");
    expect(table.rows).toHaveLength(12);
    const last = a.kpiTrend.points[11];
    const r1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);
    expect(table.rows[11]).toEqual([
      last.monthEnd,
      last.totalOpen,
      last.overdueShare,
      last.over90Share,
      r1(last.dso),
      r1(last.bestPossibleDso),
      r1(last.averageDaysDelinquent),
      last.cei === null ? null : Math.round(last.cei * 100) / 10000,
      r1(last.paidWeightedDaysLate),
    ]);
    const chart = model.charts.find((c) => c.table === "KpiTrend")!;
    expect(chart).toEqual({
      kind: "line",
      title: "DSO, best possible DSO and ADD at each month-end",
      table: "KpiTrend",
      series: [4, 5, 6],
      categoryTitle: "Month-end",
      valueTitle: "Days",
      valueFormat: "0",
    });
    expect(table.columns.map((c) => c.format)).toEqual([
      "month",
      "money",
      "percent",
      "percent",
      "days",
      "days",
      "days",
      "percent",
      "days",
    ]);
    // Under its table, within the first screen's width (no chart off-screen at column K).
    const layout = layoutReport(model);
    const placed = layout.charts.find((c) => c.chart === chart)!;
    const tablePlaced = layout.tables.find((t) => t.table === table)!;
    expect(placed.left).toBe(0);
    expect(placed.top).toBeGreaterThan(tablePlaced.top + tablePlaced.rowCount - 1);
  });

  it("in Chinese, with 24 month-ends on request", () => {
    const model = buildReport(analyse(24), "zh-CN");
    const table = model.tables.find((t) => t.name === "KpiTrend")!;
    expect(table.title).toBe("关键指标趋势（最近 24 个月末）");
    expect(table.rows).toHaveLength(24);
    expect(table.columns[0].header).toBe("月末");
    expect(model.charts.find((c) => c.table === "KpiTrend")!.title).toBe(
      "各月末的应收账款周转天数、最佳周转天数与平均逾期天数",
    );
  });
});
