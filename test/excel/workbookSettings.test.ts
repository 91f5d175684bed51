import { utf8Bytes } from "../../src/excel/chunks";
import { createOfficeGateway } from "../../src/excel/officeGateway";
import { SETTING_LIMIT_BYTES, SettingError } from "../../src/excel/workbookSettings";
import { ExcelApiError, memoryExcelRun } from "../../src/preview/workbook/excelApi";
import { MemoryWorkbook } from "../../src/preview/workbook/memoryWorkbook";

function setup() {
  const book = new MemoryWorkbook();
  book.addSheet("Ledger");
  return { book, gateway: createOfficeGateway(memoryExcelRun(book), "memory") };
}

describe("settings saved in the workbook (Excel.SettingCollection)", () => {
  test("a value written is read back, stored as JSON under the arlens. namespace", async () => {
    const { book, gateway } = setup();
    const value = {
      columns: { customer: 0, amount: 4 },
      headerRow: 2,
      note: "客户 Ünïcode",
      list: [1, 2.5, null, true],
    };
    await gateway.writeSetting("mapping.Ledger", value);
    expect(book.settings.get("arlens.mapping.Ledger")).toBe(JSON.stringify(value));
    expect(await gateway.readSetting("mapping.Ledger")).toEqual(value);
    // The namespaced spelling reaches the same setting.
    expect(await gateway.readSetting("arlens.mapping.Ledger")).toEqual(value);
  });

  test("an absent key reads as null; a setting not written by AR Lens is never read", async () => {
    const { book, gateway } = setup();
    book.settings.set("mapping", JSON.stringify({ other: "add-in" }));
    expect(await gateway.readSetting("missing")).toBeNull();
    expect(await gateway.readSetting("mapping")).toBeNull();
  });

  test("a later write replaces the value; undefined removes it", async () => {
    const { book, gateway } = setup();
    await gateway.writeSetting("x", 1);
    await gateway.writeSetting("x", { a: "b" });
    expect(await gateway.readSetting("x")).toEqual({ a: "b" });
    await gateway.writeSetting("x", undefined);
    expect(book.settings.has("arlens.x")).toBe(false);
    expect(await gateway.readSetting("x")).toBeNull();
    await gateway.writeSetting("never-written", undefined); // removing an absent key is not an error
  });

  test("null, numbers, strings and arrays round-trip", async () => {
    const { gateway } = setup();
    for (const v of [null, 0, -12.5, "", "=SUM(1)", [], [[1, "a"]], false]) {
      await gateway.writeSetting("v", v);
      expect(await gateway.readSetting("v")).toEqual(v);
    }
  });

  test("a stored value edited into invalid JSON reads as null (the caller falls back to detection)", async () => {
    const { book, gateway } = setup();
    book.settings.set("arlens.broken", "{not json");
    expect(await gateway.readSetting("broken")).toBeNull();
  });

  test("a value over the limit (UTF-8 bytes) is refused with a clear error and the previous value stays", async () => {
    const { gateway } = setup();
    await gateway.writeSetting("big", "small");
    const chinese = "客".repeat(Math.ceil(SETTING_LIMIT_BYTES / 3)); // under the limit in characters, over it in UTF-8 bytes
    expect(chinese.length).toBeLessThan(SETTING_LIMIT_BYTES);
    expect(utf8Bytes(JSON.stringify(chinese))).toBeGreaterThan(SETTING_LIMIT_BYTES);
    const attempt = gateway.writeSetting("big", chinese);
    await expect(attempt).rejects.toThrow(SettingError);
    await expect(attempt).rejects.toThrow(/"arlens.big" is [\d,]+ bytes; at most 1,048,576 bytes/);
    expect(await gateway.readSetting("big")).toBe("small");
  });

  test("an empty key or a value that is not JSON is refused", async () => {
    const { gateway } = setup();
    await expect(gateway.writeSetting("", 1)).rejects.toThrow(SettingError);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    await expect(gateway.writeSetting("c", cyclic)).rejects.toThrow(/not plain data/);
  });

  test("the stand-in: a setting's value cannot be read before load and sync, like Excel", async () => {
    const { book } = setup();
    book.settings.set("arlens.k", "1");
    const run = memoryExcelRun(book);
    await expect(
      run(async (context) => {
        const item = context.workbook.settings.getItemOrNullObject("arlens.k");
        return item.value;
      }),
    ).rejects.toThrow(ExcelApiError);
    await expect(
      run(async (context) => {
        const item = context.workbook.settings.getItemOrNullObject("arlens.k");
        item.load("value");
        await context.sync();
        return item.value;
      }),
    ).resolves.toBe("1");
  });
});
