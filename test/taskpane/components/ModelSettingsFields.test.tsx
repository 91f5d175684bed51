/** The model check's and the credit limits' settings: late days, follow-up months, headroom (engine defaults shown). */
import { fireEvent, screen } from "@testing-library/react";
import { ModelSettingsFields } from "../../../src/taskpane/components/ModelSettingsFields";
import { defaultSettings } from "../../../src/taskpane/state/settings";
import { inPane } from "../tabs/analysedPane";

test("shows the engine's defaults until set, and changes each setting by its own key", () => {
  const onChange = jest.fn();
  inPane(<ModelSettingsFields settings={defaultSettings(45_000)} onChange={onChange} />);
  const [late, followUp, headroom] = screen.getAllByRole("combobox") as HTMLSelectElement[];
  expect(headroom.value).toBe("20");
  fireEvent.change(late, { target: { value: "30" } });
  fireEvent.change(followUp, { target: { value: "12" } });
  fireEvent.change(headroom, { target: { value: "50" } });
  expect(onChange.mock.calls.map((c) => c[0])).toEqual([
    { lateDays: 30 },
    { followUpMonths: 12 },
    { limitHeadroomPct: 50 },
  ]);
});

test("a setting given is shown; labels in the pane's language", () => {
  inPane(<ModelSettingsFields settings={{ ...defaultSettings(45_000), lateDays: 15 }} onChange={() => {}} />, "zh-CN");
  expect((screen.getAllByRole("combobox")[0] as HTMLSelectElement).value).toBe("15");
  expect(screen.getByText("模型检验：逾期超过以下天数即算逾期")).toBeTruthy();
});
