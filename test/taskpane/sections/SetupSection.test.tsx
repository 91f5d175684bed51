/** The setup: open before the first analysis, folded behind its toggle after; the mapping once a ledger is read. */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MappingStep, SetupSection, SetupToggle } from "../../../src/taskpane/sections/SetupSection";
import { analysis, fakeController, fakeRates, ledger, mapping, show } from "./paneFakes";

const headings = () => screen.queryAllByRole("heading", { level: 2, hidden: true }).map((h) => h.textContent);

describe("the setup", () => {
  test("before a ledger: the settings open, no toggle and no mapping", () => {
    show(<SetupSection controller={fakeController()} rates={fakeRates()} busy={false} open onToggle={jest.fn()} />);
    expect(screen.queryByTestId("setup-toggle")).toBeNull();
    expect(document.getElementById("setup")!.hidden).toBe(false);
    expect(headings()).toEqual(["2. Settings"]);
  });

  test("a ledger read: its columns to map", () => {
    show(<MappingStep controller={fakeController({ input: ledger, mapping })} />);
    expect(headings()).toEqual(["3. Columns"]);
    expect(screen.getByText("AR Lens recognised these columns. Correct any that are wrong.")).toBeTruthy();
    expect(screen.getAllByRole("combobox").length).toBeGreaterThan(5); // one choice of column per field
  });

  test("once analysed: folded behind the toggle, which opens it", async () => {
    const onToggle = jest.fn();
    const controller = fakeController({ input: ledger, mapping, analysis });
    show(<SetupSection controller={controller} rates={fakeRates()} busy={false} open={false} onToggle={onToggle} />);
    const toggle = screen.getByTestId("setup-toggle");
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(toggle.getAttribute("aria-controls")).toBe("setup");
    expect(toggle.textContent).toBe("▸ Settings and columns");
    expect(document.getElementById("setup")!.hidden).toBe(true);
    expect(headings()).toEqual(["2. Settings", "3. Columns"]);
    await userEvent.click(toggle);
    expect(onToggle).toHaveBeenCalledTimes(1);
  });

  test("the open toggle in Chinese", () => {
    show(<SetupToggle open onToggle={jest.fn()} />, "zh-CN");
    const toggle = screen.getByTestId("setup-toggle");
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(toggle.textContent).toBe("▾ 设置与列映射");
  });
});
