/** The preview's grid: cells as Excel shows them, a click selects, Shift extends, the arrow keys move. */
import { fireEvent, render } from "@testing-library/react";
import { Grid, newSheetView } from "../../../src/preview/grid/Grid";
import { MemoryWorkbook } from "../../../src/preview/workbook/memoryWorkbook";

function grid() {
  const book = new MemoryWorkbook();
  const sheet = book.addSheet("Ledger");
  book.load(sheet, [
    ["Customer", "Amount"],
    ["Acme", 1234.5],
  ]);
  sheet.setFormat(1, 1, "#,##0.00");
  sheet.set(2, 0, "#N/A");
  sheet.errorMessages.set("2,0", "no rate for EUR");
  const onSelect = jest.fn();
  const view = render(
    <Grid
      sheet={sheet}
      selection={{ sheetId: sheet.id, row: 1, column: 0, rows: 1, columns: 1 }}
      selectionStamp={0}
      onSelect={onSelect}
      view={newSheetView()}
      label="Ledger"
    />,
  );
  const cell = (a1: string) => view.container.querySelector(`[data-cell="${a1}"]`) as HTMLElement;
  return { cell, onSelect, view };
}

test("shows each value in its number format, an error's message on hover, and the selection", () => {
  const { cell } = grid();
  expect(cell("A1").textContent).toBe("Customer");
  expect(cell("B2").textContent).toBe("1,234.50");
  expect(cell("B2").style.textAlign).toBe("right");
  expect(cell("A3").title).toBe("no rate for EUR");
  expect(cell("A2").style.background).not.toBe("");
  expect(cell("B2").style.background).toBe("");
});

test("a click selects a cell, Shift extends from the anchor, an arrow key moves", () => {
  const { cell, onSelect, view } = grid();
  fireEvent.mouseDown(cell("B1"));
  expect(onSelect).toHaveBeenLastCalledWith({ row: 0, column: 1, rows: 1, columns: 1 });
  fireEvent.mouseDown(cell("A2"), { shiftKey: true });
  expect(onSelect).toHaveBeenLastCalledWith({ row: 0, column: 0, rows: 2, columns: 2 });
  fireEvent.keyDown(view.getByTestId("grid"), { key: "ArrowDown" });
  expect(onSelect.mock.calls.at(-1)[0]).toMatchObject({ rows: 1, columns: 1 });
});
