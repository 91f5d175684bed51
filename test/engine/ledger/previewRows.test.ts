import { detectColumns } from "../../../src/engine/ledger/columns";
import { previewRows } from "../../../src/engine/ledger/previewRows";

test("the first document rows as read, title, bucket and total rows left out", () => {
  const values = [
    ["A/R Aging Detail"],
    ["", "Date", "Num", "Customer", "Due date", "Amount", "Open balance"],
    ["Current"],
    ["", 45800, "1032", "Acme", 45830, 100, 60],
    ["TOTAL", "", "", "", "", 100, 60],
  ];
  expect(previewRows(values, detectColumns(values))).toEqual([
    { row: 3, cells: ["Acme", "1032", 45830, 100, 60, null] },
  ]);
});
