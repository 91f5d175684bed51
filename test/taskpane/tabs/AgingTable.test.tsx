/** The aging chart's figures as a table: each band's open amount, the disputed part under it. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import { AgingTable } from "../../../src/taskpane/tabs/AgingTable";
import { TextsContext, makeTexts } from "../../../src/taskpane/i18n";

function show(language: "en" | "zh-CN") {
  render(
    <FluentProvider theme={webLightTheme}>
      <TextsContext.Provider value={makeTexts(language, "CNY")}>
        <AgingTable
          buckets={[
            { label: "Current", amount: 2200, disputed: 0 },
            { label: "91+", amount: 5800, disputed: 800 },
          ]}
        />
      </TextsContext.Provider>
    </FluentProvider>,
  );
  return screen.getAllByTestId("aging-table").at(-1)!;
}

test("one row a band with its open amount; the disputed part said only where there is one", () => {
  const table = show("en");
  expect(table.getAttribute("aria-label")).toBe("Open amount per aging bucket");
  const rows = within(table).getAllByRole("row").slice(1);
  expect(rows[0].textContent).toMatch(/^Current.*2,200\.00$/);
  expect(rows[0].textContent).not.toContain("disputed");
  expect(rows[1].textContent).toMatch(/^91\+.*5,800\.00of which disputed .*800\.00$/);
});

test("in Chinese", () => {
  const table = show("zh-CN");
  expect(
    within(table)
      .getAllByRole("columnheader")
      .map((h) => h.textContent),
  ).toEqual(["账龄区间", "未结"]);
  expect(table.textContent).toContain("其中争议");
});
