import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { setup } from "../harness";

async function analysed(options?: Parameters<typeof setup>[0]) {
  const s = setup(options);
  await userEvent.click(screen.getByRole("button", { name: /use selection|使用所选区域/i }));
  await screen.findByTestId("today-tab", {}, { timeout: 20_000 });
  return s;
}

describe("the Today tab", () => {
  test("the results open on Today: who to call, the one step and what to say; Done takes the customer off", async () => {
    const { book } = await analysed();
    expect(screen.getByRole("tab", { name: "Today" }).getAttribute("aria-selected")).toBe("true");
    const cards = screen.getAllByTestId("today-item");
    expect(cards.length).toBeGreaterThan(0);
    const first = cards[0];
    const customer = within(first).getByTestId("today-customer").textContent!;
    expect(within(first).getByTestId("today-step").textContent).toMatch(/^Next step: /);
    expect(within(first).getByTestId("today-script").textContent).toContain(customer === "Beta" ? "days overdue" : "");
    await userEvent.click(within(first).getByTestId("today-done"));
    await waitFor(() => expect(screen.getByTestId("desk-notice").textContent).toContain("Added to AR Lens Log"));
    expect(screen.queryAllByTestId("today-customer").map((e) => e.textContent)).not.toContain(customer);
    expect(screen.getByTestId("today-count").textContent).toContain("Done today: 1");
    expect(book.sheet("AR Lens Log")!.rows[1][1]).toBe(customer);
  });
});
