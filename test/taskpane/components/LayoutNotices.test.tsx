/* Notices on a ledger's layout: dates Excel mis-read, said and read the other way on request. */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AS_OF } from "../../engine/analysis/handLedger";
import { setup } from "../harness";

const day = (offset: number) => AS_OF - offset;

async function useSelection() {
  await userEvent.click(screen.getByRole("button", { name: /use selection|使用所选区域/i }));
}

test("dates Excel mis-read: said, and read the other way on request", async () => {
  const values = [
    ["Customer", "Invoice No", "Invoice Date", "Due Date", "Amount"],
    ["A", "1", day(40), day(10), 100],
    ["B", "2", "25/03/2025", "24/04/2025", 200],
  ];
  setup({ values });
  await useSelection();
  await userEvent.click(await screen.findByRole("tab", { name: /^(Overview|概览)$/ }, { timeout: 30_000 })); // results open on Today
  await screen.findByTestId("kpi-total-open", undefined, { timeout: 20_000 });
  const offer = screen.getByTestId("date-swap");
  expect(offer.textContent).toContain('"25/03/2025" shows the column is day/month');
  await userEvent.click(screen.getByTestId("date-swap-button"));
  await waitFor(() => expect(screen.getByTestId("date-swap").textContent).toContain("read day/month"), {
    timeout: 20_000,
  });
});
