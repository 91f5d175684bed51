/**
 * The report as written (in-memory stand-in of Excel): the first screen holds the answer within about 40 rows and 8
 * columns, one number format per kind, nothing cut off at the set column widths, charts with axis titles, links
 * from the contents, print areas — in English and Chinese.
 */
import { analyzeLedger } from "../../src/engine/analysis/analyze";
import { generateLedger } from "../../src/engine/sample/generateLedger";
import { buildReport } from "../../src/excel/buildReport";
import { createOfficeGateway } from "../../src/excel/officeGateway";
import { displayValue } from "../../src/preview/grid/display";
import { textWidth } from "../../src/preview/workbook/autofit";
import { memoryExcelRun } from "../../src/preview/workbook/excelApi";
import { MemorySheet, MemoryWorkbook } from "../../src/preview/workbook/memoryWorkbook";

const AS_OF = 46_000; // 2025-12-09
const flows = [
  {
    description: "工资",
    amount: 400_000,
    direction: "out" as const,
    firstDate: AS_OF + 10,
    repeat: "monthly" as const,
    until: null,
  },
];

async function written(language: "en" | "zh-CN", lang: "en" | "zh") {
  const ledger = generateLedger({ seed: 7, customers: 60, invoices: 1_200, asOf: AS_OF, language: lang });
  const a = analyzeLedger(
    { values: ledger.values, sheet: "Ledger", topLeft: "A1" },
    { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" },
    {},
    {
      payables: null,
      settings: { openingCash: 300_000, minimumCash: 250_000, creditLine: 0, flows },
    },
  );
  const book = new MemoryWorkbook();
  book.addSheet("Ledger");
  const gateway = createOfficeGateway(memoryExcelRun(book), "memory");
  const model = buildReport(a, language);
  const { sheetName } = await gateway.writeReport(model);
  return { a, model, sheet: book.sheet(sheetName)! };
}

/** Cells whose shown text is wider than the room it has: its column, plus empty cells to its right for text. */
function cutCells(sheet: MemorySheet, rows: number, columns: number): string[] {
  const cut: string[] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < columns; c++) {
      const v = sheet.get(r, c);
      if (v === "" || sheet.wrapped.has(`${r},${c}`)) continue;
      let room = sheet.columnWidths[c] - 6;
      if (typeof v === "string")
        for (
          let k = c + 1;
          k < 26 &&
          sheet.get(r, k) === "" &&
          !sheet.tables.some((t) => r >= t.row && r < t.row + t.rows && k >= t.column && k < t.column + t.columns);
          k++
        )
          room += sheet.columnWidths[k] ?? 64;
      const text = displayValue(v, sheet.format(r, c));
      if (textWidth(text) > room) cut.push(`${r},${c}: ${text}`);
    }
  return cut;
}

describe.each([
  ["en", "en"],
  ["zh-CN", "zh"],
] as const)("the written report in %s", (language, lang) => {
  let w: Awaited<ReturnType<typeof written>>;
  beforeAll(async () => {
    w = await written(language, lang);
  });

  test("the first screen (≤ 40 rows × 8 columns) answers: owed, late, last month, cash low point, ten actions, contents", () => {
    const { sheet, a } = w;
    const area = sheet.pageSetup.printArea!.split(",")[0];
    const [, lastColumn, lastRow] = /^A1:([A-Z])(\d+)$/.exec(area)!;
    expect(lastColumn).toBe("H");
    expect(Number(lastRow)).toBeLessThanOrEqual(40);
    const answer = sheet.tables.find((t) => t.name === "ARLens_Answer")!;
    expect(answer.row + answer.rows).toBeLessThanOrEqual(Number(lastRow));
    expect(answer.columns).toBeLessThanOrEqual(8);
    expect(sheet.get(answer.row + 1, 1)).toBe(a.portfolio.totalOpen);
    expect(sheet.get(answer.row + 2, 1)).toBe(a.portfolio.overdueOpen);
    // Last month's figure and the change beside it, in money with the symbol and separators.
    expect(typeof sheet.get(answer.row + 1, 2)).toBe("number");
    expect(sheet.get(answer.row + 1, 3)).toBeCloseTo(
      (sheet.get(answer.row + 1, 1) as number) - (sheet.get(answer.row + 1, 2) as number),
      2,
    );
    expect(sheet.format(answer.row + 1, 1)).toBe('"¥"#,##0.00');
    expect(sheet.format(answer.row + 3, 1)).toBe(language === "en" ? "0.0 %" : "0.0%");
    expect(sheet.format(answer.row + 5, 1)).toBe("#,##0.0");
    // The cash low point against the buffer.
    expect(sheet.get(answer.row + 6, 1)).toBe(a.cash!.plan.lowest.closing);
    expect(String(sheet.get(answer.row + 6, 5))).toMatch(
      language === "en"
        ? /^Week \d+ \(from \d{4}-\d\d-\d\d\): (below|stays above) the buffer of ¥250,000\.00/
        : /^第 \d+ 周（\d{4}年\d+月\d+日起）：(低于|仍高于)安全垫 ¥250,000\.00/,
    );
    const actions = sheet.tables.find((t) => t.name === "ARLens_Actions")!;
    expect(actions.rows).toBe(11);
    expect(actions.row + actions.rows).toBeLessThanOrEqual(Number(lastRow));
    // Contents: links to every detail table's title row.
    const links = [...sheet.hyperlinks.entries()];
    const details = sheet.tables.filter((t) => !["ARLens_Answer", "ARLens_Actions"].includes(t.name));
    expect(links).toHaveLength(details.length);
    for (const [cell, target] of links) {
      expect(Number(cell.split(",")[0])).toBeLessThan(Number(lastRow));
      const row = Number(/!A(\d+)$/.exec(target)![1]) - 1;
      expect(details.some((t) => t.row === row + 1)).toBe(true);
    }
  });

  test("nothing is cut off at the set column widths (long text wraps)", () => {
    const { sheet } = w;
    expect(cutCells(sheet, sheet.rows.length, 14)).toEqual([]);
  });

  test("one number format per kind: money, percent with one decimal, days with one decimal", () => {
    const { sheet } = w;
    const formats = new Set([...sheet.cellFormats.values()]);
    expect([...formats].filter((f) => f !== "@").sort()).toEqual(
      [
        '"¥"#,##0.00',
        "#,##0",
        "#,##0.0",
        "0.000",
        language === "en" ? "0.0 %" : "0.0%",
        language === "en" ? "yyyy-mm" : 'yyyy"年"m"月"',
        "yyyy-mm-dd",
      ].sort(),
    );
    const kpi = sheet.tables.find((t) => t.name === "ARLens_KPI")!;
    const ceiRow = kpi.row + 8;
    expect(sheet.format(ceiRow, 1)).toBe(language === "en" ? "0.0 %" : "0.0%");
    expect(sheet.get(ceiRow, 2)).toBe(0.8652);
  });

  test("the insurance check: shares as percent with one decimal, days with one, the index with three", () => {
    const { sheet } = w;
    const insurance = sheet.tables.find((t) => t.name === "ARLens_Insurance")!;
    const percent = language === "en" ? "0.0 %" : "0.0%";
    const formats = [1, 2, 3, 4, 5, 6].map((i) => [
      sheet.format(insurance.row + i, 1),
      sheet.format(insurance.row + i, 2),
    ]);
    // Credit sales, largest customer, five largest, concentration index, unproven exposures, spread of days late.
    expect(formats).toEqual([
      [percent, percent],
      [percent, percent],
      [percent, percent],
      ["0.000", "0.000"],
      [percent, percent],
      ["#,##0.0", "#,##0.0"],
    ]);
  });

  test("no figure of 1,000 or more is shown without thousands separators", () => {
    const { sheet } = w;
    const bare: string[] = [];
    sheet.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        const format = sheet.format(r, c);
        if (typeof v === "number" && Math.abs(v) >= 1000 && !/#,##|yyyy|%/.test(format))
          bare.push(`${r},${c}: ${displayValue(v, format)}`);
      }),
    );
    expect(bare).toEqual([]);
  });

  test("every chart has axis titles, a legend below, and the cash chart labels its low point", () => {
    const { sheet, a } = w;
    expect(sheet.charts.length).toBe(4);
    for (const c of sheet.charts) {
      expect(c.axes?.categoryTitle).toBeTruthy();
      expect(c.axes?.valueTitle).toBeTruthy();
      expect(c.legendPosition).toBe("Bottom");
      // Every label set in points, none under 11 px (8.25 pt): tick labels, axis titles, legend, the low point's label.
      const sizes = c.fontSizes ?? {};
      for (const part of ["categoryLabels", "valueLabels", "categoryTitle", "valueTitle", "legend", "title"] as const)
        expect({ part, pt: (sizes[part] ?? 0) >= 8.25 }).toEqual({ part, pt: true });
      if (c.labelledPoints) expect(sizes.dataLabel).toBeGreaterThanOrEqual(8.25);
    }
    const cash = sheet.charts.find((c) => c.kind === "line" && c.data.columns === 2)!;
    expect(cash.labelledPoints).toEqual([{ series: 0, point: a.cash!.plan.lowest.week - 1 }]);
    expect(cash.seriesStyles?.[1]?.lineStyle).toBe("Dash");
    if (language === "zh-CN") expect(cash.axes!.valueFormat).toContain("万");
    // Charts sit under their tables, within the first 8 columns.
    for (const c of sheet.charts) expect(c.position.column + c.position.columns).toBeLessThanOrEqual(8);
  });

  test("print: A4, one page wide, the first screen its own page, the title repeated", () => {
    const { sheet } = w;
    expect(sheet.pageSetup.paperSize).toBe("A4");
    expect(sheet.pageSetup.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(sheet.pageSetup.printArea!.split(",")).toHaveLength(2);
    expect(sheet.pageSetup.printTitleRows).toBe("$1:$1");
  });
});
