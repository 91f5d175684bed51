/** A desk action's notice: the confirmation or error where the action was taken, and the letter to copy by hand. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { DeskNoticeBar, noticeFor } from "../../../../src/taskpane/components/desk/DeskNoticeBar";
import { TextsContext, makeTexts } from "../../../../src/taskpane/i18n";
import type { DeskNotice } from "../../../../src/taskpane/state/useDeskActions";

function show(notice: DeskNotice | null, language: "en" | "zh-CN" = "en") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <TextsContext.Provider value={makeTexts(language, "CNY")}>
        <DeskNoticeBar notice={notice} />
      </TextsContext.Provider>
    </FluentProvider>,
  ).container;
}

test("says what was done, in the pane's language; nothing without a notice", () => {
  show({ kind: "logged", sheet: "AR Lens Log" });
  expect(screen.getByTestId("desk-notice").textContent).toContain("Added to AR Lens Log");
  expect(show(null).textContent).toBe("");
  const zh = show({ kind: "duplicate" }, "zh-CN");
  expect(zh.textContent).toContain("该记录已在催收记录中");
});

test("an error shows its message; a failed copy shows the letter to copy by hand", () => {
  expect(show({ kind: "error", message: "The sheet is protected" }).textContent).toContain("The sheet is protected");
  show({ kind: "copyFailed", text: "Dear Acme, …" });
  expect((screen.getByRole("textbox", { name: "Copy letter text" }) as HTMLTextAreaElement).value).toBe("Dear Acme, …");
});

test("a notice belongs to the customer it was given for", () => {
  const notice: DeskNotice = { kind: "copied", customer: "Acme" };
  expect(noticeFor(notice, "Acme")).toBe(notice);
  expect(noticeFor(notice, "Beta")).toBeNull();
  expect(noticeFor(null, "Acme")).toBeNull();
});
