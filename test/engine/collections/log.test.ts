import { logRowCells, parseContactLog, LOG_HEADERS, LOG_FIELDS } from "../../../src/engine/collections/log";

describe("the contact log read back", () => {
  it("reads English or Chinese headers in any order and channel / stage words in either language", () => {
    const log = parseContactLog(
      [
        ["备注", "客户", "日期", "渠道", "阶段", "承诺付款日", "承诺金额"],
        ["", "上海贸易", "2025/3/1", "微信", "催款", "2025年3月10日", "1,000.50"],
        ["x", "Alpha", 45700, "phone", "Final notice", "", ""],
      ],
      "催收记录",
    );
    expect(log.issues).toEqual([]);
    expect(
      log.entries.map((e) => [e.customer, e.date, e.channel, e.stage, e.promisedDate, e.promisedAmount, e.note]),
    ).toEqual([
      ["上海贸易", 45717, "wechat", "firm", 45726, 1000.5, ""],
      ["Alpha", 45700, "call", "final", null, null, "x"],
    ]);
  });

  it("reports each bad row with its cell address and drops nothing", () => {
    const log = parseContactLog(
      [
        ["Date", "Customer", "Channel", "Stage", "Promised date", "Promised amount"],
        ["soon", "Alpha", "Call", "", "", ""], // excluded: date
        [45700, "", "Call", "", "", ""], // excluded: customer
        [45700, "Beta", "pigeon", "", "", ""], // warning: channel
        [45700, "Beta", "Call", "gentle", "", ""], // warning: stage
        [45700, "Beta", "Call", "", 45710, ""], // warning: promise without amount
        [45700, "Beta", "Call", "", "", "abc"], // warning: amount
        ["", "", "", "", "", ""], // blank
      ],
      "AR Lens Log",
    );
    expect(log.counts).toEqual({ dataRows: 7, entries: 4, excluded: 2, blank: 1 });
    expect(log.issues.map((i) => [i.address, i.severity, i.reason.code])).toEqual([
      ["'AR Lens Log'!A2", "excluded", "log.badDate"],
      ["'AR Lens Log'!B3", "excluded", "log.noCustomer"],
      ["'AR Lens Log'!C4", "warning", "log.badChannel"],
      ["'AR Lens Log'!D5", "warning", "log.badStage"],
      ["'AR Lens Log'!F6", "warning", "log.promiseNoAmount"],
      ["'AR Lens Log'!F7", "warning", "log.badPromisedAmount"],
    ]);
    expect(log.entries.every((e) => e.promisedDate === null)).toBe(true);
    expect(log.entries[0].channel).toBe("other");
  });

  it("says when the header row lacks the date or customer column", () => {
    const log = parseContactLog(
      [
        ["When", "Who"],
        [45700, "A"],
      ],
      "Log",
    );
    expect(log.counts.excluded).toBe(1);
    expect(log.issues[0].reason.code).toBe("log.missingColumn");
  });

  it("writes rows that read back as they were, in both languages", () => {
    for (const lang of ["en", "zh-CN"] as const) {
      const header = LOG_FIELDS.map((f) => LOG_HEADERS[lang][f]);
      const row = logRowCells(
        {
          date: 45700,
          customer: "Alpha",
          invoice: "INV1",
          channel: "wechat",
          stage: "final",
          outcome: "ok",
          promisedDate: 45710,
          promisedAmount: 99.5,
          note: "n",
        },
        lang,
      );
      const back = parseContactLog([header, row], "L").entries[0];
      expect(back).toMatchObject({
        date: 45700,
        customer: "Alpha",
        invoice: "INV1",
        channel: "wechat",
        stage: "final",
        outcome: "ok",
        promisedDate: 45710,
        promisedAmount: 99.5,
        note: "n",
      });
    }
  });
});
