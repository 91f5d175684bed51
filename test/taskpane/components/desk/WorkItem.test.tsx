/** One customer on the worklist: the card (stage, overdue, next action); opened, the reasons and the documents. */
import { fireEvent, screen, within } from "@testing-library/react";
import { buildDesk } from "../../../../src/engine/collections/desk";
import { DEFAULT_DUNNING, DEFAULT_POLICY } from "../../../../src/engine/collections/settings";
import { WorkItem, type WorkItemActions } from "../../../../src/taskpane/components/desk/WorkItem";
import { AS_OF, analysisAt, ledger, log } from "../../../engine/collections/deskLedger";
import { inPane } from "../../tabs/analysedPane";

const desk = buildDesk(ledger, analysisAt(), log(), { dunning: DEFAULT_DUNNING, policy: DEFAULT_POLICY });
const alpha = desk.worklist.find((w) => w.customer === "Alpha")!;
const actions = (): WorkItemActions => ({
  busy: false,
  notice: null,
  needCompany: null,
  logContact: jest.fn(),
  writeStatement: jest.fn(),
  writeLetter: jest.fn(),
  writeClaim: jest.fn(),
  writePlan: jest.fn(),
  agreePlan: jest.fn(),
  copyLetter: jest.fn(),
});

function show(open: boolean, onToggle = () => {}, a = actions()) {
  inPane(
    <ul>
      <WorkItem
        item={alpha}
        open={open}
        onToggle={onToggle}
        asOf={AS_OF}
        policy={DEFAULT_POLICY}
        courtesyDays={0}
        actions={a}
        hasPlan={false}
      />
    </ul>,
  );
  return screen.getAllByTestId("work-item").at(-1)!;
}

test("closed: the customer, its stage and next action; the heading opens it", () => {
  const onToggle = jest.fn();
  const card = show(false, onToggle);
  const heading = within(card).getByRole("button", { name: "Alpha" });
  expect(heading.getAttribute("aria-expanded")).toBe("false");
  expect(within(card).getByTestId("next-action").textContent!.length).toBeGreaterThan(5);
  expect(within(card).queryByTestId("work-item-detail")).toBeNull();
  fireEvent.click(heading);
  expect(onToggle).toHaveBeenCalled();
});

test("open: the reasons and the documents, each acting for this customer", () => {
  const a = actions();
  const card = show(true, () => {}, a);
  const detail = within(card).getByTestId("work-item-detail");
  expect(detail.textContent!.length).toBeGreaterThan(20);
  fireEvent.click(within(detail).getByRole("button", { name: "Write statement" }));
  expect(a.writeStatement).toHaveBeenCalledWith("Alpha");
});
