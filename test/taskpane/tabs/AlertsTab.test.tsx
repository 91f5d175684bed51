/** The alerts tab: the action list by default, or the alerts of one kind chosen in the list. */
import { fireEvent, screen } from "@testing-library/react";
import { reasonTemplatesZh } from "../../../src/i18n/reasons.zh-CN";
import { reasonText } from "../../../src/i18n/translate";
import { AlertsTab } from "../../../src/taskpane/tabs/AlertsTab";
import { analysis, inPane } from "./analysedPane";

test("offers every kind present with its count, and lists the alerts of the kind chosen", () => {
  inPane(<AlertsTab analysis={analysis} />);
  const select = screen.getByRole("combobox") as HTMLSelectElement;
  const options = [...select.options].map((o) => o.textContent);
  expect(options[0]).toBe(`All alerts (${analysis.alerts.length})`);
  expect(options.length).toBe(1 + new Set(analysis.alerts.map((a) => a.kind)).size);
  expect(screen.queryByTestId("alerts-table")).toBeNull(); // all: the action list instead
  fireEvent.change(select, { target: { value: "over90" } });
  const rows = screen.getAllByTestId("alert-row");
  expect(rows).toHaveLength(analysis.alerts.filter((a) => a.kind === "over90").length);
  // The action as the pane words it: its amount with the currency symbol.
  const action = analysis.alerts.find((a) => a.kind === "over90")!.action;
  expect(rows[0].textContent).toContain(reasonText(action, "en", reasonTemplatesZh, analysis.settings.currency));
  expect(rows[0].textContent).toContain("final notice for ¥");
});

test("no alerts: says so", () => {
  const { container } = inPane(<AlertsTab analysis={{ ...analysis, alerts: [] }} />);
  expect(container.querySelector("select")).toBeNull();
  expect(container.textContent!.length).toBeGreaterThan(5);
});
