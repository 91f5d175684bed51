/** The taskpane on an in-memory workbook holding the hand-built ledger (or the workbook and its gateway alone). */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createOfficeGateway } from "../../src/excel/officeGateway";
import type { WorkbookGateway } from "../../src/excel/gateway";
import { memoryExcelRun } from "../../src/preview/workbook/excelApi";
import { MemoryWorkbook } from "../../src/preview/workbook/memoryWorkbook";
import { TaskpaneApp } from "../../src/taskpane/TaskpaneApp";
import type { Language } from "../../src/i18n/translate";
import { AS_OF, handLedger } from "../engine/analysis/handLedger";

export interface BookOptions {
  wrap?: (g: WorkbookGateway) => WorkbookGateway;
  values?: (string | number)[][];
  settings?: Record<string, string>;
}

/** An in-memory workbook whose sheet "Ledger" holds `values` (the hand-built ledger by default), all of it selected. */
export function handBook(options: BookOptions = {}) {
  const book = new MemoryWorkbook();
  for (const [key, value] of Object.entries(options.settings ?? {})) book.settings.set(key, value);
  const ledger = book.addSheet("Ledger");
  const values = options.values ?? (handLedger() as (string | number)[][]);
  book.load(ledger, values, ["@", "@", "yyyy-mm-dd", "yyyy-mm-dd", "#,##0.00", "#,##0.00", "yyyy-mm-dd", "@"]);
  book.selection = {
    sheetId: ledger.id,
    row: 0,
    column: 0,
    rows: values.length,
    columns: values.reduce((w, r) => Math.max(w, r.length), 0),
  };
  const base = createOfficeGateway(memoryExcelRun(book), "memory");
  const gateway = options.wrap ? options.wrap(base) : base;
  return { book, ledger, gateway };
}

export function setup(options: BookOptions & { language?: Language } = {}) {
  const { book, ledger, gateway } = handBook(options);
  const view = render(
    <TaskpaneApp gateway={gateway} language={options.language ?? "en"} initialSettings={{ asOf: AS_OF }} />,
  );
  return { book, ledger, view };
}

/** Analyses the selection (results open on Today), waits for the Overview's total, then opens the Cash plan tab. */
export async function analyseThenOpenCash(overview: RegExp = /^(Overview|概览)$/): Promise<void> {
  await userEvent.click(screen.getByRole("button", { name: /use selection/i }));
  await userEvent.click(await screen.findByRole("tab", { name: overview }, { timeout: 30_000 }));
  await screen.findByTestId("kpi-total-open", {}, { timeout: 20_000 });
  await userEvent.click(screen.getByRole("tab", { name: /Cash plan/ }));
}
