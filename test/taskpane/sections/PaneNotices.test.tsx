/** The notices between step 1 and the setup: progress, trouble, saved values set aside and the report written. */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PaneNotices, TroubleNotice, WrittenNotice } from "../../../src/taskpane/sections/PaneNotices";
import type { DeskState } from "../../../src/taskpane/state/desk";
import { fakeCash, fakeController, show } from "./paneFakes";

describe("the pane's notices", () => {
  test("none when nothing is under way, wrong or set aside", () => {
    const { container } = show(<PaneNotices controller={fakeController()} cash={fakeCash()} busy={false} />);
    expect(container.textContent).toBe("");
  });

  test("the work under way, with its cancel", async () => {
    const controller = fakeController({ phase: "reading", progress: { stage: "reading", done: 5, total: 20 } });
    show(<PaneNotices controller={controller} cash={fakeCash()} busy />);
    await userEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(controller.cancel).toHaveBeenCalledTimes(1);
  });

  test("an error says what went wrong; a cancellation says so", () => {
    const { unmount } = show(<TroubleNotice notice={{ kind: "error", message: "The range is empty." }} />);
    expect(screen.getByText("Something went wrong")).toBeTruthy();
    expect(screen.getByText("The range is empty.")).toBeTruthy();
    unmount();
    show(<TroubleNotice notice={{ kind: "cancelled" }} />, "zh-CN");
    expect(screen.getByText("已取消。")).toBeTruthy();
  });

  test("the ledger's, the desk's and the cash plan's values set aside, in that order, each with its reset", async () => {
    const desk = { setAside: [{ key: "arlens.desk.company" }] } as unknown as DeskState;
    const controller = fakeController({ setAside: { key: "arlens.ledger.Ledger", fields: ["amount"] }, desk });
    const cash = fakeCash([{ key: "arlens.cash.settings", fields: ["buffer"] }]);
    show(<PaneNotices controller={controller} cash={cash} busy={false} />);
    const bars = [...document.querySelectorAll("[data-testid$='set-aside']")].map((b) => b.getAttribute("data-testid"));
    expect(bars).toEqual(["set-aside", "desk-set-aside", "cash-set-aside"]);
    await userEvent.click(within(screen.getByTestId("set-aside")).getByRole("button", { name: "Reset to detection" }));
    expect(controller.resetSaved).toHaveBeenCalledTimes(1);
    await userEvent.click(within(screen.getByTestId("desk-set-aside")).getByRole("button", { name: "Reset" }));
    expect(controller.resetDeskSetAside).toHaveBeenCalledWith("arlens.desk.company");
    await userEvent.click(within(screen.getByTestId("cash-set-aside")).getByRole("button", { name: "Reset" }));
    expect(cash.resetSetAside).toHaveBeenCalledWith("arlens.cash.settings");
  });

  test("the report written, replaced, and the earlier reports kept", () => {
    const { unmount } = show(<WrittenNotice result={{ sheetName: "AR Report", replaced: false }} />);
    expect(screen.getByTestId("written").textContent).toBe("Report written to the sheet “AR Report”.");
    unmount();
    show(<WrittenNotice result={{ sheetName: "AR Report", replaced: true, kept: ["Old", "Older"] }} />);
    expect(screen.getByTestId("written").textContent).toBe(
      "Report written to the sheet “AR Report” (the previous AR Lens report was replaced). " +
        "Earlier reports changed by hand were kept as they are: “Old”, “Older”.",
    );
  });

  test("in Chinese the kept reports are listed with 、", () => {
    show(<WrittenNotice result={{ sheetName: "报告", replaced: false, kept: ["甲", "乙"] }} />, "zh-CN");
    expect(screen.getByTestId("written").textContent).toContain("“甲”、“乙”");
  });
});
