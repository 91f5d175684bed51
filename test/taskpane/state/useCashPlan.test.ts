/** The cash plan read back from the workbook when the pane opens: what can be used, and what is set aside. */
import { createOfficeGateway } from "../../../src/excel/officeGateway";
import { memoryExcelRun } from "../../../src/preview/workbook/excelApi";
import { MemoryWorkbook } from "../../../src/preview/workbook/memoryWorkbook";
import { PAYABLES_COLUMNS_KEY } from "../../../src/taskpane/state/payablesMemory";
import { CASH_KEYS, loadCashPlan } from "../../../src/taskpane/state/useCashPlan";

const bills = [
  ["Supplier", "Bill No", "Due date", "Amount"],
  ["Steel Co", "B1", "2025-07-01", 1000],
  ["Paper Ltd", "B2", "2025-07-15", 500],
];
const gatewayOf = () => {
  const book = new MemoryWorkbook();
  return { book, gateway: createOfficeGateway(memoryExcelRun(book), "memory") };
};

describe("the cash plan kept with the workbook", () => {
  test("nothing kept: no settings, plans or payables, nothing set aside", async () => {
    const { gateway } = gatewayOf();
    expect(await loadCashPlan(gateway)).toEqual({
      settings: null,
      frozen: [],
      payables: null,
      columns: null,
      setAside: [],
    });
  });

  test("the settings kept are used; a payables address that is not text and frozen plans that are not a list are set aside", async () => {
    const { gateway } = gatewayOf();
    await gateway.writeSetting(CASH_KEYS.settings, { openingCash: 250000 });
    await gateway.writeSetting(CASH_KEYS.payables, 42);
    await gateway.writeSetting(CASH_KEYS.frozen, "plans");
    const kept = await loadCashPlan(gateway);
    expect(kept.settings).toEqual({ openingCash: 250000 });
    expect(kept.payables).toBeNull();
    expect(kept.setAside).toEqual([{ key: CASH_KEYS.frozen, count: 0 }, { key: CASH_KEYS.payables }]);
  });

  test("settings that are not an object: none used, set aside with no field named", async () => {
    const { gateway } = gatewayOf();
    await gateway.writeSetting(CASH_KEYS.settings, "opening cash");
    const kept = await loadCashPlan(gateway);
    expect(kept.settings).toBeNull();
    expect(kept.setAside).toEqual([{ key: CASH_KEYS.settings, fields: [] }]);
  });

  test("the payables range read again from its address, its columns detected; a damaged correction set aside", async () => {
    const { book, gateway } = gatewayOf();
    const sheet = book.addSheet("Bills");
    book.load(sheet, bills, ["@", "@", "yyyy-mm-dd", "#,##0.00"]);
    await gateway.writeSetting(CASH_KEYS.payables, "Bills!A1:D3");
    const kept = await loadCashPlan(gateway);
    expect(kept.payables?.address).toBe("Bills!A1:D3");
    expect(kept.payables?.values).toHaveLength(3);
    expect(kept.columns).toBeNull();
    expect(kept.setAside).toEqual([]);
    await gateway.writeSetting(PAYABLES_COLUMNS_KEY, "not a list");
    expect((await loadCashPlan(gateway)).setAside).toEqual([{ key: PAYABLES_COLUMNS_KEY }]);
  });
});
