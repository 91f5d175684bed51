import { createOfficeGateway } from "../../../src/excel/officeGateway";
import { memoryExcelRun } from "../../../src/preview/workbook/excelApi";
import { MemoryWorkbook } from "../../../src/preview/workbook/memoryWorkbook";
import {
  loadRates,
  RATES_KEY,
  ratesFromSelection,
  saveRates,
  withRate,
  withoutRate,
} from "../../../src/taskpane/state/ratesMemory";

const gatewayOf = () => {
  const book = new MemoryWorkbook();
  return { book, gateway: createOfficeGateway(memoryExcelRun(book), "memory") };
};
const usd = { currency: "USD", rate: 7.19, date: 46357 };

describe("the rates kept in the workbook", () => {
  test("saved and read back; none left forgets them", async () => {
    const { book, gateway } = gatewayOf();
    await saveRates(gateway, [usd]);
    expect(await loadRates(gateway, "CNY")).toEqual({ rates: [usd], problems: [] });
    await saveRates(gateway, []);
    expect(book.settings.has(RATES_KEY)).toBe(false);
  });

  test("every stored value validated on read: a bad entry is set aside with a message naming it", async () => {
    const { book, gateway } = gatewayOf();
    book.settings.set(RATES_KEY, JSON.stringify([usd, { currency: "EUR", rate: "seven", date: null }]));
    const read = await loadRates(gateway, "CNY");
    expect(read.rates).toEqual([usd]);
    expect(read.problems.map((p) => [p.code, p.params.cell])).toEqual([["rates.badRate", "rate 2"]]);
    book.settings.set(RATES_KEY, "{not json");
    expect(await loadRates(gateway, "CNY")).toEqual({ rates: [], problems: [] });
  });

  test("read from the selected range, its rows named by their cells", async () => {
    const { book, gateway } = gatewayOf();
    const sheet = book.addSheet("Rates");
    book.load(sheet, [
      ["Currency", "Rate", "Date"],
      ["USD", 7.19, 46357],
      ["EUR", -1, ""],
    ]);
    book.selection = { sheetId: sheet.id, row: 0, column: 0, rows: 3, columns: 3 };
    const read = await ratesFromSelection(gateway, "CNY");
    expect(read.rates).toEqual([usd]);
    expect(read.problems.map((p) => p.params.cell)).toEqual(["Rates!B3"]);
    expect(read.address).toBe("Rates!A1:C3");
  });

  test("a typed rate replaces the same currency's; removing one keeps the others", () => {
    const eur = { currency: "EUR", rate: 7.81, date: null };
    expect(withRate([usd, eur], { currency: "usd", rate: 7.2, date: null })).toEqual([
      eur,
      { currency: "USD", rate: 7.2, date: null },
    ]);
    expect(withoutRate([usd, eur], "USD")).toEqual([eur]);
  });
});
