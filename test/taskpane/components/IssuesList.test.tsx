/** Row issues grouped by kind: one line per kind with its count and first addresses; opening it lists every row. */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { RowIssue } from "../../../src/engine/analysis/types";
import type { Language } from "../../../src/i18n/translate";
import { IssuesList } from "../../../src/taskpane/components/IssuesList";
import { TextsContext, makeTexts } from "../../../src/taskpane/i18n";

const bad = (row: number): RowIssue => ({
  row,
  address: `L!E${row + 2}`,
  field: "amount",
  severity: "excluded",
  reason: {
    code: "row.badAmount",
    params: { problem: "a number was expected, found “x”" },
    text: "amount: a number was expected, found “x”",
  },
});
const later: RowIssue = {
  row: 90,
  address: "L!C92",
  field: "invoiceDate",
  severity: "excluded",
  reason: {
    code: "row.afterAsOfMany",
    params: { count: 40, from: "2025-07-01", to: "2025-09-30", first: "L!C92" },
    text: "40 invoices dated after the as-of date (2025-07-01 to 2025-09-30, the first at L!C92) did not exist yet on that day: not used",
  },
};
const issues = [...Array.from({ length: 12 }, (_, i) => bad(i)), later];
const counts = { dataRows: 100, invoices: 48, payments: 0, excluded: 52, blank: 0 };

function show(language: Language = "en", onGoTo = jest.fn()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <TextsContext.Provider value={makeTexts(language)}>
        <IssuesList issues={issues} counts={counts} onGoTo={onGoTo} />
      </TextsContext.Provider>
    </FluentProvider>,
  );
  return onGoTo;
}

test("one line per kind with its count, example and first three addresses; opening it lists every row", async () => {
  const onGoTo = show();
  const groups = screen.getAllByTestId("issue-group");
  expect(groups).toHaveLength(2);
  expect(groups[0].textContent).toContain("12 ×");
  expect(groups[0].textContent).toContain("amount: a number was expected");
  expect(
    within(groups[0])
      .getAllByRole("button", { name: /^Go to / })
      .map((b) => b.textContent),
  ).toEqual(["L!E2", "L!E3", "L!E4"]);
  expect(groups[1].textContent).toContain("40 invoices dated after the as-of date");
  await userEvent.click(within(groups[0]).getByRole("button", { name: "Show all 12 rows" }));
  expect(within(screen.getByTestId("issue-group-rows")).getAllByRole("button", { name: /^Go to / })).toHaveLength(12);
  await userEvent.click(within(groups[0]).getByRole("button", { name: "Go to L!E13" }));
  expect(onGoTo).toHaveBeenCalledWith("L!E13");
});

test("in Chinese", () => {
  show("zh-CN");
  const groups = screen.getAllByTestId("issue-group");
  expect(groups[0].textContent).toContain("12 处");
  expect(within(groups[0]).getByRole("button", { name: "显示全部 12 行" })).toBeTruthy();
  expect(groups[1].textContent).toContain("40 张发票的开票日期晚于基准日");
});
