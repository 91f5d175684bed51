import { analyzeLedger } from "../../src/engine/analysis/analyze";
import { buildReport } from "../../src/excel/buildReport";
import { PAYLOAD_LIMIT_BYTES } from "../../src/excel/chunks";
import { createOfficeGateway, ReportWriteError, splitAddress, uniqueSheetName } from "../../src/excel/officeGateway";
import { REPORT_MARKER_KEY } from "../../src/excel/reportModel";
import { gatewayErrorText } from "../../src/i18n/excel";
import { ExcelApiError, memoryExcelRun, SyncRecord } from "../../src/preview/workbook/excelApi";
import { MemorySheet, MemoryWorkbook } from "../../src/preview/workbook/memoryWorkbook";
import { AS_OF, handLedger } from "../engine/analysis/handLedger";

const settings = {
  asOf: AS_OF,
  agingBasis: "due" as const,
  dateOrder: "auto" as const,
  riskAppetite: "balanced" as const,
};

function bookWithLedger(): { book: MemoryWorkbook; ledger: MemorySheet } {
  const book = new MemoryWorkbook();
  const ledger = book.addSheet("Ledger");
  book.load(ledger, handLedger() as (string | number)[][], [
    "@",
    "@",
    "yyyy-mm-dd",
    "yyyy-mm-dd",
    "#,##0.00",
    "#,##0.00",
    "yyyy-mm-dd",
    "@",
  ]);
  return { book, ledger };
}

function snapshot(sheet: MemorySheet) {
  return JSON.stringify({
    name: sheet.name,
    rows: sheet.rows,
    f: [...sheet.cellFormats],
    cf: sheet.columnFormats,
    p: [...sheet.properties],
    t: sheet.tables,
    c: sheet.charts,
  });
}

describe("reading", () => {
  test("1,048,576 rows are read in blocks, every request and response under 5 MB", async () => {
    const book = new MemoryWorkbook();
    const sheet = book.addSheet("Big");
    for (let r = 0; r < 1_048_576; r++) sheet.rows.push([`Customer ${r % 5000}`, 45000 + (r % 400), 1234.56 + r]);
    book.selection = { sheetId: sheet.id, row: 0, column: 0, rows: 1_048_576, columns: 3 };
    const syncs: SyncRecord[] = [];
    const gateway = createOfficeGateway(memoryExcelRun(book, { onSync: (s) => syncs.push(s) }), "memory");
    const progress: number[] = [];
    const input = await gateway.readSelection((p) => progress.push(p.rowsRead));
    expect(input.values).toHaveLength(1_048_576);
    expect(input.values[1_048_575]).toEqual(["Customer 3575", 45000 + (1_048_575 % 400), 1234.56 + 1_048_575]);
    expect(input.address).toBe("Big!A1:C1048576");
    expect(progress.length).toBeGreaterThan(10); // chunked
    expect(progress[progress.length - 1]).toBe(1_048_576);
    expect(Math.max(...syncs.map((s) => s.responseBytes))).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(Math.max(...syncs.map((s) => s.requestBytes))).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  }, 120_000);

  test("the stand-in enforces the limit: one read of the whole range fails", async () => {
    const book = new MemoryWorkbook();
    const sheet = book.addSheet("Big");
    for (let r = 0; r < 300_000; r++) sheet.rows.push([`Customer ${r}`, 45000, 1234.56]);
    const run = memoryExcelRun(book);
    await expect(
      run(async (context) => {
        const range = context.workbook.worksheets.getItem("Big").getRangeByIndexes(0, 0, 300_000, 3);
        range.load("values");
        await context.sync();
      }),
    ).rejects.toThrow(ExcelApiError);
  });

  test("one selected cell reads the used range (blank rows included); whole columns read only the used part", async () => {
    const { book, ledger } = bookWithLedger();
    const gateway = createOfficeGateway(memoryExcelRun(book), "memory");
    book.selection = { sheetId: ledger.id, row: 5, column: 2, rows: 1, columns: 1 };
    const a = await gateway.readSelection();
    expect(a.address).toBe("Ledger!A1:H19");
    book.selection = { sheetId: ledger.id, row: 0, column: 0, rows: 1_048_576, columns: 8 };
    const b = await gateway.readSelection();
    expect(b.values).toHaveLength(19);
    expect(b.numberFormats![2][2]).toBe("yyyy-mm-dd");
  });

  test("one selected cell inside an Excel table reads that table, not the rest of the sheet", async () => {
    const { book, ledger } = bookWithLedger();
    // A note above the ledger and a lookup block beside it: the used range would take them in too.
    ledger.set(22, 10, "FX rates");
    ledger.set(23, 10, 7.1);
    ledger.tables.push({ name: "LedgerTable", row: 0, column: 0, rows: 19, columns: 8 });
    const gateway = createOfficeGateway(memoryExcelRun(book), "memory");
    book.selection = { sheetId: ledger.id, row: 7, column: 3, rows: 1, columns: 1 };
    const inTable = await gateway.readSelection();
    expect(inTable.address).toBe("Ledger!A1:H19");
    expect(inTable.values).toHaveLength(19);
    expect(inTable.values.every((row) => row.length === 8)).toBe(true);
    book.selection = { sheetId: ledger.id, row: 23, column: 10, rows: 1, columns: 1 };
    const outside = await gateway.readSelection();
    expect(outside.address).toBe("Ledger!A1:K24");
  });

  test("readRange and selectRange take sheet-qualified addresses", async () => {
    const { book, ledger } = bookWithLedger();
    const gateway = createOfficeGateway(memoryExcelRun(book), "memory");
    const r = await gateway.readRange("Ledger!B3:C4");
    expect(r.values).toEqual([
      ["INV-001", handLedger()[2][2]],
      ["INV-002", handLedger()[3][2]],
    ]);
    await gateway.selectRange("Ledger!E15");
    expect(book.selection).toMatchObject({ sheetId: ledger.id, row: 14, column: 4, rows: 1, columns: 1 });
    expect(splitAddress("'My ''Q'' sheet'!A1:B2")).toEqual({ sheet: "My 'Q' sheet", a1: "A1:B2" });
  });
});

describe("a read in blocks is checked against edits made while it runs", () => {
  const INVOICES = 3000;
  function bigLedger() {
    const book = new MemoryWorkbook();
    const sheet = book.addSheet("Ledger");
    sheet.rows.push(["Invoice", "Customer", "Amount"]);
    for (let i = 1; i <= INVOICES; i++) sheet.rows.push([`INV-${i}`, `Customer ${i % 7}`, 100]);
    book.selection = { sheetId: sheet.id, row: 0, column: 0, rows: 1_048_576, columns: 3 };
    return { book, sheet };
  }
  const insertUnderHeader = (book: MemoryWorkbook) => {
    const sheet = book.sheet("Ledger")!;
    sheet.insertRows(1, 1);
    sheet.rows[1] = ["INV-NEW", "Customer 9", 5000];
  };

  /** A gateway whose workbook gets a row under the header right after the block syncs `when` picks (1-based). */
  function gatewayInserting(book: MemoryWorkbook, when: (block: number) => boolean, syncs: SyncRecord[] = []) {
    let blocks = 0;
    let justRead = false;
    return createOfficeGateway(
      memoryExcelRun(book, {
        onSync: (s) => {
          syncs.push(s);
          justRead = s.cellsRead > 3 * 100; // a block, not the few rows the final check reads again
          if (justRead) blocks++;
        },
        afterSync: (_i, b) => {
          if (justRead && when(blocks)) insertUnderHeader(b);
        },
      }),
      "memory",
    );
  }

  test("a row inserted under the header between two blocks: read again, every invoice once, the new one too", async () => {
    const { book } = bigLedger();
    const read = await gatewayInserting(book, (block) => block === 1).readSelection();
    const invoices = read.values.slice(1).map((r) => r[0]);
    expect(new Set(invoices).size).toBe(INVOICES + 1);
    expect(invoices).toContain(`INV-${INVOICES}`);
    expect(invoices).toContain("INV-NEW");
    expect(read.values.slice(1).reduce((s, r) => s + (r[2] as number), 0)).toBe(INVOICES * 100 + 5000);
    expect(read.address).toBe(`Ledger!A1:C${INVOICES + 2}`);
  });

  test("a row inserted after the range was measured, before the first block: read again", async () => {
    const { book } = bigLedger();
    let inserted = false;
    const gateway = createOfficeGateway(
      memoryExcelRun(book, {
        afterSync: (i, b) => {
          if (i === 2 && !inserted) {
            inserted = true; // syncs 0 and 1 find the selection and the used range, 2 the range's size
            insertUnderHeader(b);
          }
        },
      }),
      "memory",
    );
    const read = await gateway.readSelection();
    expect(inserted).toBe(true);
    const invoices = read.values.slice(1).map((r) => r[0]);
    expect(new Set(invoices).size).toBe(INVOICES + 1);
    expect(invoices).toContain(`INV-${INVOICES}`);
  });

  test("a sheet that changes during the read and again during the second read: an error says so (EN and ZH)", async () => {
    const { book } = bigLedger();
    // 3,001 rows of 3 columns take two blocks: blocks 1 and 3 are the first of each read.
    const attempt = gatewayInserting(book, (block) => block === 1 || block === 3).readSelection();
    await expect(attempt).rejects.toMatchObject({ code: "changedDuringRead" });
    const error = await attempt.catch((e) => e);
    expect(gatewayErrorText(error, "en")).toMatch(/sheet "Ledger" changed while it was read/);
    expect(gatewayErrorText(error, "zh-CN")).toMatch(/工作表“Ledger”在读取期间发生了变化/);
  });

  test("nothing changed: one read, and the check adds no sync", async () => {
    const { book } = bigLedger();
    const syncs: SyncRecord[] = [];
    const gateway = createOfficeGateway(memoryExcelRun(book, { onSync: (s) => syncs.push(s) }), "memory");
    const read = await gateway.readSelection();
    expect(read.values).toHaveLength(INVOICES + 1);
    const blockSyncs = syncs.filter((s) => s.cellsRead > 3 * 100).length;
    expect(blockSyncs).toBeGreaterThan(1);
    // The selection, its used range and its size; then the blocks, the check riding with the last one.
    expect(syncs.length).toBe(3 + blockSyncs);
  });
});

describe("writing the report", () => {
  async function analyzeAndWrite(book: MemoryWorkbook, language: "en" | "zh-CN" = "en", options = {}) {
    const gateway = createOfficeGateway(memoryExcelRun(book, options), "memory");
    const input = await gateway.readRange("Ledger!A1:H19");
    const analysis = analyzeLedger(input, settings);
    return { analysis, result: await gateway.writeReport(buildReport(analysis, language)) };
  }

  test("analyze + write leaves the source sheet exactly as it was and adds a marked report sheet", async () => {
    const { book, ledger } = bookWithLedger();
    const before = snapshot(ledger);
    const { result, analysis } = await analyzeAndWrite(book);
    expect(snapshot(ledger)).toBe(before);
    expect(result).toMatchObject({ sheetName: "AR Lens Report", replaced: false });
    const report = book.sheet("AR Lens Report")!;
    expect(report.properties.get(REPORT_MARKER_KEY)).toMatch(/^2\|[0-9a-z]+\|AR Lens Report$/);
    expect(report.tables.map((t) => t.name)).toEqual(
      [
        "Answer",
        "Actions",
        "KPI",
        "Aging",
        "KpiTrend",
        "Forecast",
        "ForecastTotals",
        "Customers",
        "Plans",
        "Alerts",
        "ModelCheck",
        "Insurance",
        "Issues",
      ].map((n) => `ARLens_${n}`), // no calibration rows on the 6-month ledger
    );
    expect(report.charts.map((c) => c.title)).toEqual([
      "Open amount by age",
      "DSO, best possible DSO and ADD at each month-end",
      "Expected collections by week",
    ]);
    // The trend's native line chart: DSO, best possible DSO and ADD (three adjacent columns with their headers) over
    // the 12 month-ends.
    const trend = report.tables.find((t) => t.name === "ARLens_KpiTrend")!;
    expect(report.charts[1]).toMatchObject({
      kind: "line",
      data: { row: trend.row, column: 4, rows: 13, columns: 3 },
      categories: { row: trend.row + 1, column: 0, rows: 12, columns: 1 },
    });
    expect(report.get(trend.row, 4)).toBe("DSO (90 days)");
    expect(report.get(trend.row + 12, 0)).toBe(analysis.kpiTrend.points[11].monthEnd);
    expect(report.get(trend.row + 12, 1)).toBe(analysis.portfolio.totalOpen);
    // The aging chart plots the open-amount column with the bucket labels as categories.
    const aging = report.tables.find((t) => t.name === "ARLens_Aging")!;
    expect(report.charts[0].data).toEqual({ row: aging.row, column: 1, rows: 6, columns: 1 });
    expect(report.charts[0].categories).toEqual({ row: aging.row + 1, column: 0, rows: 5, columns: 1 });
    expect(report.get(aging.row + 5, 1)).toBe(5800);
    expect(report.format(aging.row + 5, 1)).toBe('"¥"#,##0.00');
    const customers = report.tables.find((t) => t.name === "ARLens_Customers")!;
    expect(report.get(customers.row + 1, 0)).toBe(analysis.customers[0].customer);
    expect(book.activeSheet).toBe(report);
  });

  test("a user's sheet with the report's name is not touched: the report gets another name", async () => {
    const { book } = bookWithLedger();
    const mine = book.addSheet("AR Lens Report");
    mine.set(0, 0, "my notes");
    const before = snapshot(mine);
    const { result } = await analyzeAndWrite(book);
    expect(result.sheetName).toBe("AR Lens Report (2)");
    expect(snapshot(mine)).toBe(before);
  });

  test("re-running replaces the report AR Lens wrote when nobody changed it; other sheets are untouched", async () => {
    const { book, ledger } = bookWithLedger();
    await analyzeAndWrite(book, "zh-CN");
    const other = book.addSheet("Notes");
    other.set(0, 0, "keep");
    const { result } = await analyzeAndWrite(book, "zh-CN");
    expect(result).toMatchObject({ sheetName: "应收账款分析", replaced: true });
    expect(book.sheets.map((s) => s.name)).toEqual(["Ledger", "Notes", "应收账款分析"]);
    const again = await analyzeAndWrite(book, "zh-CN");
    expect(again.result).toMatchObject({ sheetName: "应收账款分析", replaced: true });
    expect(book.sheets.filter((s) => s.properties.has(REPORT_MARKER_KEY))).toHaveLength(1);
    expect(book.sheet("应收账款分析")!.tables[0].name).toMatch(/^ARLens_Answer(_\d+)?$/);
    expect(ledger.properties.size).toBe(0);
    expect(other.get(0, 0)).toBe("keep");
  });

  test("a report the user renamed and added a note to is kept, unchanged; the next report goes to a new sheet", async () => {
    const { book } = bookWithLedger();
    await analyzeAndWrite(book);
    const kept = book.sheet("AR Lens Report")!;
    kept.name = "Report Oct 2025";
    kept.set(1, 6, "Sent to the CFO on 3 Nov");
    const before = snapshot(kept);
    const { result } = await analyzeAndWrite(book);
    expect(result).toMatchObject({ sheetName: "AR Lens Report", replaced: false, kept: ["Report Oct 2025"] });
    expect(book.sheets.map((s) => s.name)).toEqual(["Ledger", "Report Oct 2025", "AR Lens Report"]);
    expect(snapshot(kept)).toBe(before);
    // The new report is AR Lens's and unchanged: the next run replaces it, and still keeps the user's sheet.
    const again = await analyzeAndWrite(book);
    expect(again.result).toMatchObject({ sheetName: "AR Lens Report", replaced: true, kept: ["Report Oct 2025"] });
    expect(book.sheets.map((s) => s.name)).toEqual(["Ledger", "Report Oct 2025", "AR Lens Report"]);
    expect(snapshot(kept)).toBe(before);
  });

  test.each([
    ["a note typed in a cell", (s: MemorySheet) => s.set(40, 2, "checked")],
    ["a value changed", (s: MemorySheet) => s.set(5, 1, 123)],
    ["a cell's format changed", (s: MemorySheet) => s.setFormat(5, 1, "0.0%")],
    ["a formula typed", (s: MemorySheet) => s.formulas.set("3,1", "=B4*2")],
    ["only the tab renamed", (s: MemorySheet) => (s.name = "Kept")],
  ])("%s: the report is kept under its name and the new one gets a free name", async (_what, edit) => {
    const { book } = bookWithLedger();
    await analyzeAndWrite(book);
    const mine = book.sheet("AR Lens Report")!;
    edit(mine);
    const before = snapshot(mine);
    const { result } = await analyzeAndWrite(book);
    expect(result.replaced).toBe(false);
    expect(book.sheets).toContain(mine);
    expect(snapshot(mine)).toBe(before);
    expect(result.sheetName).toBe(mine.name === "AR Lens Report" ? "AR Lens Report (2)" : "AR Lens Report");
  });

  test("the English report never deletes the Chinese one (nor the Chinese the English)", async () => {
    const { book } = bookWithLedger();
    await analyzeAndWrite(book, "zh-CN");
    const zh = snapshot(book.sheet("应收账款分析")!);
    await analyzeAndWrite(book, "en");
    expect(book.sheets.map((s) => s.name)).toEqual(["Ledger", "应收账款分析", "AR Lens Report"]);
    expect(snapshot(book.sheet("应收账款分析")!)).toBe(zh);
    const en = snapshot(book.sheet("AR Lens Report")!);
    await analyzeAndWrite(book, "zh-CN");
    expect(snapshot(book.sheet("AR Lens Report")!)).toBe(en);
  });

  test("a report an earlier version marked (no content hash) is never deleted", async () => {
    const { book } = bookWithLedger();
    await analyzeAndWrite(book);
    const old = book.sheet("AR Lens Report")!;
    old.properties.set(REPORT_MARKER_KEY, "1");
    const { result } = await analyzeAndWrite(book);
    expect(result).toMatchObject({ sheetName: "AR Lens Report (2)", replaced: false });
    expect(book.sheets).toContain(old);
  });

  test("a failure midway removes the half-written sheet and says why", async () => {
    const { book, ledger } = bookWithLedger();
    const before = snapshot(ledger);
    let failed = false;
    const attempt = analyzeAndWrite(book, "en", {
      failSync: (i: number) => (i === 12 && !failed ? ((failed = true), new Error("network dropped")) : null),
    });
    await expect(attempt).rejects.toThrow(ReportWriteError);
    await expect(attempt).rejects.toThrow(/network dropped.*half-written report sheet was removed/);
    expect(book.sheets.map((s) => s.name)).toEqual(["Ledger"]);
    expect(snapshot(ledger)).toBe(before);
  });

  test("a failed rewrite keeps the previous report", async () => {
    const { book } = bookWithLedger();
    await analyzeAndWrite(book);
    let n = 0;
    await expect(
      analyzeAndWrite(book, "en", { failSync: () => (++n === 10 ? new Error("boom") : null) }),
    ).rejects.toThrow(/boom/);
    expect(book.sheets.map((s) => s.name)).toEqual(["Ledger", "AR Lens Report"]);
  });

  test("cancelling stops the write and removes the sheet", async () => {
    const { book } = bookWithLedger();
    const gateway = createOfficeGateway(memoryExcelRun(book), "memory");
    const analysis = analyzeLedger(await gateway.readRange("Ledger!A1:H19"), settings);
    const controller = new AbortController();
    const write = gateway.writeReport(buildReport(analysis, "en"), () => controller.abort(), controller.signal);
    await expect(write).rejects.toMatchObject({ name: "AbortError" });
    expect(book.sheets.map((s) => s.name)).toEqual(["Ledger"]);
  });

  test("a large report is written in blocks, every request under 5 MB", async () => {
    const { book } = bookWithLedger();
    const syncs: SyncRecord[] = [];
    const gateway = createOfficeGateway(memoryExcelRun(book, { onSync: (s) => syncs.push(s) }), "memory");
    const analysis = analyzeLedger(await gateway.readRange("Ledger!A1:H19"), settings);
    const report = buildReport(analysis, "en");
    const issues = report.tables.find((t) => t.name === "Issues")!;
    issues.rows = Array.from({ length: 150_000 }, (_, i) => [
      `Ledger!E${i + 2}`,
      "Excluded",
      "Amount",
      `amount: a number was expected, found "n/a ${"x".repeat(i % 40)}"`,
    ]);
    const progress: number[] = [];
    const result = await gateway.writeReport(report, (done) => progress.push(done));
    const sheet = book.sheet(result.sheetName)!;
    const placed = sheet.tables.find((t) => t.name === "ARLens_Issues")!;
    expect(placed.rows).toBe(150_001);
    expect(sheet.get(placed.row + 150_000, 0)).toBe("Ledger!E150001");
    expect(progress.length).toBeGreaterThan(8); // 150,000 rows need at least 8 blocks of at most 20,000
    expect(Math.max(...syncs.map((s) => s.requestBytes))).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  }, 120_000);

  test("sheet names: unique, at most 31 characters", () => {
    const taken = new Set(["ar lens report", "ar lens report (2)"]);
    expect(uniqueSheetName("AR Lens Report", (n) => taken.has(n.toLowerCase()))).toBe("AR Lens Report (3)");
    expect(uniqueSheetName("x".repeat(31), () => false)).toHaveLength(31);
  });
});
