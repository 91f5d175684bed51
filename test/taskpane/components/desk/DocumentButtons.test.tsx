/** A customer's document buttons: statement, the stage's letter and its text; the plan's when there is one; the claim when insured. */
import { fireEvent, screen } from "@testing-library/react";
import { DocumentButtons } from "../../../../src/taskpane/components/desk/DocumentButtons";
import { inPane } from "../../tabs/analysedPane";

const actions = () => ({
  busy: false,
  writeStatement: jest.fn(),
  writeLetter: jest.fn(),
  writeClaim: jest.fn(),
  writePlan: jest.fn(),
  agreePlan: jest.fn(),
  copyLetter: jest.fn(),
});

test("each button acts for the customer, the letter at the customer's stage", () => {
  const a = actions();
  const { container } = inPane(
    <DocumentButtons customer="Beta" letterStage="final" insured={true} hasPlan={true} actions={a} />,
  );
  const buttons = [...container.querySelectorAll("button")];
  expect(buttons).toHaveLength(6);
  buttons.forEach((b) => fireEvent.click(b));
  expect(a.writeStatement).toHaveBeenCalledWith("Beta");
  expect(a.writeLetter).toHaveBeenCalledWith("Beta", "final");
  expect(a.copyLetter).toHaveBeenCalledWith("Beta", "final");
  expect([a.writePlan, a.agreePlan, a.writeClaim].map((f) => f.mock.calls[0][0])).toEqual(["Beta", "Beta", "Beta"]);
});

test("no plan and not insured: statement and letter only; all wait while busy", () => {
  const a = { ...actions(), busy: true };
  const { container } = inPane(
    <DocumentButtons customer="Alpha" letterStage="friendly" insured={false} hasPlan={false} actions={a} />,
  );
  const buttons = [...container.querySelectorAll("button")];
  expect(buttons).toHaveLength(3);
  expect(buttons.every((b) => b.disabled)).toBe(true);
  expect(
    screen
      .getAllByRole("button")
      .map((b) => b.textContent)
      .join("|"),
  ).toMatch(/statement/i);
});
