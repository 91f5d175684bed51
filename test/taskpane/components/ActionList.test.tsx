/** The action list: the portfolio's findings, one action a customer, and the rest of the alerts by kind. */
import { fireEvent, screen, within } from "@testing-library/react";
import { ActionList } from "../../../src/taskpane/components/ActionList";
import { analysis, inPane } from "../tabs/analysedPane";

test("a card a customer's action, the alerts counted by kind; a kind opens that kind's alerts", () => {
  const onKind = jest.fn();
  inPane(<ActionList analysis={analysis} onKind={onKind} />);
  const list = screen.getByTestId("action-list");
  expect(within(list).queryAllByTestId("action-card")).toHaveLength(analysis.actions?.length ?? 0);
  const kinds = within(screen.getByTestId("alerts-rest")).getAllByRole("button");
  expect(kinds).toHaveLength(new Set(analysis.alerts.map((a) => a.kind)).size);
  fireEvent.click(kinds[0]);
  expect(onKind).toHaveBeenCalledWith(analysis.alerts[0].kind);
});

test("without alerts no list of kinds", () => {
  inPane(<ActionList analysis={{ ...analysis, alerts: [], actions: [], findings: [] }} onKind={() => {}} />);
  expect(screen.queryByTestId("alerts-rest")).toBeNull();
  expect(screen.queryAllByTestId("finding")).toHaveLength(0);
});
