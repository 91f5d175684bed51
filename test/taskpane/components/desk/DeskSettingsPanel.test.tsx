/**
 * The desk settings: the policy, dunning and letter fields edit one copy of the settings, which the engine checks on
 * "Save" (its message shown, nothing saved, when a value does not fit); the late-interest rule offers the rates it
 * needs, and only the rules that apply to the debts' currency.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { WorkbookGateway } from "../../../../src/excel/gateway";
import { DeskSettingsPanel } from "../../../../src/taskpane/components/desk/DeskSettingsPanel";
import { TextsContext, makeTexts } from "../../../../src/taskpane/i18n";
import { type DeskSettings, loadDeskSettings } from "../../../../src/taskpane/state/desk";

let defaults: DeskSettings;
beforeAll(async () => {
  ({ settings: defaults } = await loadDeskSettings({ readSetting: async () => null } as unknown as WorkbookGateway));
});

function show(currency = "EUR", settings: DeskSettings = defaults) {
  const onSave = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <TextsContext.Provider value={makeTexts("en", currency)}>
        <DeskSettingsPanel settings={settings} busy={false} onSave={onSave} currency={currency} />
      </TextsContext.Provider>
    </FluentProvider>,
  );
  return onSave;
}

const box = (name: string) => screen.getByRole("textbox", { name: new RegExp(`^${name}`) }) as HTMLInputElement;
const type = (name: string, value: string) => fireEvent.change(box(name), { target: { value } });
const save = () => userEvent.click(screen.getByRole("button", { name: "Save in the workbook" }));
const interest = () => screen.getByRole("combobox", { name: /^Late interest in letters/ }) as HTMLSelectElement;

test("the policy, dunning and deadline fields change the settings saved, the rest as they were", async () => {
  const onSave = show();
  expect(box("Indemnity share").value).toBe(String(Math.round(defaults.policy.indemnityShare * 1000) / 10));
  await userEvent.click(screen.getByRole("checkbox", { name: "Receivables are credit-insured" }));
  type("Indemnity share", "80");
  type("Maximum extension period", "120");
  type("Minimum days between contacts", "10");
  type("Demand: new deadline after", "5");
  type("Range of contacts", "Contacts!A1:E40");
  await userEvent.selectOptions(screen.getByRole("combobox", { name: "Counted from" }), "due");
  await save();
  expect(onSave).toHaveBeenCalledTimes(1);
  const saved: DeskSettings = onSave.mock.calls[0][0];
  expect(saved.policy).toEqual({
    ...defaults.policy,
    insured: !defaults.policy.insured,
    indemnityShare: 0.8,
    maxExtensionDays: 120,
    notifyFrom: "due",
  });
  expect(saved.dunning).toEqual({ ...defaults.dunning, minIntervalDays: 10 });
  expect(saved.deadlines.letterDays).toEqual({ ...defaults.deadlines.letterDays, firm: 5 });
  expect(saved.contactsRange).toBe("Contacts!A1:E40");
  expect(saved.company).toEqual(defaults.company);
});

test("a cleared field shows empty; saving it shows the engine's message and saves nothing until it is fixed", async () => {
  const onSave = show();
  type("Maximum extension period", "");
  expect(box("Maximum extension period").value).toBe("");
  await save();
  expect(onSave).not.toHaveBeenCalled();
  expect(screen.getByRole("alert").textContent).toMatch(/extension/i);
  type("Maximum extension period", "90");
  await save();
  expect(screen.queryByRole("alert")).toBeNull();
  expect(onSave).toHaveBeenCalledTimes(1);
});

test("an agreed rate: typed in percent (a comma too), saved as a fraction with the fixed amount", async () => {
  const onSave = show();
  expect(screen.queryByRole("textbox", { name: /^Agreed late interest/ })).toBeNull();
  await userEvent.selectOptions(interest(), "custom");
  type("Agreed late interest", "2,5");
  expect(box("Agreed late interest").value).toBe("2,5");
  type("Fixed compensation per invoice", "40");
  await save();
  expect(onSave.mock.calls[0][0].interest).toEqual({
    ...defaults.interest,
    preset: "custom",
    customRate: 0.025,
    customFixed: 40,
  });
});

test("each currency is offered its own rules, each with the reference rate it is built on", async () => {
  show("EUR");
  expect([...interest().options].map((o) => o.value)).toEqual(["none", "euDirective", "custom"]);
  expect(screen.queryByRole("checkbox", { name: /We are an SME/ })).toBeNull();
  await userEvent.selectOptions(interest(), "euDirective");
  expect(box("Central bank reference rate")).toBeTruthy();
});

test("in yuan: the LPR with its mark-up, and the SME rule once the seller says it is an SME", async () => {
  const onSave = show("CNY");
  expect([...interest().options].map((o) => o.value)).toEqual(["none", "chinaLpr", "custom"]);
  await userEvent.click(screen.getByRole("checkbox", { name: /We are an SME/ }));
  expect([...interest().options].map((o) => o.value)).toContain("chinaSme");
  await userEvent.selectOptions(interest(), "chinaLpr");
  type("One-year LPR", "3.1");
  type("Mark-up on the LPR", "40");
  await save();
  expect(onSave.mock.calls[0][0].interest).toMatchObject({
    preset: "chinaLpr",
    smeSellingToLarge: true,
    referenceRate: 0.031,
    lprMarkup: 0.4,
  });
});

test("a saved rule that does not apply to the currency stays listed, with a warning", () => {
  show("GBP", { ...defaults, interest: { ...defaults.interest, preset: "euDirective" } });
  expect(interest().value).toBe("euDirective");
  expect(screen.getByText("The saved rule does not apply to GBP debts: letters claim no interest.")).toBeTruthy();
  expect(box("Central bank reference rate")).toBeTruthy();
});
