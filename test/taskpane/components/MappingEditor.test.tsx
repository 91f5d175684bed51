/** The mapping editor: each ledger field's column, how it was found, and a dropdown to correct it. */
import { fireEvent, screen } from "@testing-library/react";
import { LEDGER_FIELDS } from "../../../src/engine";
import { detectColumns } from "../../../src/engine/ledger/columns";
import { MappingEditor } from "../../../src/taskpane/components/MappingEditor";
import { handLedger } from "../../engine/analysis/handLedger";
import { inPane } from "../tabs/analysedPane";

const values = handLedger();
const mapping = detectColumns(values, {});
const columnCount = values.reduce((w, r) => Math.max(w, r.length), 0);

test("a dropdown a field, set to the detected column with its letter and header; a choice is reported", () => {
  const onChange = jest.fn();
  inPane(<MappingEditor mapping={mapping} columnCount={columnCount} onChange={onChange} />);
  const selects = screen.getAllByRole("combobox") as HTMLSelectElement[];
  expect(selects).toHaveLength(LEDGER_FIELDS.length);
  expect(screen.getAllByText("by header").length).toBeGreaterThan(0); // how each detected column was found
  const customer = selects[0];
  expect(customer.value).toBe(String(mapping.columns.customer));
  expect(customer.options[customer.selectedIndex].textContent).toMatch(/^A · /);
  expect(customer.options).toHaveLength(columnCount + 1); // "not mapped" and every column
  fireEvent.change(customer, { target: { value: "2" } });
  fireEvent.change(customer, { target: { value: "" } });
  expect(onChange.mock.calls).toEqual([
    ["customer", 2],
    ["customer", null],
  ]);
});

test("only the fields offered, under the names given (the payables ledger's Supplier)", () => {
  inPane(
    <MappingEditor
      mapping={mapping}
      columnCount={columnCount}
      onChange={() => {}}
      fields={["customer", "amount"]}
      labels={{ customer: "Supplier" }}
    />,
  );
  expect(screen.getAllByRole("combobox")).toHaveLength(2);
  expect(screen.getByText("Supplier")).toBeTruthy();
});
