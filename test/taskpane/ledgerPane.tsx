/** Shared set-up of the taskpane tests that work in the settings: a workbook holding a ledger, the pane opened on it. */
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createOfficeGateway } from "../../src/excel/officeGateway";
import type { Language } from "../../src/i18n/translate";
import { memoryExcelRun } from "../../src/preview/workbook/excelApi";
import { MemoryWorkbook } from "../../src/preview/workbook/memoryWorkbook";
import { TaskpaneApp } from "../../src/taskpane/TaskpaneApp";
import { AS_OF } from "../engine/analysis/handLedger";

/** A workbook whose sheet "Ledger" holds `values` (with their number formats), all of it selected. */
export function bookWith(values: (string | number)[][], formats: string[]): MemoryWorkbook {
  const book = new MemoryWorkbook();
  const ledger = book.addSheet("Ledger");
  book.load(ledger, values, formats);
  book.selection = { sheetId: ledger.id, row: 0, column: 0, rows: values.length, columns: values[0].length };
  return book;
}

/** The taskpane on `book`'s selection, analysed, with the settings and the column mapping opened. */
export async function openWithSetup(book: MemoryWorkbook, language: Language = "en"): Promise<void> {
  cleanup();
  render(
    <TaskpaneApp
      gateway={createOfficeGateway(memoryExcelRun(book), "memory")}
      language={language}
      initialSettings={{ asOf: AS_OF }}
    />,
  );
  await userEvent.click(screen.getByRole("button", { name: /use selection|使用所选区域/i }));
  await userEvent.click(await screen.findByRole("tab", { name: /^(Overview|概览)$/ }, { timeout: 30_000 })); // results open on Today
  await screen.findByTestId("kpi-total-open");
  // Once analysed, the settings and the column mapping are folded away: open them.
  const toggle = screen.getByTestId("setup-toggle");
  if (toggle.getAttribute("aria-expanded") !== "true") await userEvent.click(toggle);
}
