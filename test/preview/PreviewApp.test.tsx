/**
 * The preview frame in jsdom: each sheet keeps its own selection, and the address box, the ƒx bar and "Use selection"
 * act on the visible sheet (typing in ƒx after a tab switch overwrote the Ledger's header).
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PreviewApp } from "../../src/preview/PreviewApp";
import { MemoryWorkbook } from "../../src/preview/workbook/memoryWorkbook";
import { AS_OF, handLedger } from "../engine/analysis/handLedger";

function twoLedgers() {
  const book = new MemoryWorkbook();
  const values = handLedger() as (string | number)[][];
  const formats = ["@", "@", "yyyy-mm-dd", "yyyy-mm-dd", "#,##0.00", "#,##0.00", "yyyy-mm-dd", "@"];
  const ledger = book.addSheet("Ledger");
  book.load(ledger, values, formats);
  const zh = book.addSheet("台账");
  // The second ledger is the first without its last two invoices, so the two analyses differ.
  book.load(zh, values.slice(0, values.length - 2), formats);
  book.selection = { sheetId: ledger.id, row: 0, column: 0, rows: values.length, columns: 8 };
  render(<PreviewApp book={book} asOf={AS_OF} />);
  return { book, ledger, zh, rows: values.length };
}

const sheetTab = (name: string) => within(screen.getByRole("tablist", { name: "Sheets" })).getByRole("tab", { name });

test("switching the sheet tab without clicking a cell: ƒx shows and changes the visible sheet only", async () => {
  const { ledger, zh } = twoLedgers();
  const header = ledger.get(0, 0);
  expect(screen.getByLabelText("Address")).toHaveProperty("value", "Ledger!A1:H19");
  await userEvent.click(sheetTab("台账"));
  expect(screen.getByLabelText("Address")).toHaveProperty("value", "台账!A1");
  const bar = screen.getByLabelText("Formula bar");
  fireEvent.change(bar, { target: { value: "typed on 台账" } });
  fireEvent.keyDown(bar, { key: "Enter" });
  expect(zh.get(0, 0)).toBe("typed on 台账");
  expect(ledger.get(0, 0)).toBe(header);
  // Back on the Ledger, its own selection is still there.
  await userEvent.click(sheetTab("Ledger"));
  expect(screen.getByLabelText("Address")).toHaveProperty("value", "Ledger!A1:H19");
  expect(screen.getByLabelText("Formula bar")).toHaveProperty("value", header);
});

test('"Use selection" on 台账 reads 台账, not the sheet selected before', async () => {
  const { rows } = twoLedgers();
  await userEvent.click(sheetTab("台账"));
  await userEvent.click(screen.getByRole("button", { name: "Use selection" }));
  await userEvent.click(await screen.findByRole("tab", { name: /^(Overview|概览)$/ }, { timeout: 30_000 })); // results open on Today
  await screen.findByTestId("kpi-total-open", {}, { timeout: 30_000 });
  await waitFor(() =>
    expect(screen.getByTestId("source").textContent).toMatch(new RegExp(`Source: .?台账.?!A1:H${rows - 2}`)),
  );
});

test("the address box goes to another sheet's cell and the ƒx bar then edits that cell", async () => {
  const { ledger, zh } = twoLedgers();
  const box = screen.getByLabelText("Address");
  fireEvent.change(box, { target: { value: "台账!B3" } });
  fireEvent.keyDown(box, { key: "Enter" });
  expect(sheetTab("台账").getAttribute("aria-selected")).toBe("true");
  const bar = screen.getByLabelText("Formula bar");
  expect(bar).toHaveProperty("value", String(zh.get(2, 1)));
  fireEvent.change(bar, { target: { value: "X-1" } });
  fireEvent.keyDown(bar, { key: "Enter" });
  expect(zh.get(2, 1)).toBe("X-1");
  expect(ledger.get(2, 1)).not.toBe("X-1");
});
