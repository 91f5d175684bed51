import { createOfficeGateway } from "../../../src/excel/officeGateway";
import {
  findRecord,
  findRecordChecked,
  forgetRecord,
  headerSignature,
  LedgerRecord,
  MAX_RECORDS,
  rememberLedger,
  saveRecord,
  savedSettings,
} from "../../../src/taskpane/state/ledgerMemory";
import { defaultSettings } from "../../../src/taskpane/state/settings";
import { detectColumns } from "../../../src/engine/ledger/columns";
import { memoryExcelRun } from "../../../src/preview/workbook/excelApi";
import { MemoryWorkbook } from "../../../src/preview/workbook/memoryWorkbook";
import { SAVED_TEXT } from "../../../src/i18n/savedSettings";
import { handLedger } from "../../engine/analysis/handLedger";

const input = { values: handLedger(), sheet: "Ledger", topLeft: "A1" };
const gatewayOf = (book = new MemoryWorkbook()) => ({
  book,
  gateway: createOfficeGateway(memoryExcelRun(book), "memory"),
});
const record = (over: Partial<LedgerRecord> = {}): LedgerRecord => ({
  signature: headerSignature(input.values, 1),
  headerRow: 1,
  overrides: { amount: 5 },
  settings: { ...savedSettings(defaultSettings(1)), riskAppetite: "conservative" },
  ...over,
});

describe("the ledger's saved mapping and settings", () => {
  test("the header signature: trimmed, lower-cased texts of the header row", () => {
    expect(headerSignature([["x"], [" Customer ", "Amount", "", ""]], 1)).toBe("customer|amount");
    expect(headerSignature(input.values, -1)).toBe("");
  });

  test("saved under arlens.ledger.<sheet>, found again for the same header, not for another", async () => {
    const { book, gateway } = gatewayOf();
    await saveRecord(gateway, input, record());
    expect(JSON.parse(book.settings.get("arlens.ledger.Ledger") as string)).toHaveLength(1);
    expect(await findRecord(gateway, input)).toEqual(record());
    const renamedHeader = { ...input, values: input.values.map((r, i) => (i === 1 ? ["Client", ...r.slice(1)] : r)) };
    expect(await findRecord(gateway, renamedHeader)).toBeNull();
    expect(await findRecord(gateway, { ...input, sheet: "Other" })).toBeNull();
  });

  test("the header row is where it was saved, even when detection would pick another", async () => {
    const { gateway } = gatewayOf();
    const shifted = { ...input, values: [["note"], ...input.values] }; // the header moved down one row
    await saveRecord(gateway, shifted, record({ signature: headerSignature(shifted.values, 2), headerRow: 2 }));
    expect((await findRecord(gateway, shifted))?.headerRow).toBe(2);
    expect(await findRecord(gateway, input)).toBeNull(); // row 2 of the unshifted ledger is not the header
  });

  test("several layouts per sheet, newest first, at most MAX_RECORDS; forgetting one keeps the others", async () => {
    const { book, gateway } = gatewayOf();
    for (let i = 0; i < MAX_RECORDS + 2; i++) await saveRecord(gateway, input, record({ signature: `sig${i}` }));
    await saveRecord(gateway, input, record());
    const stored = JSON.parse(book.settings.get("arlens.ledger.Ledger") as string) as LedgerRecord[];
    expect(stored).toHaveLength(MAX_RECORDS);
    expect(stored[0].signature).toBe(record().signature);
    await forgetRecord(gateway, input, record().signature);
    expect(await findRecord(gateway, input)).toBeNull();
    expect(JSON.parse(book.settings.get("arlens.ledger.Ledger") as string)).toHaveLength(MAX_RECORDS - 1);
  });

  test("nothing changed from detection and the defaults: nothing is kept (a restored record is forgotten)", async () => {
    const { book, gateway } = gatewayOf();
    await saveRecord(gateway, input, record());
    const plain = record({ overrides: {}, settings: savedSettings(defaultSettings(1)) });
    await rememberLedger(gateway, input, plain, defaultSettings(1), 1);
    expect(book.settings.has("arlens.ledger.Ledger")).toBe(false);
    await rememberLedger(gateway, input, record(), defaultSettings(1), 1);
    expect(await findRecord(gateway, input)).toEqual(record());
  });

  test("a broken or foreign value is ignored; a failing save is reported, not thrown", async () => {
    const { book, gateway } = gatewayOf();
    book.settings.set("arlens.ledger.Ledger", JSON.stringify([{ junk: 1 }, "x"]));
    expect(await findRecord(gateway, input)).toBeNull();
    const errors: unknown[] = [];
    const huge = record({ settings: { agingEdges: "9".repeat(2_000_000) } });
    await saveRecord(gateway, input, huge, (e) => errors.push(e));
    expect(errors).toHaveLength(1);
  });

  test("EN and ZH texts have the same keys", () => {
    expect(Object.keys(SAVED_TEXT["zh-CN"]).sort()).toEqual(Object.keys(SAVED_TEXT.en).sort());
  });
});

describe("a saved record is checked when read back (hand-edited, another version, another width)", () => {
  const width = input.values.reduce((w, r) => Math.max(w, r.length), 0);

  test("a saved column beyond the ledger's width, same header: that column is set aside and named, detection reads", async () => {
    const { gateway } = gatewayOf();
    await saveRecord(gateway, input, record({ overrides: { amount: width + 3, customer: 0 } }));
    const found = await findRecordChecked(gateway, input);
    expect(found.record!.overrides).toEqual({ customer: 0 });
    expect(found.setAside).toEqual(["amount"]);
    expect(() =>
      detectColumns(input.values, { mapping: found.record!.overrides, headerRow: found.record!.headerRow }),
    ).not.toThrow();
  });

  test.each([
    ["a column that is not a whole number", { overrides: { amount: "E" } }, ["amount"]],
    ["a field AR Lens does not know", { overrides: { amount: 5, colour: 2 } }, ["colour"]],
    ["a setting out of its choices", { settings: { riskAppetite: "yolo", agingBasis: "due" } }, ["riskAppetite"]],
    ["a number of days that is text", { settings: { dsoWindowDays: "ninety" } }, ["dsoWindowDays"]],
    ["trend months other than 12 or 24", { settings: { trendMonths: 7 } }, ["trendMonths"]],
    [
      "thresholds that are not numbers",
      { settings: { alertThresholds: { deteriorationDays: "x" } } },
      ["alertThresholds"],
    ],
  ])("%s: set aside and named, the rest of the record kept", async (_what, over, names) => {
    const { gateway } = gatewayOf();
    await saveRecord(gateway, input, record(over as Partial<LedgerRecord>));
    const found = await findRecordChecked(gateway, input);
    expect(found.setAside).toEqual(names);
    expect(found.record).not.toBeNull();
  });

  test("a stored value that is not a list of records: unreadable, said so, detection used", async () => {
    const { book, gateway } = gatewayOf();
    book.settings.set("arlens.ledger.Ledger", JSON.stringify({ amount: 99 }));
    expect(await findRecordChecked(gateway, input)).toEqual({ record: null, setAside: [], unreadable: true });
    expect(await findRecord(gateway, input)).toBeNull();
  });

  test("a good record: nothing set aside", async () => {
    const { gateway } = gatewayOf();
    await saveRecord(gateway, input, record());
    expect(await findRecordChecked(gateway, input)).toEqual({ record: record(), setAside: [], unreadable: false });
  });
});
