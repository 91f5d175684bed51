/**
 * The analysis's own settings under "More settings": risk appetite, aging basis and bucket edges (a mistake in the
 * edges said under the box), text-date order, DSO window and the trend's months — each change reported as typed.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import type { Language } from "../../../src/i18n/translate";
import { AnalysisSettingsFields, agingEdgesError } from "../../../src/taskpane/components/AnalysisSettingsFields";
import { TextsContext, makeTexts } from "../../../src/taskpane/i18n";
import { defaultSettings, type SettingsForm } from "../../../src/taskpane/state/settings";
import { AS_OF } from "../../engine/analysis/handLedger";

function show(patch: Partial<SettingsForm> = {}, language: Language = "en") {
  const onChange = jest.fn();
  const { container } = render(
    <FluentProvider theme={webLightTheme}>
      <TextsContext.Provider value={makeTexts(language)}>
        <AnalysisSettingsFields settings={{ ...defaultSettings(AS_OF), ...patch }} onChange={onChange} />
      </TextsContext.Provider>
    </FluentProvider>,
  );
  return { onChange, container };
}

const select = (name: RegExp) => screen.getByRole("combobox", { name }) as HTMLSelectElement;

test("agingEdgesError: none for whole numbers or an empty box, the reason for a word", () => {
  expect(agingEdgesError("0, 30, 60, 90")).toBeUndefined();
  expect(agingEdgesError("")).toBeUndefined();
  expect(agingEdgesError("30, x")).toBe('"x" is not a whole number of days');
});

test("six fields in order, with the settings' values and the help under the edges", () => {
  const { container } = show({ riskAppetite: "growth", agingBasis: "invoice", dsoWindowDays: 180, trendMonths: 24 });
  const labels = [...container.querySelectorAll("label")].map((l) => l.textContent);
  expect(labels).toEqual([
    "Risk appetite",
    "Aging basis",
    "Bucket edges (days)",
    "Date order of text dates",
    "DSO and CEI look back over",
    "KPI trend covers",
  ]);
  expect(select(/Risk appetite/).value).toBe("growth");
  expect(select(/Aging basis/).value).toBe("invoice");
  expect(select(/DSO and CEI/).value).toBe("180");
  expect([...select(/DSO and CEI/).options].map((o) => o.textContent)).toContain("365 days");
  expect((screen.getByTestId("trend-months") as HTMLSelectElement).value).toBe("24");
  const edges = screen.getByRole("textbox", { name: /Bucket edges/ }) as HTMLInputElement;
  expect(edges.placeholder).toBe("30, 60, 90");
  expect(container.textContent).toContain("Ascending whole numbers, e.g. 0, 30, 60, 90");
});

test("edges that are not whole numbers: the reason under the box instead of the help, marked invalid", () => {
  const { container } = show({ agingEdges: "0, 30, abc" }, "zh-CN");
  expect(container.textContent).toContain('"abc" is not a whole number of days');
  expect(container.textContent).not.toContain("Ascending whole numbers");
  expect(screen.getByRole("textbox").getAttribute("aria-invalid")).toBe("true");
});

test("each field reports its own change", () => {
  const { onChange } = show();
  fireEvent.change(select(/Risk appetite/), { target: { value: "conservative" } });
  expect(onChange).toHaveBeenLastCalledWith({ riskAppetite: "conservative" });
  fireEvent.change(select(/Aging basis/), { target: { value: "invoice" } });
  expect(onChange).toHaveBeenLastCalledWith({ agingBasis: "invoice" });
  fireEvent.change(screen.getByRole("textbox", { name: /Bucket edges/ }), { target: { value: "0, 45" } });
  expect(onChange).toHaveBeenLastCalledWith({ agingEdges: "0, 45" });
  fireEvent.change(select(/Date order/), { target: { value: "dmy" } });
  expect(onChange).toHaveBeenLastCalledWith({ dateOrder: "dmy" });
  fireEvent.change(select(/DSO and CEI/), { target: { value: "180" } });
  expect(onChange).toHaveBeenLastCalledWith({ dsoWindowDays: 180 });
  fireEvent.change(screen.getByTestId("trend-months"), { target: { value: "24" } });
  expect(onChange).toHaveBeenLastCalledWith({ trendMonths: 24 });
});
