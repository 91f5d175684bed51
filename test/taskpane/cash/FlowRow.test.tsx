/**
 * One other cash flow in the Cash tab as a small card: what it shows (the currency after the amount, "Until" only
 * for a repeating flow) and the change each box reports (a negative amount is not taken).
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import type { OtherFlow } from "../../../src/engine";
import type { Language } from "../../../src/i18n/translate";
import { FlowRow } from "../../../src/taskpane/cash/FlowRow";
import { TextsContext, makeTexts } from "../../../src/taskpane/i18n";
import { d } from "../../engine/analysis/handLedger";

const rent: OtherFlow = {
  description: "Rent",
  amount: 3000,
  direction: "out",
  firstDate: d("2025-07-05"),
  repeat: "monthly",
  until: d("2025-12-31"),
};

function show(flow: OtherFlow, language: Language = "en") {
  const onSet = jest.fn();
  const onRemove = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <TextsContext.Provider value={makeTexts(language)}>
        <ul>
          <FlowRow flow={flow} onSet={onSet} onRemove={onRemove} />
        </ul>
      </TextsContext.Provider>
    </FluentProvider>,
  );
  return { onSet, onRemove };
}

const box = (name: string) => screen.getByRole("textbox", { name }) as HTMLInputElement;
const select = (name: string) => screen.getByRole("combobox", { name }) as HTMLSelectElement;

test("a repeating flow: description, amount, out, first date, monthly, until", () => {
  show(rent);
  expect(box("Description").value).toBe("Rent");
  expect((screen.getByRole("spinbutton", { name: "Amount" }) as HTMLInputElement).value).toBe("3000");
  expect(select("In or out").value).toBe("out");
  expect(box("First date").value).toBe("2025-07-05");
  expect(select("Repeat").value).toBe("monthly");
  expect([...select("Repeat").options].map((o) => o.textContent)).toEqual(["Once", "Weekly", "Monthly", "Quarterly"]);
  expect(box("Until").value).toBe("2025-12-31");
  expect(screen.getByRole("listitem").textContent).not.toContain("USD");
});

test("a flow that happens once has no Until; a flow in another currency shows its code after the amount", () => {
  show({ ...rent, repeat: "once", until: null, currency: "USD" }, "zh-CN");
  expect(screen.queryByRole("textbox", { name: "截止日期" })).toBeNull();
  expect(select("重复").value).toBe("once");
  expect(screen.getByRole("listitem").textContent).toContain("USD");
  expect(screen.getByRole("button", { name: "删除" })).toBeTruthy();
});

test("each box reports its own change; a negative amount is not taken", () => {
  const { onSet, onRemove } = show(rent);
  fireEvent.change(box("Description"), { target: { value: "Office rent" } });
  expect(onSet).toHaveBeenLastCalledWith({ description: "Office rent" });
  const amount = screen.getByRole("spinbutton", { name: "Amount" });
  fireEvent.change(amount, { target: { value: "-5" } });
  expect(onSet).toHaveBeenCalledTimes(1);
  fireEvent.change(amount, { target: { value: "3250.5" } });
  expect(onSet).toHaveBeenLastCalledWith({ amount: 3250.5 });
  fireEvent.change(select("In or out"), { target: { value: "in" } });
  expect(onSet).toHaveBeenLastCalledWith({ direction: "in" });
  fireEvent.change(box("First date"), { target: { value: "2025-08-01" } });
  expect(onSet).toHaveBeenLastCalledWith({ firstDate: d("2025-08-01") });
  fireEvent.change(select("Repeat"), { target: { value: "quarterly" } });
  expect(onSet).toHaveBeenLastCalledWith({ repeat: "quarterly" });
  fireEvent.change(box("Until"), { target: { value: "" } });
  expect(onSet).toHaveBeenLastCalledWith({ until: null });
  fireEvent.click(screen.getByRole("button", { name: "Remove" }));
  expect(onRemove).toHaveBeenCalledTimes(1);
});
