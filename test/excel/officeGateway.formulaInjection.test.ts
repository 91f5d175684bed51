/**
 * Formula injection: customer names that Excel would run as formulas must reach the report sheet as literal text,
 * in every table and heading line. The stand-in turns a formula-like string in a non-text cell into a formula,
 * as Excel does (test/preview/workbook/excelApi.strict.test.ts), so a report cell written without the text
 * format shows up here as a formula.
 */
import { analyzeLedger } from "../../src/engine/analysis/analyze";
import { buildReport } from "../../src/excel/buildReport";
import { createOfficeGateway } from "../../src/excel/officeGateway";
import { memoryExcelRun } from "../../src/preview/workbook/excelApi";
import { MemoryWorkbook } from "../../src/preview/workbook/memoryWorkbook";
import { AS_OF, d } from "../engine/analysis/handLedger";

const NAMES = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3"];
const settings = {
  asOf: AS_OF,
  agingBasis: "due" as const,
  dateOrder: "auto" as const,
  riskAppetite: "balanced" as const,
};

function hostileLedger(): unknown[][] {
  const rows: unknown[][] = [
    ["Customer", "Invoice No", "Invoice Date", "Due Date", "Amount", "Paid Amount", "Paid Date"],
  ];
  NAMES.forEach((name, i) => {
    // Overdue open invoices (plans, alerts), a paid history (grades), and a bad row (issues quote the name's row).
    rows.push([name, `INV-${i}01`, d("2025-01-10"), d("2025-02-09"), 50_000 + i, "", ""]);
    rows.push([name, `INV-${i}02`, d("2024-11-01"), d("2024-12-01"), 1000, 1000, d("2025-01-20")]);
    rows.push([name, `INV-${i}03`, d("2025-06-01"), d("2025-07-01"), 2000, "", ""]);
    rows.push([name, `INV-${i}04`, d("2025-06-01"), d("2025-07-01"), "n/a", "", ""]);
  });
  return rows;
}

describe.each(["en", "zh-CN"] as const)("hostile customer names (%s)", (language) => {
  test("arrive in the report sheet as literal text, never as formulas", async () => {
    const book = new MemoryWorkbook();
    const ledger = book.addSheet("Ledger");
    book.load(ledger, hostileLedger() as (string | number)[][], [
      "General",
      "@",
      "yyyy-mm-dd",
      "yyyy-mm-dd",
      "#,##0.00",
      "#,##0.00",
      "yyyy-mm-dd",
    ]);
    const gateway = createOfficeGateway(memoryExcelRun(book), "memory");
    const analysis = analyzeLedger(await gateway.readRange("Ledger!A1:G17"), settings);
    expect(analysis.customers.map((c) => c.customer).sort()).toEqual([...NAMES].sort());
    const model = buildReport(analysis, language);
    // Also a heading line and a table title that start with a hostile name (the report's own text may quote one).
    model.heading.push(NAMES[0], NAMES[3]);
    model.tables[0].title = NAMES[2];
    // And one in a column formatted as a number (the writer gives that cell the text format).
    const aging = model.tables.find((t) => t.name === "Aging")!;
    expect(aging.columns[1].format).not.toBe("text");
    aging.rows[0][1] = NAMES[1];
    const { sheetName } = await gateway.writeReport(model);
    const report = book.sheet(sheetName)!;

    expect([...report.formulas.entries()]).toEqual([]);
    // Every heading line, literally.
    model.heading.forEach((text, row) => expect(report.get(row, 0)).toBe(text));
    // Every table whose cells held a hostile name holds it literally, in the same place.
    const found = new Map<string, number>();
    for (const t of model.tables) {
      const placed = report.tables.find((p) => p.name.startsWith(`ARLens_${t.name}`))!;
      expect(report.get(placed.row - 1, placed.column)).toBe(t.title);
      t.rows.forEach((row, i) =>
        row.forEach((v, c) => {
          if (typeof v === "string" && /^[=+\-@]/.test(v)) {
            expect(report.get(placed.row + 1 + i, placed.column + c)).toBe(v);
            found.set(t.name, (found.get(t.name) ?? 0) + 1);
          }
        }),
      );
    }
    // The names really went through the customer tables (the test would prove nothing otherwise).
    expect(found.get("Customers")).toBeGreaterThanOrEqual(NAMES.length);
    expect(found.get("Plans")).toBeGreaterThanOrEqual(1);
    expect(found.get("Aging")).toBe(1);
  });
});
