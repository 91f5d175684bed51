/** The progress panel: the stage, the rows or steps done, and Cancel. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { ProgressPanel } from "../../../src/taskpane/components/ProgressPanel";
import { TextsContext, makeTexts } from "../../../src/taskpane/i18n";
import type { Progress } from "../../../src/taskpane/state/useTaskpane";

function show(progress: Progress, language: "en" | "zh-CN" = "en", onCancel = () => {}) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <TextsContext.Provider value={makeTexts(language, "CNY")}>
        <ProgressPanel progress={progress} onCancel={onCancel} />
      </TextsContext.Provider>
    </FluentProvider>,
  ).container;
}

test("reading: rows done of the total; analysing: the step under way and the rows", () => {
  expect(show({ stage: "reading", done: 1200, total: 5000 }).textContent).toContain("1,200 of 5,000 rows");
  const analysing = show({ stage: "analyzing", done: 1, total: 7, step: "rows", rows: 5000 }).textContent;
  expect(analysing).toContain("Analyzing");
  expect(analysing).toContain("Step 2 of 7: reading the rows · 5,000 rows");
  expect(show({ stage: "analyzing", done: 0, total: 7 }).textContent).toContain("Step 1 of 7");
  expect(show({ stage: "reading", done: 0, total: 10 }, "zh-CN").textContent).toContain("正在读取所选区域");
});

test("Cancel calls back", () => {
  const onCancel = jest.fn();
  show({ stage: "writing", done: 0, total: 0 }, "en", onCancel);
  fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
  expect(onCancel).toHaveBeenCalledTimes(1);
});
