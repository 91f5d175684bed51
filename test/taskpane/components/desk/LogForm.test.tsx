/**
 * The log form: what is typed becomes one contact-log row (dates and amount read by the engine, text trimmed); once
 * written the form starts again, and a date or an amount that cannot be read keeps the button off.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { isoFromSerial, type NewLogRow, parseDate } from "../../../../src/engine";
import { LogForm } from "../../../../src/taskpane/components/desk/LogForm";
import { TextsContext, makeTexts } from "../../../../src/taskpane/i18n";

const serial = (iso: string) => {
  const parsed = parseDate(iso);
  if (!parsed.ok) throw new Error(iso);
  return parsed.value;
};
const AS_OF = serial("2026-12-07");

function show(onSave: (row: NewLogRow) => Promise<boolean> = async () => true, busy = false) {
  render(
    <FluentProvider theme={webLightTheme}>
      <TextsContext.Provider value={makeTexts("en", "CNY")}>
        <LogForm customer="Acme Trading" stage="firm" asOf={AS_OF} busy={busy} onSave={onSave} />
      </TextsContext.Provider>
    </FluentProvider>,
  );
  return { onSave };
}

const box = (name: string) => screen.getByRole("textbox", { name: new RegExp(`^${name}`) }) as HTMLInputElement;
const type = (name: string, value: string) => fireEvent.change(box(name), { target: { value } });
const save = () => screen.getByRole("button", { name: "Add to the log" });

test("the typed entry is written as one row, and the form then starts again", async () => {
  const onSave = jest.fn(async () => true);
  show(onSave);
  expect(box("Date").value).toBe(isoFromSerial(AS_OF));
  await userEvent.selectOptions(screen.getByRole("combobox", { name: "Channel" }), "email");
  await userEvent.selectOptions(screen.getByRole("combobox", { name: "Stage" }), "final");
  type("Outcome", "  will pay half  ");
  type("Invoice", " INV-7 ");
  type("Promised date", "2026-12-20");
  type("Promised amount", "1,250.50");
  type("Note", " call back Friday ");
  await userEvent.click(save());
  expect(onSave).toHaveBeenCalledWith({
    date: AS_OF,
    customer: "Acme Trading",
    invoice: "INV-7",
    channel: "email",
    stage: "final",
    outcome: "will pay half",
    promisedDate: serial("2026-12-20"),
    promisedAmount: 1250.5,
    note: "call back Friday",
  });
  for (const name of ["Outcome", "Invoice", "Promised date", "Promised amount", "Note"])
    expect(box(name).value).toBe("");
  expect((screen.getByRole("combobox", { name: "Channel" }) as HTMLSelectElement).value).toBe("call");
  expect((screen.getByRole("combobox", { name: "Stage" }) as HTMLSelectElement).value).toBe("firm");
});

test("without a promise the row has none; a row not written leaves the form as typed", async () => {
  const onSave = jest.fn(async () => false);
  show(onSave);
  type("Date", "2026-12-01");
  type("Outcome", "no answer");
  await userEvent.click(save());
  expect(onSave).toHaveBeenCalledWith(
    expect.objectContaining({ date: serial("2026-12-01"), promisedDate: null, promisedAmount: null, stage: "firm" }),
  );
  expect(box("Outcome").value).toBe("no answer");
  expect(box("Date").value).toBe("2026-12-01");
});

test("a promised date or amount that cannot be read is said under its field and keeps the button off", async () => {
  const onSave = jest.fn(async () => true);
  show(onSave);
  type("Promised date", "next week");
  expect(screen.getByText("The promised date is not a date: write it as yyyy-mm-dd.")).toBeTruthy();
  expect(save()).toHaveProperty("disabled", true);
  type("Promised date", "2026-12-20");
  type("Promised amount", "lots");
  expect(screen.getByText("The promised amount is not a number.")).toBeTruthy();
  expect(screen.queryByText(/not a date/)).toBeNull();
  expect(save()).toHaveProperty("disabled", true);
  await act(async () => fireEvent.submit(screen.getByRole("form", { name: "Log a contact" })));
  expect(onSave).not.toHaveBeenCalled();
});

test("an unreadable contact date is said under the date; busy keeps the button off", () => {
  show(undefined, true);
  expect(save()).toHaveProperty("disabled", true);
  type("Date", "31/31/2026");
  expect(screen.getAllByText("The promised date is not a date: write it as yyyy-mm-dd.")).toHaveLength(1);
});
