/**
 * The report sheet's Collections section, written to the in-memory workbook and read back cell by cell: the
 * worklist's top rows, the insurer deadlines within the desk's window, the promises per customer — EN and ZH, and
 * a customer name that looks like a formula stays literal text.
 */
import { analyzeLedger } from "../../src/engine/analysis/analyze";
import type { LedgerInput } from "../../src/engine/analysis/types";
import { buildDesk } from "../../src/engine/collections/desk";
import { parseContactLog } from "../../src/engine/collections/log";
import { DEFAULT_DUNNING, DEFAULT_POLICY } from "../../src/engine/collections/settings";
import { buildReport } from "../../src/excel/buildReport";
import { createOfficeGateway } from "../../src/excel/officeGateway";
import { memoryExcelRun } from "../../src/preview/workbook/excelApi";
import { MemorySheet, MemoryWorkbook } from "../../src/preview/workbook/memoryWorkbook";
import { AS_OF, ledger, logValues } from "../engine/collections/deskLedger";

const policy = { ...DEFAULT_POLICY, insured: true };
const HOSTILE = '=HYPERLINK("http://x","Alpha")';

function deskOf(name = "Alpha") {
  const rename = (rows: unknown[][]) => rows.map((r) => r.map((v) => (v === "Alpha" ? name : v)));
  const input: LedgerInput = { ...ledger, values: rename(ledger.values) };
  const analysis = analyzeLedger(input, {
    asOf: AS_OF,
    agingBasis: "due",
    dateOrder: "auto",
    riskAppetite: "balanced",
  });
  const desk = buildDesk(input, analysis, parseContactLog(rename(logValues), "AR Lens Log"), {
    dunning: DEFAULT_DUNNING,
    policy,
  });
  return { analysis, desk };
}

async function written(language: "en" | "zh-CN", alertDays: number, name?: string) {
  const { analysis, desk } = deskOf(name);
  const book = new MemoryWorkbook();
  book.addSheet("Ledger");
  const gateway = createOfficeGateway(memoryExcelRun(book), "memory");
  const { sheetName } = await gateway.writeReport(buildReport(analysis, language, { desk, alertDays, insured: true }));
  return book.sheet(sheetName)!;
}

/** The rows of the table whose title cell starts with `title`, read back from the sheet (header first). */
function tableAt(sheet: MemorySheet, title: RegExp): { rows: unknown[][]; formats: string[][] } {
  for (let r = 0; r < sheet.rows.length; r++)
    for (let c = 0; c < (sheet.rows[r]?.length ?? 0); c++) {
      if (typeof sheet.get(r, c) !== "string" || !title.test(sheet.get(r, c) as string)) continue;
      const t = sheet.tables.find((x) => x.row === r + 1 && x.column === c)!;
      const cells = (f: (row: number, col: number) => unknown) =>
        Array.from({ length: t.rows }, (_, i) =>
          Array.from({ length: t.columns }, (_, j) => f(t.row + i, t.column + j)),
        );
      return { rows: cells((i, j) => sheet.get(i, j)), formats: cells((i, j) => sheet.format(i, j)) as string[][] };
    }
  throw new Error(`no table titled ${title}`);
}

describe("the report's Collections section", () => {
  test("English: worklist with stage, next action, overdue, days, priority; deadlines in the window; promises", async () => {
    const sheet = await written("en", 14);
    const worklist = tableAt(sheet, /^Collections: whom to chase \(2 of 2/);
    expect(worklist.rows[0]).toEqual([
      "Customer",
      "Stage",
      "Next action",
      "Overdue",
      "Days past due (oldest)",
      "Priority (0–100)",
    ]);
    expect(worklist.rows.slice(1).map((r) => r.slice(0, 5))).toEqual([
      ["Alpha", "Escalate", "Notify the credit insurer of the overdue", 3000, 67],
      ["Beta", "Friendly", expect.any(String), 500, 7],
    ]);
    expect(typeof worklist.rows[1][5]).toBe("number");
    // Notify-by = due + 60 days' maximum extension: INV2 2025-01-26 → 45710, passed 7 days ago; INV1 (43 days
    // left) and Beta's INV3 (53) fall outside a 14-day window.
    const deadlines = tableAt(sheet, /^Collections: insurer notification deadlines within 14 days/);
    expect(deadlines.rows.slice(1)).toEqual([["Alpha", "INV2", 45650, 2000, 45710, -7]]);
    expect(deadlines.formats[1][2]).toBe("yyyy-mm-dd");
    const promises = tableAt(sheet, /^Collections: promises to pay per customer/);
    expect(promises.rows).toEqual([
      ["Customer", "Kept", "Broken", "Pending"],
      ["Alpha", 0, 1, 0],
      ["Beta", 1, 0, 1],
    ]);
  });

  test("the deadlines table follows the desk's window", async () => {
    const deadlines = tableAt(await written("en", 60), /within 60 days/);
    expect(deadlines.rows.slice(1).map((r) => [r[0], r[1], r[5]])).toEqual([
      ["Alpha", "INV2", -7],
      ["Alpha", "INV1", 43],
      ["Beta", "INV3", 53],
    ]);
  });

  test("Chinese: titles, headers, stages and actions", async () => {
    const sheet = await written("zh-CN", 14);
    const worklist = tableAt(sheet, /^催收：待催客户/);
    expect(worklist.rows[0]).toEqual(["客户", "催收阶段", "下一步行动", "逾期金额", "最长逾期天数", "优先级（0–100）"]);
    expect(worklist.rows[1].slice(0, 2)).toEqual(["Alpha", "移交处理"]);
    expect(tableAt(sheet, /^催收：14 天内须通知保险公司/).rows).toHaveLength(2);
    expect(tableAt(sheet, /^催收：各客户的付款承诺/).rows[0]).toEqual(["客户", "已履行", "未履行", "待履行"]);
  });

  test("a customer name that looks like a formula is written as literal text in every desk table", async () => {
    const sheet = await written("en", 14, HOSTILE);
    expect([...sheet.formulas.entries()]).toEqual([]);
    for (const title of [
      /^Collections: whom to chase/,
      /^Collections: insurer notification/,
      /^Collections: promises/,
    ]) {
      const t = tableAt(sheet, title);
      const row = t.rows.findIndex((r) => r[0] === HOSTILE);
      expect(row).toBeGreaterThan(0);
      expect(t.formats[row][0]).toBe("@");
    }
  });

  test("without a desk the report has no Collections section", () => {
    const { analysis } = deskOf();
    expect(buildReport(analysis, "en").tables.some((t) => t.name.startsWith("Desk"))).toBe(false);
  });
});
