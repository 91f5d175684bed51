/** The payables column correction in the Cash plan tab, on the in-memory workbook: a corrected column is read again. */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { setup } from "./harness";

jest.setTimeout(60_000);

test("a payables column picked by hand is used: the bills are read again with it", async () => {
  const { book } = setup();
  await userEvent.click(screen.getByRole("button", { name: /use selection/i }));
  await screen.findByTestId("kpi-total-open", {}, { timeout: 20_000 });
  await userEvent.click(screen.getByRole("tab", { name: /Cash plan/ }));
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
  await waitFor(() => expect(screen.getByTestId("payables-summary").textContent).toMatch(/open ¥1,200\.00/), { timeout: 20_000 });
});
