import { act, renderHook, waitFor } from "@testing-library/react";
import type { RateEntry } from "../../../src/engine";
import { createOfficeGateway } from "../../../src/excel/officeGateway";
import { memoryExcelRun } from "../../../src/preview/workbook/excelApi";
import { MemoryWorkbook } from "../../../src/preview/workbook/memoryWorkbook";
import { RATES_KEY } from "../../../src/taskpane/state/ratesMemory";
import { useRates } from "../../../src/taskpane/state/useRates";

function pane(saved?: RateEntry[]) {
  const book = new MemoryWorkbook();
  book.addSheet("Ledger");
  if (saved) book.settings.set(RATES_KEY, JSON.stringify(saved));
  const gateway = createOfficeGateway(memoryExcelRun(book), "memory");
  const handed: RateEntry[][] = [];
  const hook = renderHook(() => useRates(gateway, "CNY", (r) => handed.push(r)));
  return { book, handed, hook };
}

describe("the rates table's state in the pane", () => {
  test("loads the workbook's rates once and hands them to the analysis", async () => {
    const { hook, handed } = pane([{ currency: "USD", rate: 7.1, date: null }]);
    await waitFor(() => expect(hook.result.current.state.rates).toHaveLength(1));
    expect(handed.at(-1)).toEqual([{ currency: "USD", rate: 7.1, date: null }]);
  });

  test("a typed rate is added, handed over and saved; a bad one is set aside with its reason; removal too", async () => {
    const { hook, handed, book } = pane();
    await act(async () => hook.result.current.add("eur", "7.8", ""));
    expect(hook.result.current.state.rates.map((r) => [r.currency, r.rate])).toEqual([["EUR", 7.8]]);
    expect(handed.at(-1)).toHaveLength(1);
    await waitFor(() => expect(String(book.settings.get(RATES_KEY))).toContain("7.8"));
    await act(async () => hook.result.current.add("GBP", "minus one", ""));
    expect(hook.result.current.state.problems.length).toBeGreaterThan(0);
    expect(hook.result.current.state.rates).toHaveLength(1);
    await act(async () => hook.result.current.remove("EUR"));
    expect(hook.result.current.state.rates).toEqual([]);
    expect(handed.at(-1)).toEqual([]);
  });
});
