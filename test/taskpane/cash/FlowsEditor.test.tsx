/** "Use selection as flows" on the in-memory workbook: the flows editor reads a selected range. */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { analyseThenOpenCash, setup } from "../harness";

jest.setTimeout(60_000);

test("reads the selected range as the other flows, lists bad rows with their cells and counts blank ones", async () => {
  const { book } = setup();
  await analyseThenOpenCash();
  await screen.findByTestId("cash-tab");

  const sheet = book.addSheet("Flows");
  const values = [
    ["Description", "Amount", "First date", "Repeat", "Until", "In/out"],
    ["Payroll", 1000, "2025-03-05", "monthly", "", "out"],
    ["", "", "", "", "", ""],
    ["Grant", "lots", "2025-03-10", "once", "", "in"],
  ];
  book.load(sheet, values);
  book.activeSheetId = sheet.id;
  book.selection = { sheetId: sheet.id, row: 0, column: 0, rows: values.length, columns: 6 };

  await userEvent.click(screen.getByTestId("flows-from-selection"));
  const read = await screen.findByTestId("flows-read");
  expect(read.textContent).toContain("1 flow read from Flows!A1:F4; 1 blank row, 1 row not used");
  expect(within(screen.getByTestId("flows-issues")).getByRole("button", { name: "Flows!B4" })).toBeTruthy();
  const rows = within(screen.getByTestId("flows")).getAllByRole("listitem");
  expect(rows).toHaveLength(1);
  expect((within(rows[0]).getByLabelText("Description") as HTMLInputElement).value).toBe("Payroll");
});
