/* Money columns chosen from content alone are confirmed before analysing. */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AS_OF } from "../../engine/analysis/handLedger";
import { setup } from "../harness";

const day = (offset: number) => AS_OF - offset;

async function useSelection() {
  await userEvent.click(screen.getByRole("button", { name: /use selection|使用所选区域/i }));
}

test("money chosen from content alone: the first rows are shown and nothing is analysed until confirmed", async () => {
  const values = [
    ["Customer", "Invoice No", "Invoice Date", "Due Date", "Figures"], // the harness formats columns C and D as dates
    ["Acme", "INV-1", day(40), day(10), 1234.5],
    ["Beta", "INV-2", day(50), day(20), 99.95],
  ];
  setup({ values });
  await useSelection();
  const confirm = await screen.findByTestId("money-confirm", undefined, { timeout: 20_000 });
  expect(confirm.textContent).toContain("amount was chosen from the content of Figures alone");
  expect(screen.getByTestId("money-confirm-rows").textContent).toContain("1,234.50");
  expect(screen.queryByTestId("kpi-total-open")).toBeNull();
  await userEvent.click(screen.getByRole("button", { name: /analyse/i }));
  await userEvent.click(await screen.findByRole("tab", { name: /^(Overview|概览)$/ }, { timeout: 30_000 })); // results open on Today
  await screen.findByTestId("kpi-total-open", undefined, { timeout: 20_000 });
  expect(screen.queryByTestId("money-confirm")).toBeNull();
});
