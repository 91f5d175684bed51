/**
 * The Cash tab's currencies: one rates table for the pane. "Use selection as rates" in the Cash tab fills the same
 * table as the setup's rates step (key arlens.rates), the analysis runs again with it, and the tab shows the
 * reporting currency and the rates the analysis — and so the plan — converted with.
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RATES_KEY } from "../../../src/taskpane/state/ratesMemory";
import { d } from "../../engine/analysis/handLedger";
import { analyseThenOpenCash, setup } from "../harness";

jest.setTimeout(60_000);

const values = [
  ["Customer", "Invoice", "Invoice Date", "Due Date", "Amount", "Paid Amount", "Currency"],
  ["Acme", "A-1", d("2025-05-01"), d("2025-05-31"), 1000, 0, "USD"],
  ["Bolt", "B-1", d("2025-06-01"), d("2025-07-01"), 250.5, 0, "EUR"],
  ["Bolt", "B-2", d("2025-03-01"), d("2025-03-31"), 333.33, 222.22, "EUR"],
];

async function cashTab() {
  await analyseThenOpenCash(/^Overview$/);
  return screen.findByTestId("cash-currencies");
}

test("rates read in the Cash tab are the analysis's rates: one table, saved once, the analysis run again", async () => {
  const { book } = setup({ values });
  const panel = await cashTab();
  expect(within(panel).getByTestId("cash-reporting").textContent).toMatch(/Every figure in USD; no rates/);
  expect(within(panel).queryByTestId("cash-rates-in-use")).toBeNull();

  const sheet = book.addSheet("Rates");
  const table = [
    ["Currency", "Rate", "Date"],
    ["EUR", 1.0812, d("2025-06-30")],
  ];
  book.load(sheet, table);
  book.activeSheetId = sheet.id;
  book.selection = { sheetId: sheet.id, row: 0, column: 0, rows: 2, columns: 3 };
  await userEvent.click(within(panel).getByTestId("use-rates"));

  // Analysed again with the rates: the plan's panel shows those the analysis used.
  const inUse = await screen.findByTestId("cash-rates-in-use", {}, { timeout: 20_000 });
  expect(inUse.textContent).toContain("EUR 1.0812");
  expect(screen.getByTestId("cash-reporting").textContent).toMatch(/Every figure in USD \(reporting currency\)/);
  expect(screen.getByTestId("cash-rates-read").textContent).toContain("1 rates to USD read from Rates!A1:C2");
  // The same table as the setup's rates step, kept under the one key; no second table.
  expect(book.settings.get(RATES_KEY)).toContain("1.0812");
  expect([...book.settings.keys()].filter((k) => k.includes("rates"))).toEqual([RATES_KEY]);
  expect(within(screen.getByTestId("rates-table")).getByText("EUR")).toBeTruthy();
  // The receivables now converted: 1000 + 250.50 × 1.0812 (270.84) + 111.11 × 1.0812 (120.13) = 1,390.97.
  await userEvent.click(screen.getByRole("tab", { name: /^Overview$/ }));
  await waitFor(() => expect(screen.getByTestId("kpi-total-open").textContent).toContain("$1,390.97"));
});

test("in Chinese: the reporting currency and the rates in use", async () => {
  const eur = { currency: "EUR", rate: 1.0812, date: d("2025-06-30") };
  setup({ values, language: "zh-CN", settings: { [RATES_KEY]: JSON.stringify([eur]) } });
  await userEvent.click(screen.getByRole("button", { name: /使用所选|use selection/i }));
  await userEvent.click(await screen.findByRole("tab", { name: /现金/ }, { timeout: 30_000 }));
  const panel = await screen.findByTestId("cash-currencies");
  expect(within(panel).getByTestId("cash-reporting").textContent).toContain("本币 USD");
  expect(within(panel).getByTestId("cash-rates-in-use").textContent).toMatch(/当前使用的兑 USD 汇率.*EUR 1\.0812/);
});
