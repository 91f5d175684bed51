/** A desk range's unusable rows: the summary, each row's cell link and reason; nothing when there is none. */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Language } from "../../../../src/i18n/translate";
import { RangeIssues } from "../../../../src/taskpane/components/desk/RangeIssues";
import { TextsContext, makeTexts } from "../../../../src/taskpane/i18n";

const issues = [
  { address: "Contacts!B3", reason: { code: "x.unknown", params: {}, text: "the phone is not a phone number" } },
  { address: "Contacts!A7", reason: { code: "x.unknown", params: {}, text: "the customer is empty" } },
];

function show(list = issues, language: Language = "en", onGoTo = jest.fn()) {
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <TextsContext.Provider value={makeTexts(language)}>
        <RangeIssues summary="2 contact rows not used" issues={list} testId="contact-issues" onGoTo={onGoTo} />
      </TextsContext.Provider>
    </FluentProvider>,
  );
  return { onGoTo, view };
}

test("each unusable row with its cell link and reason; a click goes to the cell", async () => {
  const { onGoTo } = show();
  expect(screen.getByText("2 contact rows not used")).toBeTruthy();
  const rows = within(screen.getByTestId("contact-issues")).getAllByRole("listitem");
  expect(rows.map((r) => r.textContent)).toEqual([
    "Contacts!B3 the phone is not a phone number",
    "Contacts!A7 the customer is empty",
  ]);
  await userEvent.click(within(rows[1]).getByRole("button", { name: "Contacts!A7" }));
  expect(onGoTo).toHaveBeenCalledWith("Contacts!A7");
});

test("nothing is shown when every row was used", () => {
  const { view } = show([]);
  expect(view.container.querySelector("details")).toBeNull();
});
