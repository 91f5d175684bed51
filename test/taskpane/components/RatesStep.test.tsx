/** The setup's rates step: shown once the ledger holds several currencies or rates are kept; one controller. */
import { act, renderHook, screen, waitFor } from "@testing-library/react";
import type { Analysis } from "../../../src/engine";
import { createOfficeGateway } from "../../../src/excel/officeGateway";
import { RATES_TEXT } from "../../../src/i18n/currencies";
import { memoryExcelRun } from "../../../src/preview/workbook/excelApi";
import { MemoryWorkbook } from "../../../src/preview/workbook/memoryWorkbook";
import { RatesStep, useRatesStep } from "../../../src/taskpane/components/RatesStep";
import { defaultSettings } from "../../../src/taskpane/state/settings";
import type { RatesController } from "../../../src/taskpane/state/useRates";
import { analysis, inPane } from "../tabs/analysedPane";

const rates = (kept: number): RatesController => ({
  state: {
    rates: Array.from({ length: kept }, () => ({ currency: "USD", rate: 7.1, date: null })),
    problems: [],
    address: null,
    error: null,
  },
  add: () => {},
  remove: () => {},
  fromSelection: async () => true,
});
const controller = (a: Analysis | null) => ({
  state: { analysis: a, settings: defaultSettings(45_000) },
  setSettings: () => {},
});
const step = (kept: number, a: Analysis | null) =>
  inPane(<RatesStep rates={rates(kept)} controller={controller(a)} busy={false} headingStyle={{}} locale="en-US" />);

test("hidden for a ledger in one currency with no rates kept; shown when rates are kept or currencies mixed", () => {
  expect(step(0, analysis).container.textContent).toBe("");
  expect(step(0, null).container.textContent).toBe("");
  step(1, null);
  expect(screen.getAllByRole("heading", { name: RATES_TEXT.en.title })).toHaveLength(1);
  const mixed = {
    ...analysis,
    ledgerCurrencies: [
      { code: "USD", rows: 3 },
      { code: "EUR", rows: 2 },
    ],
  };
  step(0, mixed);
  expect(screen.getAllByRole("heading", { name: RATES_TEXT.en.title })).toHaveLength(2);
});

test("the pane's one controller hands the rates to the analysis settings", async () => {
  const book = new MemoryWorkbook();
  book.addSheet("Ledger");
  const gateway = createOfficeGateway(memoryExcelRun(book), "memory");
  const setSettings = jest.fn();
  const settings = { ...controller(null), setSettings };
  const hook = renderHook(() => useRatesStep(gateway, settings, "en-US"));
  await act(async () => hook.result.current.add("EUR", "1.08", ""));
  await waitFor(() => expect(setSettings).toHaveBeenCalled());
  expect(setSettings.mock.calls.at(-1)[0].rates.map((r: { currency: string }) => r.currency)).toEqual(["EUR"]);
});
