/** The payables column correction in the Cash plan tab, on the in-memory workbook: a corrected column is read again. */
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createOfficeGateway } from "../../../src/excel/officeGateway";
import type { Language } from "../../../src/i18n/translate";
import { memoryExcelRun } from "../../../src/preview/workbook/excelApi";
import type { MemoryWorkbook } from "../../../src/preview/workbook/memoryWorkbook";
import { PAYABLES_COLUMNS_KEY } from "../../../src/taskpane/state/payablesMemory";
import { TaskpaneApp } from "../../../src/taskpane/TaskpaneApp";
import { AS_OF } from "../../engine/analysis/handLedger";
import { analyseThenOpenCash, setup } from "../harness";

jest.setTimeout(60_000);

test("a payables column picked by hand is used: the bills are read again with it", async () => {
  const { book } = setup();
  await analyseThenOpenCash();
  await screen.findByTestId("cash-tab");

  const sheet = book.addSheet("Payables");
  const values = [
    ["Supplier", "Bill No", "Bill date", "Due date", "Amount", "Net"],
    ["Steel Co", "B1", "2025-06-01", "2025-07-01", 1000, 800],
    ["Paper Ltd", "B2", "2025-06-10", "2025-07-10", 500, 400],
  ];
  book.load(sheet, values, ["@", "@", "yyyy-mm-dd", "yyyy-mm-dd", "#,##0.00", "#,##0.00"]);
  book.activeSheetId = sheet.id;
  book.selection = { sheetId: sheet.id, row: 0, column: 0, rows: values.length, columns: 6 };
  await userEvent.click(screen.getByTestId("use-payables"));
  const summary = await screen.findByTestId("payables-summary");
  await waitFor(() => expect(summary.textContent).toMatch(/2 bills, 0 rows not used, 0 blank · open ¥1,500\.00/));

  const columns = screen.getByTestId("payables-columns");
  await userEvent.click(within(columns).getByText("Payables columns"));
  // Supplier, not Customer: the payables' own names.
  expect(within(columns).getByText("Supplier")).toBeTruthy();
  expect(within(columns).queryByText("Insured limit")).toBeNull();
  const amount = within(columns).getByRole("combobox", { name: /^Amount/ }) as HTMLSelectElement;
  expect(amount.value).toBe("4");
  await userEvent.selectOptions(amount, "5");
  await waitFor(() => expect(screen.getByTestId("payables-summary").textContent).toMatch(/open ¥1,200\.00/), {
    timeout: 20_000,
  });
});

const BILLS = [
  ["Supplier", "Bill No", "Bill date", "Due date", "Amount", "Net"],
  ["Steel Co", "B1", "2025-06-01", "2025-07-01", 1000, 800],
  ["Paper Ltd", "B2", "2025-06-10", "2025-07-10", 500, 400],
];

/** The pane analysed, on its Cash plan tab, with `values` on a sheet "Payables" selected (not yet read). */
async function cashTabWithBills(values: (string | number)[][], language: Language = "en"): Promise<MemoryWorkbook> {
  const { book } = setup({ language });
  await userEvent.click(screen.getByRole("button", { name: /use selection|使用所选区域/i }));
  await userEvent.click(await screen.findByRole("tab", { name: /^(Overview|概览)$/ }, { timeout: 30_000 })); // results open on Today
  await screen.findByTestId("kpi-total-open", {}, { timeout: 20_000 });
  await userEvent.click(screen.getByRole("tab", { name: /Cash plan|现金/ }));
  await screen.findByTestId("cash-tab");
  const sheet = book.addSheet("Payables");
  book.load(sheet, values, ["@", "@", "yyyy-mm-dd", "yyyy-mm-dd", "#,##0.00", "#,##0.00"]);
  book.activeSheetId = sheet.id;
  book.selection = { sheetId: sheet.id, row: 0, column: 0, rows: values.length, columns: values[0].length };
  return book;
}

async function useBills(open: RegExp): Promise<void> {
  await userEvent.click(screen.getByTestId("use-payables"));
  await waitFor(() => expect(screen.getByTestId("payables-summary").textContent).toMatch(open), { timeout: 20_000 });
}

async function pickAmountColumn(column: string): Promise<void> {
  const columns = screen.getByTestId("payables-columns");
  if (!columns.hasAttribute("open")) await userEvent.click(within(columns).getByText(/Payables columns|应付台账的列/));
  await userEvent.selectOptions(within(columns).getByRole("combobox", { name: /^(Amount|金额)/ }), column);
}

describe("payables column corrections kept with the workbook", () => {
  test("saved with the range's header, used again when the same bills are read, and forgotten by the reset", async () => {
    const book = await cashTabWithBills(BILLS);
    await useBills(/open ¥1,500\.00/);
    await pickAmountColumn("5");
    await waitFor(() => expect(screen.getByTestId("payables-summary").textContent).toMatch(/open ¥1,200\.00/), {
      timeout: 20_000,
    });
    await waitFor(() => expect(book.settings.get(PAYABLES_COLUMNS_KEY)).toBeDefined());
    expect(JSON.parse(book.settings.get(PAYABLES_COLUMNS_KEY) as string)).toEqual({
      signature: "supplier|bill no|bill date|due date|amount|net",
      mapping: { amount: 5 },
    });

    // Read again (next month's bills pasted over the same layout): the correction is used, and said so.
    await useBills(/open ¥1,200\.00/);
    expect(screen.getByTestId("payables-restored").textContent).toMatch(/saved in this workbook/);

    await userEvent.click(screen.getByTestId("payables-reset"));
    await waitFor(() => expect(screen.getByTestId("payables-summary").textContent).toMatch(/open ¥1,500\.00/), {
      timeout: 20_000,
    });
    await waitFor(() => expect(book.settings.has(PAYABLES_COLUMNS_KEY)).toBe(false));
    expect(screen.queryByTestId("payables-restored")).toBeNull();
  });

  test("restored when the pane is opened again on the workbook, in Chinese too; another header is read by detection", async () => {
    const book = await cashTabWithBills(BILLS, "zh-CN");
    await useBills(/未付 ¥1,500\.00/);
    await pickAmountColumn("5");
    await waitFor(() => expect(book.settings.get(PAYABLES_COLUMNS_KEY)).toBeDefined());

    cleanup();
    render(
      <TaskpaneApp
        gateway={createOfficeGateway(memoryExcelRun(book), "memory")}
        language="zh-CN"
        initialSettings={{ asOf: AS_OF }}
      />,
    );
    const ledger = book.sheets.find((s) => s.name === "Ledger")!;
    book.activeSheetId = ledger.id;
    book.selection = {
      sheetId: ledger.id,
      row: 0,
      column: 0,
      rows: ledger.rows.length,
      columns: Math.max(...ledger.rows.map((r) => r.length)),
    };
    await userEvent.click(screen.getByRole("button", { name: /使用所选区域/ }));
    await userEvent.click(await screen.findByRole("tab", { name: /^(Overview|概览)$/ }, { timeout: 30_000 })); // results open on Today
    await screen.findByTestId("kpi-total-open", {}, { timeout: 20_000 });
    await userEvent.click(screen.getByRole("tab", { name: /现金/ }));
    await waitFor(() => expect(screen.getByTestId("payables-summary").textContent).toMatch(/未付 ¥1,200\.00/), {
      timeout: 20_000,
    });
    expect(screen.getByTestId("payables-restored").textContent).toBe(
      "已沿用此前在本工作簿中保存的应付台账列对应关系。",
    );

    // Another layout on the selection (a column more, other headers): detection, nothing restored.
    const other = book.addSheet("Bills 2");
    const values = [
      ["Vendor", "Ref", "Date", "Due", "Total", "Paid", "Net"],
      ["Steel Co", "B9", "2025-06-01", "2025-07-01", 700, 0, 600],
    ];
    book.load(other, values, ["@", "@", "yyyy-mm-dd", "yyyy-mm-dd", "#,##0.00", "#,##0.00", "#,##0.00"]);
    book.activeSheetId = other.id;
    book.selection = { sheetId: other.id, row: 0, column: 0, rows: 2, columns: 7 };
    await useBills(/未付 ¥700\.00/);
    expect(screen.queryByTestId("payables-restored")).toBeNull();
  });
});
