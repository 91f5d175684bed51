/** The grade badge: the grade, coloured by its risk band, read aloud with the scale and the band's name. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { GradeBadge } from "../../../src/taskpane/components/GradeBadge";
import { TextsContext, makeTexts } from "../../../src/taskpane/i18n";

function show(grade: number, language: "en" | "zh-CN" = "en") {
  render(
    <FluentProvider theme={webLightTheme}>
      <TextsContext.Provider value={makeTexts(language, "CNY")}>
        <GradeBadge grade={grade} />
      </TextsContext.Provider>
    </FluentProvider>,
  );
  return screen.getAllByTestId("grade-badge").at(-1)!;
}

test("each band its own colour: 1–3 low, 4–6 medium, 7–8 high, 9–10 very high", () => {
  const bands = [1, 3, 4, 6, 7, 8, 9, 10].map((g) => show(g).getAttribute("data-band"));
  expect(bands).toEqual(["low", "low", "medium", "medium", "high", "high", "veryHigh", "veryHigh"]);
  expect(new Set([1, 4, 7, 9].map((g) => show(g).className)).size).toBe(4);
});

test("read aloud with the scale and the band, in English and Chinese", () => {
  const en = show(8);
  expect(en.textContent).toContain("8");
  expect(en.getAttribute("aria-label")).toMatch(/8.*10.*high/i);
  const zh = show(2, "zh-CN");
  expect(zh.getAttribute("aria-label")).toMatch(/2.*低/);
});
