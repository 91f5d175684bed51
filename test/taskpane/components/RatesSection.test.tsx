/* Rates in the taskpane: a currency without a rate is named and left out; a rate typed in is saved and used. */
import { screen, waitFor, within } from "@testing-library/react";
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

async function overview() {
  await userEvent.click(screen.getByRole("button", { name: /use selection/i }));
  await userEvent.click(await screen.findByRole("tab", { name: /^Overview$/ }, { timeout: 30_000 }));
}

describe("rates typed in the pane (reporting currency: Office's region's, USD here)", () => {
  test("without rates EUR is named and left out; a rate typed in the pane is saved and used on analysing again", async () => {
    const { book } = setup({ values });
    await overview();
    expect((await screen.findByTestId("kpi-total-open")).textContent).toContain("$1,000.00");
    expect(screen.getAllByTestId("analysis-note")[0].textContent).toMatch(/no rate to USD for EUR 361.61 \(2\)/);
    await userEvent.click(screen.getByTestId("setup-toggle"));
    await userEvent.type(screen.getByTestId("rate-currency"), "EUR");
    await userEvent.type(screen.getByTestId("rate-value"), "1.0812");
    await userEvent.click(screen.getByRole("button", { name: "Add rate" }));
    expect(within(screen.getByTestId("rates-table")).getByText("EUR")).toBeTruthy();
    await waitFor(() => expect(book.settings.get(RATES_KEY)).toContain("1.0812"));
    await userEvent.click(screen.getByRole("button", { name: "Analyze again" }));
    await waitFor(() => expect(screen.getByTestId("kpi-total-open").textContent).toContain("$1,390.97"), {
      timeout: 15_000,
    });
  });
});
