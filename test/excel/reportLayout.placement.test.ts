import {
  CHART_ROWS,
  cellFormat,
  contentsName,
  displayText,
  excelFormat,
  layoutReport,
  textWidthPx,
} from "../../src/excel/reportLayout";
import type { ReportModel, ReportTable } from "../../src/excel/reportModel";

const table = (name: string, title: string, rows: ReportTable["rows"]): ReportTable => ({
  name,
  title,
  columns: [
    { header: "Customer", format: "text" },
    { header: "Open", format: "money" },
  ],
  rows,
});
const model = (over: Partial<ReportModel> = {}): ReportModel => ({
  sheetName: "AR Lens Report",
  heading: ["AR Lens", "Source: Ledger!A1:H19"],
  moneyFormat: '"$"#,##0.00',
  dateFormat: "yyyy-mm-dd",
  monthFormat: "yyyy-mm",
  percentFormat: "0.0%",
  tables: [
    table("Answer", "The answer", [["Alpha", 1]]),
    table("Aging", "Aging — open amounts by age", [
      ["Alpha", 2],
      ["Beta", 3],
    ]),
    table("Customers", "Customers: each one", [["Alpha", 4]]),
    table("Alerts", "Alerts", [["Beta", 5]]),
  ],
  charts: [],
  firstScreenTables: 1,
  contentsTitle: "Contents",
  ...over,
});

describe("the report's layout", () => {
  it("names a section by its title up to the first dash or colon", () => {
    expect(contentsName("Aging — open amounts by age")).toBe("Aging");
    expect(contentsName("账龄：按到期日")).toBe("账龄");
    expect(contentsName("Customers: each one")).toBe("Customers");
  });

  it("puts the first screen's tables under the heading, then contents in two columns linking to the rest", () => {
    const layout = layoutReport(model(), "_2");
    expect(layout.heading).toEqual([
      { row: 0, text: "AR Lens" },
      { row: 1, text: "Source: Ledger!A1:H19" },
    ]);
    const [answer, aging, customers, alerts] = layout.tables;
    expect([answer.excelName, answer.titleRow, answer.top, answer.rowCount]).toEqual(["ARLens_Answer_2", 3, 4, 2]);
    // Answer: title 3, header 4, one row 5, a blank 6: contents at 7, its links on 8 and 9 (two columns).
    expect(layout.contents.titleRow).toBe(7);
    expect(layout.contents.links.map((l) => [l.row, l.column, l.text, l.targetRow])).toEqual([
      [8, 0, "Aging", aging.titleRow],
      [9, 0, "Customers", customers.titleRow],
      [8, 4, "Alerts", alerts.titleRow],
    ]);
    expect(layout.firstScreenRows).toBe(10);
    expect(aging.titleRow).toBe(11);
    expect(customers.titleRow).toBeGreaterThan(aging.top + aging.rowCount);
  });

  it("places a table's chart under it and the next table under the chart", () => {
    const chart = { table: "Aging" } as ReportModel["charts"][number];
    const layout = layoutReport(model({ charts: [chart] }));
    const [, aging, customers] = layout.tables;
    expect(layout.charts).toHaveLength(1);
    expect(layout.charts[0].top).toBe(aging.top + aging.rowCount + 1);
    expect(customers.titleRow).toBeGreaterThanOrEqual(layout.charts[0].top + CHART_ROWS + 1);
  });

  it("estimates widths and display texts as Excel shows them", () => {
    expect(textWidthPx("abcd")).toBe(Math.ceil(4 * 7.3));
    expect(textWidthPx("应收")).toBe(Math.ceil(2 * 14.7));
    expect(textWidthPx("abcd", true)).toBeGreaterThan(textWidthPx("abcd"));
    const m = model();
    expect(displayText(m, 1234.5, "money")).toBe("$1,234.50");
    expect(displayText(m, 0.1234, "percent")).toBe("12.3%");
    expect(displayText(m, 45838, "date")).toBe("2025-06-30");
    expect(displayText(m, null, "money")).toBe("");
    expect(excelFormat(m, "money")).toBe('"$"#,##0.00');
    expect(excelFormat(m, "text")).toBe("@");
  });

  it("a body cell takes its row's own format where the table gives one, else its column's", () => {
    const t = {
      ...table("KPI", "KPI", [
        ["DSO", 38],
        ["Overdue", 0.2],
      ]),
      rowFormats: { columns: [1], formats: ["days", "percent"] },
    } as ReportTable;
    expect([cellFormat(t, 0, 1), cellFormat(t, 1, 1), cellFormat(t, 1, 0)]).toEqual(["days", "percent", "text"]);
  });
});
