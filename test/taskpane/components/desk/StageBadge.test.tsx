/** The stage badge: the stage's name in the pane's language, amber for a firm reminder, red from the final notice on. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { type StageId } from "../../../../src/engine";
import { StageBadge } from "../../../../src/taskpane/components/desk/StageBadge";
import { TextsContext, makeTexts } from "../../../../src/taskpane/i18n";

function show(stage: StageId, language: "en" | "zh-CN" = "en") {
  render(
    <FluentProvider theme={webLightTheme}>
      <TextsContext.Provider value={makeTexts(language, "CNY")}>
        <StageBadge stage={stage} />
      </TextsContext.Provider>
    </FluentProvider>,
  );
}

/** Fluent's badge names its colour in a class (e.g. "…-warning"); the colours differ by stage. */
const badgeClass = (text: string) => screen.getByText(text).className;

test("each stage is named in English and Chinese", () => {
  show("firm");
  show("final", "zh-CN");
  expect(screen.getByText("Firm")).toBeTruthy();
  expect(screen.getByText("最后通知")).toBeTruthy();
});

test("a courtesy reminder, a firm one and a final notice are three colours; final and escalation share one", () => {
  show("courtesy");
  show("firm");
  show("final");
  show("escalate");
  const classes = ["Courtesy", "Firm", "Final"].map(badgeClass);
  expect(new Set(classes).size).toBe(3);
  expect(badgeClass("Escalate")).toBe(badgeClass("Final"));
});
