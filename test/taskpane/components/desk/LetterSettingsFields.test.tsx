/** The letters' settings: the insurer-deadline window, each letter's new deadline, the interest rules that apply. */
import { fireEvent, screen } from "@testing-library/react";
import { EMPTY_COMPANY } from "../../../../src/engine";
import { resolveDeadlines, resolveInterest } from "../../../../src/engine/collections/letterSettings";
import { DEFAULT_DUNNING, DEFAULT_POLICY } from "../../../../src/engine/collections/settings";
import { LetterSettingsFields, shown } from "../../../../src/taskpane/components/desk/LetterSettingsFields";
import type { DeskSettings } from "../../../../src/taskpane/state/desk";
import { inPane } from "../../tabs/analysedPane";

const settings: DeskSettings = {
  dunning: DEFAULT_DUNNING,
  policy: DEFAULT_POLICY,
  company: EMPTY_COMPANY,
  interest: resolveInterest(null),
  deadlines: resolveDeadlines(null),
  limitsRange: "",
  contactsRange: "",
};

test("a number typed changes its own setting; a cleared field is no number, shown empty", () => {
  const setS = jest.fn();
  inPane(<LetterSettingsFields s={settings} setS={setS} currency="EUR" />);
  fireEvent.change(screen.getByTestId("desk-alert-days"), { target: { value: "21" } });
  expect(setS.mock.calls[0][0].deadlines.alertDays).toBe(21);
  fireEvent.change(screen.getByTestId("desk-letter-days-final"), { target: { value: "" } });
  const last = setS.mock.calls.at(-1)[0].deadlines.letterDays;
  expect(Number.isNaN(last.final)).toBe(true);
  expect(last.firm).toBe(settings.deadlines.letterDays.firm);
  expect([shown(Number.NaN), shown(7)]).toEqual(["", "7"]);
});

test("only the interest rules for the debts' currency; the SME choice for CNY only", () => {
  inPane(<LetterSettingsFields s={settings} setS={() => {}} currency="EUR" />);
  const eur = [...(screen.getByTestId("desk-interest") as HTMLSelectElement).options].map((o) => o.value);
  expect(eur).toContain("euDirective");
  expect(eur).not.toContain("ukAct");
  expect(screen.queryByTestId("desk-sme")).toBeNull();
  inPane(<LetterSettingsFields s={settings} setS={() => {}} currency="CNY" />);
  expect(screen.getByTestId("desk-sme")).toBeTruthy();
});

test("each rule by a short name in the drop-down (it fits 270 px), the chosen rule in full under it", () => {
  const chosen = { ...settings, interest: { ...settings.interest, preset: "euDirective" as const } };
  inPane(<LetterSettingsFields s={chosen} setS={() => {}} currency="EUR" />);
  const select = screen.getByTestId("desk-interest") as HTMLSelectElement;
  const eu = [...select.options].find((o) => o.value === "euDirective")!;
  expect(eu.text).toBe("EU Directive 2011/7/EU");
  expect(Math.max(...[...select.options].map((o) => o.text.length))).toBeLessThanOrEqual(28);
  expect(screen.getByText("EU Directive 2011/7/EU: reference rate + 8 points, EUR 40 per invoice")).toBeTruthy();
});
