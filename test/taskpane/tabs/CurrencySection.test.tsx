/* A ledger in several currencies in the taskpane: the per-currency breakdown, converted at the workbook's rates. */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RATES_KEY } from "../../../src/taskpane/state/ratesMemory";
import { d } from "../../engine/analysis/handLedger";
import { setup } from "../harness";

const values = [
  ["Customer", "Invoice", "Invoice Date", "Due Date", "Amount", "Paid Amount", "Currency"],
  ["Acme", "A-1", d("2025-05-01"), d("2025-05-31"), 1000, 0, "USD"],
  ["Bolt", "B-1", d("2025-06-01"), d("2025-07-01"), 250.5, 0, "EUR"],
  ["Bolt", "B-2", d("2025-03-01"), d("2025-03-31"), 333.33, 222.22, "EUR"],
];
const eur = { currency: "EUR", rate: 1.0812, date: d("2025-06-30") };

async function overview() {
  await userEvent.click(screen.getByRole("button", { name: /use selection/i }));
  await userEvent.click(await screen.findByRole("tab", { name: /^Overview$/ }, { timeout: 30_000 }));
}

describe("several currencies in the pane (reporting currency: Office's region's, USD here)", () => {
  test("the rates kept in the workbook convert the EUR invoices; the breakdown and the KPI line show it", async () => {
    const { book } = setup({ values, settings: { [RATES_KEY]: JSON.stringify([eur]) } });
    await overview();
    // 1000 + 250.50 × 1.0812 (270.84) + 111.11 × 1.0812 (120.13) = 1,390.97
    expect((await screen.findByTestId("kpi-total-open")).textContent).toContain("$1,390.97");
    const section = await screen.findByTestId("currency-section");
    expect(within(section).getByTestId("currency-total").textContent).toContain("$1,390.97");
    const lines = within(section)
      .getAllByTestId("currency-line")
      .map((l) => l.textContent);
    expect(lines).toEqual(["reporting currency", "EUR 361.61 = $390.97 at 1.0812, rates of 2025-06-30"]);
    // The KPI card's line under the total, and the breakdown's.
    expect(screen.getAllByText("EUR 361.61 = $390.97 at 1.0812, rates of 2025-06-30")).toHaveLength(2);
    expect(book.settings.get(RATES_KEY)).toBeDefined();
  });
});
