import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createOfficeGateway } from "../../src/excel/officeGateway";
import { EXCEL_TEXT } from "../../src/i18n/excel";
import type { Language } from "../../src/i18n/translate";
import { memoryExcelRun } from "../../src/preview/workbook/excelApi";
import { MemoryWorkbook } from "../../src/preview/workbook/memoryWorkbook";
import { TaskpaneApp } from "../../src/taskpane/TaskpaneApp";
import { AS_OF, handLedger } from "../engine/analysis/handLedger";

test.each(["en", "zh-CN"] as Language[])(
  "a chart selected: the taskpane says what to select (%s)",
  async (language) => {
    const book = new MemoryWorkbook();
    const ledger = book.addSheet("Ledger");
    book.load(ledger, handLedger() as (string | number)[][]);
    book.selection = { sheetId: ledger.id, row: 0, column: 0, rows: 1, columns: 1, kind: "chart" };
    render(
      <TaskpaneApp
        gateway={createOfficeGateway(memoryExcelRun(book), "memory")}
        language={language}
        initialSettings={{ asOf: AS_OF }}
      />,
    );
    await userEvent.click(screen.getByRole("button", { name: /use selection|使用所选区域/i }));
    expect(await screen.findByText(EXCEL_TEXT[language].invalidSelection)).toBeTruthy();
  },
  60_000,
);
