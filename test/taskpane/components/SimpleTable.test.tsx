/** The simple table: headers and cells from column definitions, sortable columns with their state read aloud. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { type Column, SimpleTable, sortRows } from "../../../src/taskpane/components/SimpleTable";

type Row = { customer: string; open: number };
const rows: Row[] = [
  { customer: "Beta", open: 500 },
  { customer: "Alpha", open: 1200 },
  { customer: "Gamma", open: 80 },
];
const columns: Column<Row>[] = [
  { key: "customer", header: "Customer", cell: (r) => r.customer, sortValue: (r) => r.customer },
  { key: "open", header: "Open", cell: (r) => r.open.toFixed(2), numeric: true, sortValue: (r) => r.open },
  { key: "note", header: "Note", cell: () => "—" },
];

test("sorts by a column's value, either way; a column without a sort value leaves the order", () => {
  const names = (list: Row[]) => list.map((r) => r.customer);
  expect(names(sortRows(rows, columns, { key: "open", descending: true }))).toEqual(["Alpha", "Beta", "Gamma"]);
  expect(names(sortRows(rows, columns, { key: "customer", descending: false }))).toEqual(["Alpha", "Beta", "Gamma"]);
  expect(names(sortRows(rows, columns, { key: "note", descending: false }))).toEqual(["Beta", "Alpha", "Gamma"]);
  expect(names(rows)).toEqual(["Beta", "Alpha", "Gamma"]); // the rows given are not reordered
});

test("renders headers and cells; a sortable header is a button that says how it sorts", () => {
  const onSort = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <SimpleTable
        label="Customers"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.customer}
        sort={{ key: "open", descending: true }}
        onSort={onSort}
        sortLabel={(h) => `Sort by ${h}`}
        testId="customers"
      />
    </FluentProvider>,
  );
  const table = screen.getByTestId("customers");
  const body = within(table).getAllByRole("row").slice(1);
  expect(body.map((r) => r.textContent)).toEqual(["Beta500.00—", "Alpha1200.00—", "Gamma80.00—"]);
  expect(within(table).getAllByRole("columnheader")[1].getAttribute("aria-sort")).toBe("descending");
  expect(screen.getByRole("button", { name: "Sort by Open" }).textContent).toBe("Open ▼");
  expect(screen.queryByRole("button", { name: "Sort by Note" })).toBeNull();
  fireEvent.click(screen.getByRole("button", { name: "Sort by Customer" }));
  expect(onSort).toHaveBeenCalledWith("customer");
});
