/** The cash plan's results: the lowest cash and the first week below the buffer, the scenarios, levers, frozen plans. */
import { fireEvent, screen, within } from "@testing-library/react";
import { CashResults } from "../../../src/taskpane/cash/CashResults";
import { run } from "../../engine/cash/handCompany";
import { inPane } from "../tabs/analysedPane";

test("the two answers first, then a card a scenario and the levers ranked; the plan can be frozen", () => {
  const cash = run();
  const onFreeze = jest.fn();
  inPane(<CashResults cash={cash} onFreeze={onFreeze} />);
  const summary = screen.getByTestId("cash-summary").textContent!;
  expect(cash.plan.firstBelow).toBeNull();
  expect(summary).toBe("Lowest cash¥7,000.00 in week 1First week below the bufferNone");
  expect(within(screen.getByTestId("cash-scenarios")).getAllByRole("listitem").length).toBeGreaterThanOrEqual(
    cash.scenarios.length,
  );
  expect(within(screen.getByTestId("cash-levers")).getAllByRole("listitem")).toHaveLength(cash.levers.length);
  expect(screen.getByTestId("cash-weeks").children).toHaveLength(cash.plan.weeks.length);
  fireEvent.click(screen.getByTestId("freeze-plan"));
  expect(onFreeze).toHaveBeenCalled();
});

test("a plan that falls below the buffer says in which week and by how much", () => {
  const cash = run({ minimumCash: 8_000 });
  inPane(<CashResults cash={cash} onFreeze={() => {}} />);
  expect(cash.plan.firstBelow).not.toBeNull();
  expect(screen.getByTestId("cash-summary").textContent).toContain(String(cash.plan.firstBelow!.week));
});
