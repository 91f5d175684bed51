/** One customer to contact today: why today, the one next step and what to say; Done logs it. */
import { fireEvent, screen, within } from "@testing-library/react";
import { buildDesk } from "../../../../src/engine/collections/desk";
import { DEFAULT_DUNNING, DEFAULT_POLICY } from "../../../../src/engine/collections/settings";
import { buildToday } from "../../../../src/engine/collections/today";
import { TodayCard } from "../../../../src/taskpane/components/desk/TodayCard";
import type { DeskActions } from "../../../../src/taskpane/state/useDeskActions";
import { AS_OF, analysisAt, ledger, log } from "../../../engine/collections/deskLedger";
import { inPane } from "../../tabs/analysedPane";

const desk = buildDesk(ledger, analysisAt(), log(), { dunning: DEFAULT_DUNNING, policy: DEFAULT_POLICY });
const today = buildToday(desk, { dunning: DEFAULT_DUNNING, policy: DEFAULT_POLICY, alertDays: 14 });
const item = today.items[0];

function show(logContact = jest.fn()) {
  const actions = { busy: false, notice: null, needCompany: null, logContact } as unknown as DeskActions;
  inPane(
    <ul>
      <TodayCard
        item={item}
        contact={null}
        script={{ language: "en", lines: ["Hello, this is Acme about invoice INV2.", "Can you pay by Friday?"] }}
        asOf={AS_OF}
        insured={false}
        hasPlan={false}
        actions={actions}
      />
    </ul>,
  );
  return screen.getAllByTestId("today-item").at(-1)!;
}

test("the customer, why today, the one step, no contact known, and the script", () => {
  const card = show();
  expect(within(card).getByTestId("today-customer").textContent).toBe(item.customer);
  expect(within(card).getByTestId("today-why").textContent!.length).toBeGreaterThan(5);
  expect(within(card).getByTestId("today-step").textContent).toMatch(/^Next step: /);
  expect(within(card).getByTestId("today-contact").textContent).toContain("Not in the contacts range");
  expect(card.textContent).toContain("Can you pay by Friday?");
});

test("Done logs today's step as taken, for this customer on the as-of date", () => {
  const logContact = jest.fn();
  const card = show(logContact);
  fireEvent.click(within(card).getByTestId("today-done"));
  expect(logContact).toHaveBeenCalledWith(expect.objectContaining({ date: AS_OF, customer: item.customer }));
});
