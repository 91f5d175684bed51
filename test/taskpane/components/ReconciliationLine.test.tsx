/* Exported ledgers in the taskpane: the reconciliation with the export's totals on top, the system named. */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AS_OF } from "../../engine/analysis/handLedger";
import { setup } from "../harness";

const day = (offset: number) => AS_OF - offset;
/** A QuickBooks Online A/R Aging Detail as exported: title rows, a bucket row, Total for …, TOTAL, a footer. */
const qbo: (string | number)[][] = [
  ["Harbor Lane Supply Co.", "", "", "", "", "", "", "", ""],
  ["A/R Aging Detail Report", "", "", "", "", "", "", "", ""],
  [
    "",
    "Date",
    "Transaction type",
    "Num",
    "Customer full name",
    "Location full name",
    "Due date",
    "Amount",
    "Open balance",
  ],
  ["31 - 60 days past due", "", "", "", "", "", "", "", ""],
  ["", day(80), "Invoice", "1032", "Cascade Valley Foods", "", day(50), 8227.9, 8227.9],
  ["", day(75), "Invoice", "1033", "Ironwood Fitness", "", day(45), 3252.89, 1602.89],
  ["", day(70), "Credit Memo", "2003", "Ironwood Fitness", "", day(70), -86.25, -86.25],
  ["Total for 31 - 60 days past due", "", "", "", "", "", "", 11394.54, 9744.54],
  ["TOTAL", "", "", "", "", "", "", 11394.54, 9744.54],
  ["", "", "", "", "", "", "", "", ""],
  ["Accrual Basis Tuesday, April 1, 2025 08:47 AM GMT-07:00", "", "", "", "", "", "", "", ""],
];

async function useSelection() {
  await userEvent.click(screen.getByRole("button", { name: /use selection|使用所选区域/i }));
}

test("a QuickBooks export: the reconciliation comes first, the skipped rows are one line per kind, the system is named", async () => {
  setup({ values: qbo });
  await useSelection();
  const line = await screen.findByTestId("reconciliation", undefined, { timeout: 20_000 });
  expect(line.textContent).toMatch(/Matches the export's total .*9,744\.54 ✓/);
  const notes = screen.getAllByTestId("analysis-note").map((n) => n.textContent);
  expect(notes).toEqual(
    expect.arrayContaining([
      "1 subtotal row skipped: Ledger!A8",
      "1 total row skipped: Ledger!A9",
      "1 footer row skipped: Ledger!A11",
    ]),
  );
  await userEvent.click(screen.getByTestId("setup-toggle"));
  expect(screen.getByTestId("read-as").textContent).toBe("Read as QuickBooks Online A/R Aging Detail");
});

test("in Chinese: 与导出表合计 … 一致", async () => {
  setup({ values: qbo, language: "zh-CN" });
  await useSelection();
  expect((await screen.findByTestId("reconciliation", undefined, { timeout: 20_000 })).textContent).toMatch(
    /与导出表合计 .*9,744\.54 一致 ✓/,
  );
});
