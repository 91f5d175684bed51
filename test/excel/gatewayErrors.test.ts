import { analyzeLedger } from "../../src/engine/analysis/analyze";
import { buildReport } from "../../src/excel/buildReport";
import { GatewayError } from "../../src/excel/gatewayErrors";
import { createOfficeGateway } from "../../src/excel/officeGateway";
import { EXCEL_TEXT, gatewayErrorText } from "../../src/i18n/excel";
import { memoryExcelRun } from "../../src/preview/workbook/excelApi";
import { MemoryWorkbook } from "../../src/preview/workbook/memoryWorkbook";
import { AS_OF, handLedger } from "../engine/analysis/handLedger";

function setup(options = {}) {
  const book = new MemoryWorkbook();
  const ledger = book.addSheet("Ledger");
  book.load(ledger, handLedger() as (string | number)[][]);
  return { book, ledger, gateway: createOfficeGateway(memoryExcelRun(book, options), "memory") };
}

async function caught(p: Promise<unknown>): Promise<GatewayError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(GatewayError);
    return e as GatewayError;
  }
  throw new Error("expected a failure");
}

const zhOnly = (text: string) => expect(text).toMatch(/[\u4e00-\u9fff]/);

describe("gateway errors say what to do, in English and Chinese", () => {
  test.each(["areas", "chart", "shape"] as const)("a selection of %s: select one block of cells", async (kind) => {
    const { book, ledger, gateway } = setup();
    book.selection = { sheetId: ledger.id, row: 0, column: 0, rows: 3, columns: 3, kind };
    const e = await caught(gateway.readSelection());
    expect(e.code).toBe("invalidSelection");
    expect(gatewayErrorText(e, "en")).toMatch(/Select one block of cells.*Several areas, a chart or a shape/);
    expect(gatewayErrorText(e, "zh-CN")).toMatch(/请选择一个连续的单元格区域.*多个区域、图表或形状/);
  });

  test("a sheet that is not there is named", async () => {
    const { gateway } = setup();
    const e = await caught(gateway.readRange("'Old ledger'!A1:B2"));
    expect(e.code).toBe("sheetNotFound");
    expect(e.message).toBe('There is no sheet named "Old ledger" (was it renamed or deleted?).');
    expect(gatewayErrorText(e, "zh-CN")).toBe("找不到名为“Old ledger”的工作表（是否已重命名或删除？）。");
    const s = await caught(gateway.selectRange("Gone!A1"));
    expect(s.code).toBe("sheetNotFound");
  });

  test("an empty sheet: the selection holds no data", async () => {
    const { book, gateway } = setup();
    const empty = book.addSheet("Empty");
    book.activeSheetId = empty.id;
    book.selection = { sheetId: empty.id, row: 0, column: 0, rows: 1000, columns: 5 };
    const e = await caught(gateway.readSelection());
    expect(e.code).toBe("emptySelection");
    zhOnly(gatewayErrorText(e, "zh-CN"));
  });

  test("a failed write names the stage in the user's language", async () => {
    const { gateway } = setup({ failSync: (i: number) => (i === 6 ? new Error("network dropped") : null) });
    const analysis = analyzeLedger(await gateway.readRange("Ledger!A1:H19"), {
      asOf: AS_OF,
      agingBasis: "due",
      dateOrder: "auto",
      riskAppetite: "balanced",
    });
    const e = await caught(gateway.writeReport(buildReport(analysis, "zh-CN")));
    expect(e.code).toBe("writeFailed");
    expect(e.message).toMatch(
      /^Writing the report failed while (writing the table ".+"|writing the heading|creating the sheet): network dropped\./,
    );
    expect(gatewayErrorText(e, "zh-CN")).toMatch(
      /^(写入表格“.+”|写入标题|创建工作表)时写入报告失败：network dropped。已删除写了一半的报告工作表，您的数据未被改动。$/,
    );
  });

  test("every error code has an English and a Chinese text, with the same placeholders", () => {
    const en = EXCEL_TEXT.en;
    const zh = EXCEL_TEXT["zh-CN"];
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const k of Object.keys(en) as (keyof typeof en)[]) {
      const holes = (t: string) => (t.match(/\{\w+\}/g) ?? []).sort();
      expect([k, holes(zh[k])]).toEqual([k, holes(en[k])]);
      zhOnly(zh[k]);
    }
  });

  test("an error that is not the gateway's keeps its own message", () => {
    expect(gatewayErrorText(new Error("plain"), "zh-CN")).toBe("plain");
  });
});
