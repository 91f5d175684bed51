import { buildDesk } from "../../src/engine/collections/desk";
import { buildClaimFile } from "../../src/engine/collections/documents/claimFile";
import { buildLetter } from "../../src/engine/collections/documents/letters";
import { buildStatement } from "../../src/engine/collections/documents/statement";
import { parseContactLog } from "../../src/engine/collections/log";
import { DEFAULT_DUNNING, DEFAULT_POLICY } from "../../src/engine/collections/settings";
import { DOCUMENT_MARKER_KEY, LOG_MARKER_KEY } from "../../src/excel/deskSheets";
import { createOfficeGateway } from "../../src/excel/officeGateway";
import { memoryExcelRun } from "../../src/preview/workbook/excelApi";
import { MemoryWorkbook } from "../../src/preview/workbook/memoryWorkbook";
import { AS_OF, analysisAt, ledger, log } from "../engine/collections/deskLedger";

const company = { name: "Acme & Co", address: "1 Main St", contact: "ar@acme.test", bank: "Bank of X 123" };

function setup() {
  const book = new MemoryWorkbook();
  const sheet = book.addSheet("Ledger");
  book.load(sheet, ledger.values as (string | number)[][]);
  const gateway = createOfficeGateway(memoryExcelRun(book), "memory");
  return { book, sheet, gateway };
}

describe("the contact log sheet", () => {
  test("round trip: add from the taskpane, edit by hand, read back with bad rows reported", async () => {
    const { book, gateway } = setup();
    expect(await gateway.readLog()).toBeNull();
    const first = await gateway.appendLogRow(
      {
        date: 45705,
        customer: "Alpha",
        channel: "call",
        stage: "friendly",
        outcome: "promised",
        promisedDate: 45712,
        promisedAmount: 1000,
      },
      "en",
    );
    expect(first).toEqual({ sheetName: "AR Lens Log", address: "AR Lens Log!A2" });
    await gateway.appendLogRow(
      { date: 45715, customer: "Beta", invoice: "INV3", channel: "wechat", stage: "firm", outcome: "no answer" },
      "en",
    );
    const sheet = book.sheet("AR Lens Log")!;
    expect(sheet.properties.get(LOG_MARKER_KEY)).toBe("1");
    expect(sheet.rows[0]).toEqual([
      "Date",
      "Customer",
      "Invoice",
      "Channel",
      "Stage",
      "Outcome",
      "Promised date",
      "Promised amount",
      "Note",
    ]);
    expect(sheet.rows[2]).toEqual([45715, "Beta", "INV3", "WeChat", "Firm reminder", "no answer", "", "", ""]);
    expect(sheet.format(1, 0)).toBe("yyyy-mm-dd");
    // By hand: a typo in a date, a row in Chinese words, a blank row, a promise without an amount.
    sheet.set(2, 0, "15 Mar?");
    sheet.rows[4] = ["2025/3/2", "Gamma", "", "微信", "提醒", "答应付款", 45720, "", ""];
    sheet.rows[5] = [45716, "Delta", "", "拜访", "催款", "", "", "", "note"];
    const read = (await gateway.readLog())!;
    expect(read.address).toBe("'AR Lens Log'!A1:I6");
    const parsed = parseContactLog(read.values, read.sheet, read.topLeft);
    expect(parsed.counts).toEqual({ dataRows: 5, entries: 3, excluded: 1, blank: 1 });
    expect(parsed.entries.map((e) => [e.customer, e.date, e.channel, e.stage])).toEqual([
      ["Alpha", 45705, "call", "friendly"],
      ["Gamma", 45718, "wechat", "friendly"],
      ["Delta", 45716, "visit", "firm"],
    ]);
    expect(parsed.issues.map((i) => [i.address, i.severity, i.reason.code])).toEqual([
      ["'AR Lens Log'!A3", "excluded", "log.badDate"],
      ["'AR Lens Log'!H5", "warning", "log.promiseNoAmount"],
    ]);
    // The next row goes below the last used row, and the Chinese row was not rewritten.
    await gateway.appendLogRow(
      { date: 45717, customer: "Alpha", channel: "letter", stage: "final", outcome: "sent" },
      "en",
    );
    expect(sheet.rows[6].slice(0, 5)).toEqual([45717, "Alpha", "", "Letter", "Final notice"]);
    expect(sheet.rows[4][3]).toBe("微信");
  });

  test("a new row follows the columns wherever the user moved them; a deleted column's header comes back", async () => {
    const { book, gateway } = setup();
    const sheet = book.addSheet("催收记录");
    sheet.properties.set(LOG_MARKER_KEY, "1");
    book.load(sheet, [["客户", "日期", "渠道", "备注", "阶段", "结果", "承诺付款日", "承诺金额"]]);
    await gateway.appendLogRow(
      {
        date: 45705,
        customer: "上海贸易",
        invoice: "F001",
        channel: "call",
        stage: "firm",
        outcome: "承诺付款",
        promisedDate: 45712,
        promisedAmount: 500,
      },
      "zh-CN",
    );
    expect(sheet.rows[0][8]).toBe("发票号");
    expect(sheet.rows[1]).toEqual(["上海贸易", 45705, "电话", "", "催款", "承诺付款", 45712, 500, "F001"]);
    const parsed = parseContactLog((await gateway.readLog())!.values, "催收记录");
    expect(parsed.issues).toEqual([]);
    expect(parsed.entries[0]).toMatchObject({
      customer: "上海贸易",
      invoice: "F001",
      promisedAmount: 500,
      stage: "firm",
    });
  });

  test("the log sheet is never the user's sheet of the same name", async () => {
    const { book, gateway } = setup();
    book.load(book.addSheet("AR Lens Log"), [["mine"]]);
    const r = await gateway.appendLogRow(
      { date: 45705, customer: "A", channel: "call", stage: null, outcome: "" },
      "en",
    );
    expect(r.sheetName).toBe("AR Lens Log (2)");
    expect(book.sheet("AR Lens Log")!.rows).toEqual([["mine"]]);
  });
});

describe("documents on sheets", () => {
  const analysis = analysisAt();
  const desk = buildDesk(ledger, analysis, log(), {
    dunning: DEFAULT_DUNNING,
    policy: { ...DEFAULT_POLICY, insured: true },
  });
  const alpha = desk.invoices.filter((i) => i.customer === "Alpha");

  test("a statement: cells, formats and page setup read back", async () => {
    const { book, gateway } = setup();
    const doc = buildStatement({
      customer: "Alpha",
      invoices: alpha,
      asOf: AS_OF,
      currency: "CNY",
      company,
      language: "zh-CN",
    });
    const result = await gateway.writeDocument(doc);
    expect(result).toEqual({ sheetName: "对账函 Alpha", replaced: false });
    const sheet = book.sheet(result.sheetName)!;
    expect(sheet.properties.get(DOCUMENT_MARKER_KEY)).toBe("statement");
    const texts = sheet.rows.map((r) => r.filter((v) => v !== "").join("|"));
    expect(texts[0]).toBe("Acme & Co");
    expect(texts).toContain("对账函");
    const header = sheet.rows.findIndex((r) => r[0] === "发票号");
    expect(sheet.rows[header]).toEqual([
      "发票号",
      "开票日期",
      "到期日",
      "金额",
      "已付金额",
      "未付金额",
      "逾期天数",
      "账龄",
    ]);
    expect(sheet.rows[header + 1]).toEqual(["INV2", 45620, 45650, 2000, 0, 2000, 67, "61-90 天"]);
    expect(sheet.rows[header + 2]).toEqual(["INV1", 45670, 45700, 1000, 0, 1000, 17, "1-30 天"]);
    expect(sheet.rows[header + 3]).toEqual(["合计", "", "", 3000, 0, 3000, "", ""]);
    expect(sheet.format(header + 1, 1)).toBe("yyyy-mm-dd");
    expect(sheet.format(header + 1, 3)).toBe("#,##0.00");
    expect(sheet.bold.has(`${header},0`)).toBe(true);
    expect(texts).toContain("☐ 信息证明无误。");
    expect(texts).toContain("☐ 信息不符，请列明不符项目及具体内容：");
    expect(texts.filter((t) => t === "盖章：")).toHaveLength(2);
    expect(texts.filter((t) => t === "经办人：")).toHaveLength(2);
    expect(texts.filter((t) => t === "日期：")).toHaveLength(2);
    expect(sheet.pageSetup).toEqual({
      orientation: "Portrait",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1 },
      centerHorizontally: true,
      margins: { left: 50.4, right: 50.4, top: 54, bottom: 54, header: 21.6, footer: 21.6 },
      printTitleRows: `$${header + 1}:$${header + 1}`,
      header: { left: "", center: "Acme && Co", right: "" },
      footer: { left: "", center: "第 &P 页，共 &N 页", right: "" },
    });
    // 96 pt and 72 pt widened to fit a date (80 pt): 128 and 108 px.
    expect(sheet.columnWidths.slice(0, 2)).toEqual([128, 108]);
    // Writing it again makes a second record; the first is kept.
    expect((await gateway.writeDocument(doc)).sheetName).toBe("对账函 Alpha (2)");
  });

  test("a claim file: invoices with deadlines, the log entries, claimable, checklist", async () => {
    const { book, gateway } = setup();
    const cover = desk.covers.find((c) => c.customer === "Alpha")!;
    const doc = buildClaimFile({
      cover,
      entries: log().entries,
      policy: { ...DEFAULT_POLICY, insured: true },
      asOf: AS_OF,
      currency: "CNY",
      company,
      language: "en",
    });
    const sheet = book.sheet((await gateway.writeDocument(doc)).sheetName)!;
    expect(sheet.name).toBe("Claim file Alpha");
    const find = (label: string) => sheet.rows.find((r) => r[0] === label);
    expect(find("Claimable amount")?.[2]).toBe(2250);
    expect(find("Insured limit")?.[2]).toBe(2500);
    expect(find("Uninsured (above the limit)")?.[2]).toBe(500);
    expect(find("INV2")).toEqual(["INV2", 45620, 45650, 2000, 2000, 67, 45710, 45770]);
    expect(sheet.rows.find((r) => r[0] === 45705)).toEqual([
      45705,
      "",
      "Call",
      "Friendly reminder",
      "promised",
      45712,
      1000,
      "",
    ]);
    expect(sheet.rows.map((r) => r[0])).toEqual(
      expect.arrayContaining([
        "☐ Contract or purchase order",
        "☑ Collection record (the contact log above)",
        "☐ Overdue notification sent to the insurer",
      ]),
    );
    expect(sheet.pageSetup.paperSize).toBe("A4");
  });

  test("the stand-in is as strict as Excel on page setup", async () => {
    const { book } = setup();
    const run = memoryExcelRun(book);
    await expect(
      run(async (context) => {
        const s = context.workbook.worksheets.getItem("Ledger");
        s.pageLayout.paperSize = "A4 paper";
        await context.sync();
      }),
    ).rejects.toThrow(/paperSize/);
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem("Ledger").pageLayout.zoom = { scale: 80, horizontalFitToPages: 1 };
        await context.sync();
      }),
    ).rejects.toThrow(/zoom/);
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem("Ledger").pageLayout.setPrintTitleRows("A1:B2");
        await context.sync();
      }),
    ).rejects.toThrow(/setPrintTitleRows/);
  });

  test("a final letter names the invoices, interest, deadline and what follows (EN and ZH)", () => {
    const interest = { annualRate: 0.1825, fixedCompensation: 0, source: "PRC SME payment regulations" };
    const earlier = [{ date: 45705, channel: "call" as const }];
    const en = buildLetter({
      stage: "final",
      customer: "Alpha",
      invoices: alpha,
      asOf: AS_OF,
      currency: "CNY",
      company,
      language: "en",
      interest,
      earlier,
      insured: true,
    });
    const table = en.blocks.find((b) => b.kind === "table")!;
    // INV2: 2,000 × 18.25 % × 67 / 365 = 67.00; INV1: 1,000 × 18.25 % × 17 / 365 = 8.50.
    expect(table.kind === "table" && table.rows).toEqual([
      ["INV2", 45650, 2000, 67, 67],
      ["INV1", 45700, 1000, 17, 8.5],
    ]);
    expect(table.kind === "table" && table.total).toEqual(["Total", null, 3000, null, 75.5]);
    const zh = buildLetter({
      stage: "final",
      customer: "Alpha",
      invoices: alpha,
      asOf: AS_OF,
      currency: "CNY",
      company,
      language: "zh-CN",
      interest,
      earlier,
      insured: true,
    });
    const text = (d: typeof en) => d.blocks.flatMap((b) => (b.kind === "paragraph" ? b.lines : [])).join("\n");
    expect(text(en)).toContain("hold all further deliveries, notify our credit insurer");
    expect(text(en)).toContain("Pay by: 2025-03-06");
    expect(text(en)).toContain("CNY 75.50");
    expect(text(zh)).toContain("付款截止日：2025年3月6日");
    expect(text(zh)).toContain("暂停后续发货，通知信用保险公司");
    expect(zh.title).toBe("最后催款通知");
  });
});

describe("two contact-log appends in flight (two panes, co-authoring)", () => {
  const entry = (customer: string) => ({
    date: 45705,
    customer,
    channel: "call" as const,
    stage: "friendly" as const,
    outcome: "promised",
  });

  /** Pane A holds its sync number `hold` while pane B appends a whole entry; then A goes on. */
  async function interleaved(hold: number) {
    const book = new MemoryWorkbook();
    book.addSheet("Ledger");
    await createOfficeGateway(memoryExcelRun(book), "memory").appendLogRow(entry("First"), "en");
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let reached!: () => void;
    const atHold = new Promise<void>((r) => (reached = r));
    const paneA = createOfficeGateway(
      memoryExcelRun(book, { beforeSync: (i) => (i === hold ? (reached(), held) : undefined) }),
      "memory",
    );
    const paneB = createOfficeGateway(memoryExcelRun(book), "memory");
    const a = paneA.appendLogRow(entry("Alpha"), "en");
    await atHold;
    await paneB.appendLogRow(entry("Beta"), "en");
    release();
    await a;
    const sheet = book.sheet("AR Lens Log")!;
    return sheet.rows.slice(1).map((r) => r[1]);
  }

  test.each([0, 1, 2, 3, 4])(
    "pane A held before its sync %i: both entries are kept, each on its own row",
    async (hold) => {
      const customers = await interleaved(hold);
      expect(customers.slice().sort()).toEqual(["Alpha", "Beta", "First"]);
    },
  );
});
