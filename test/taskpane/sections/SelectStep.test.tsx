/** Step 1: the buttons enabled as the flow allows, the help while the setup is open, and where the ledger came from. */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { UI_TEXT } from "../../../src/i18n/ui";
import { makeTexts } from "../../../src/taskpane/i18n";
import { SelectStep, sourceText } from "../../../src/taskpane/sections/SelectStep";
import { analysis, fakeController, ledger, mapping, show } from "./paneFakes";

const button = (name: string) => screen.getByRole("button", { name }) as HTMLButtonElement;

describe("the select step", () => {
  test("the source line: the address, rows and columns read, or nothing read yet", () => {
    const { t } = makeTexts("en");
    expect(sourceText(null, t)).toBe("No range read yet.");
    expect(sourceText(ledger, t)).toBe(
      `Source: Ledger!A1:H19 — ${ledger.values.length} rows × ${ledger.values[0].length} columns`,
    );
    // A full-width colon after Chinese (issue 23: "数据来源: " read as unfinished Chinese).
    expect(sourceText(ledger, makeTexts("zh-CN").t)).toMatch(/^数据来源：Ledger!A1:H19 — \d+ 行 × 8 列$/);
  });

  test("before a ledger is read: only Use selection, with the help shown", async () => {
    const controller = fakeController();
    show(<SelectStep controller={controller} busy={false} showSetup />);
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("1. Select the ledger");
    expect(screen.getByText(UI_TEXT.en.stepSelectHelp)).toBeTruthy();
    expect(button("Analyze").disabled).toBe(true);
    expect(button("Write report to workbook").disabled).toBe(true);
    await userEvent.click(button("Use selection"));
    expect(controller.readSelection).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId("source").textContent).toBe("No range read yet.");
  });

  test("once analysed: Analyze again and Write report; the help folds with the setup", async () => {
    const controller = fakeController({ input: ledger, mapping, analysis });
    show(<SelectStep controller={controller} busy={false} showSetup={false} />);
    expect(screen.queryByText(UI_TEXT.en.stepSelectHelp)).toBeNull();
    await userEvent.click(button("Analyze again"));
    await userEvent.click(button("Write report to workbook"));
    expect(controller.analyze).toHaveBeenCalledTimes(1);
    expect(controller.writeReport).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId("source").textContent).toContain("Ledger!A1:H19");
  });

  test("while busy every button waits", () => {
    show(<SelectStep controller={fakeController({ input: ledger, mapping, analysis })} busy showSetup={false} />);
    for (const name of ["Use selection", "Analyze again", "Write report to workbook"])
      expect(button(name).disabled).toBe(true);
  });
});
