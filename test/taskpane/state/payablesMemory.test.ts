import { createOfficeGateway } from "../../../src/excel/officeGateway";
import type { WorkbookGateway } from "../../../src/excel/gateway";
import { memoryExcelRun } from "../../../src/preview/workbook/excelApi";
import { MemoryWorkbook } from "../../../src/preview/workbook/memoryWorkbook";
import {
  checkedPayablesColumns,
  PAYABLES_COLUMNS_KEY,
  payablesSignature,
  savePayablesColumns,
  savedPayablesColumns,
} from "../../../src/taskpane/state/payablesMemory";

const bills = [
  ["Payables, June", "", "", "", ""],
  ["Supplier", "Bill No", "Due date", "Amount", "Net"],
  ["Steel Co", "B1", "2025-07-01", 1000, 800],
];
const gatewayOf = () => {
  const book = new MemoryWorkbook();
  return { book, gateway: createOfficeGateway(memoryExcelRun(book), "memory") };
};

describe("the payables columns kept with the workbook", () => {
  test("the signature is the detected header row's, below a title line", () => {
    expect(payablesSignature(bills)).toBe("supplier|bill no|due date|amount|net");
    expect(payablesSignature([])).toBe("");
  });

  test("saved, found for the same header only, forgotten when no correction is left", async () => {
    const { book, gateway } = gatewayOf();
    await savePayablesColumns(gateway, bills, { amount: 4, paidAmount: null });
    expect(await savedPayablesColumns(gateway, bills)).toEqual({ amount: 4, paidAmount: null });
    const renamed = bills.map((r, i) => (i === 1 ? [...r.slice(0, 4), "Net amount"] : r));
    expect(await savedPayablesColumns(gateway, renamed)).toBeNull();
    await savePayablesColumns(gateway, bills, {});
    expect(book.settings.has(PAYABLES_COLUMNS_KEY)).toBe(false);
    expect(await savedPayablesColumns(gateway, bills)).toBeNull();
  });

  test("a damaged record, a column beyond the range or a workbook that cannot be asked: detection, no error", async () => {
    const { book, gateway } = gatewayOf();
    for (const bad of [
      { signature: 3, mapping: {} },
      { signature: payablesSignature(bills), mapping: { amount: "4" } },
      { signature: payablesSignature(bills), mapping: [4] },
      "x",
    ]) {
      book.settings.set(PAYABLES_COLUMNS_KEY, JSON.stringify(bad));
      expect(await savedPayablesColumns(gateway, bills)).toBeNull();
    }
    book.settings.set(
      PAYABLES_COLUMNS_KEY,
      JSON.stringify({ signature: payablesSignature(bills), mapping: { amount: 9 } }),
    );
    expect(await savedPayablesColumns(gateway, bills)).toBeNull();
    const failing = { ...gateway, readSetting: () => Promise.reject(new Error("offline")) } as WorkbookGateway;
    expect(await savedPayablesColumns(failing, bills)).toBeNull();
  });
});

describe("the payables columns checked when read back", () => {
  test("a damaged record or one whose column is beyond the range (same header): set aside, said; another header: not", async () => {
    const { book, gateway } = gatewayOf();
    book.settings.set(
      PAYABLES_COLUMNS_KEY,
      JSON.stringify({ signature: payablesSignature(bills), mapping: { amount: 9 } }),
    );
    expect(await checkedPayablesColumns(gateway, bills)).toEqual({ mapping: null, setAside: true });
    book.settings.set(PAYABLES_COLUMNS_KEY, JSON.stringify("x"));
    expect(await checkedPayablesColumns(gateway, bills)).toEqual({ mapping: null, setAside: true });
    book.settings.set(PAYABLES_COLUMNS_KEY, JSON.stringify({ signature: "other|header", mapping: { amount: 9 } }));
    expect(await checkedPayablesColumns(gateway, bills)).toEqual({ mapping: null, setAside: false });
    await savePayablesColumns(gateway, bills, { amount: 4 });
    expect(await checkedPayablesColumns(gateway, bills)).toEqual({ mapping: { amount: 4 }, setAside: false });
  });
});
