/**
 * A lighter start (issue 23): before the first analysis the settings show the as-of date alone, everything else folded
 * under "More settings"; once there is an analysis they open. The as-of date is typed as ISO, like every other date.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import type { Language } from "../../../src/i18n/translate";
import { SettingsPanel } from "../../../src/taskpane/components/SettingsPanel";
import { TextsContext, makeTexts } from "../../../src/taskpane/i18n";
import { defaultSettings } from "../../../src/taskpane/state/settings";
import { AS_OF } from "../../engine/analysis/handLedger";

function show(analysed: boolean, language: Language = "en") {
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <TextsContext.Provider value={makeTexts(language)}>
        <SettingsPanel
          settings={defaultSettings(AS_OF)}
          currencies={[]}
          needsDefaultTerms={false}
          onChange={jest.fn()}
          analysed={analysed}
        />
      </TextsContext.Provider>
    </FluentProvider>,
  );
  const more = screen.getByTestId("more-settings") as HTMLDetailsElement;
  // What shows outside the fold: the fields not inside "More settings".
  const outside = [...view.container.querySelectorAll("input, select, textarea")].filter((el) => !more.contains(el));
  return { more, outside };
}

describe.each(["en", "zh-CN"] as const)("settings in %s", (language) => {
  test("before the first analysis: the as-of date alone (ISO), the rest folded", () => {
    const { more, outside } = show(false, language);
    expect(more.open).toBe(false);
    expect(more.querySelector("summary")!.textContent).toBe(language === "en" ? "More settings" : "更多设置");
    expect(outside).toHaveLength(1);
    expect((outside[0] as HTMLInputElement).value).toBe("2025-06-30");
    expect(more.querySelectorAll("input, select").length).toBeGreaterThan(10);
  });

  test("once analysed: the settings open", () => {
    expect(show(true, language).more.open).toBe(true);
  });
});
