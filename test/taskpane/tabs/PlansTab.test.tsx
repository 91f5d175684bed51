/** The plans tab: a customer's payment plan, and the plan again after a missed installment. */
import { fireEvent, screen, within } from "@testing-library/react";
import { PlansTab } from "../../../src/taskpane/tabs/PlansTab";
import { analysis, inPane } from "./analysedPane";

test("shows the first customer's plan; another customer can be chosen", () => {
  inPane(<PlansTab analysis={analysis} />);
  expect(screen.getByTestId("plan-summary").textContent).toContain(analysis.plans[0].customer);
  const [customer] = screen.getAllByRole("combobox") as HTMLSelectElement[];
  const other = analysis.plans[1].customer;
  fireEvent.change(customer, { target: { value: other } });
  expect(screen.getByTestId("plan-summary").textContent).toContain(other);
});

test("a missed installment: the re-plan with its late interest", () => {
  inPane(<PlansTab analysis={analysis} />);
  expect(screen.getByTestId("replan-summary").textContent).toMatch(/interest/i);
  // The schedule and the re-planned schedule, each a list of installments.
  const schedules = screen.getAllByRole("list");
  expect(schedules.length).toBeGreaterThanOrEqual(2);
  expect(within(schedules[0]).getAllByRole("listitem")).toHaveLength(analysis.plans[0].schedule.length);
});

test("no plans: says so", () => {
  const { container } = inPane(<PlansTab analysis={{ ...analysis, plans: [] }} />);
  expect(container.querySelector("select")).toBeNull();
});

test("a choice too long for a 270 px pane ends in an ellipsis, its full text in the tooltip", () => {
  inPane(<PlansTab analysis={analysis} />);
  const [customer, installment] = screen.getAllByRole("combobox") as HTMLSelectElement[];
  expect(customer.title).toBe(analysis.plans[0].customer);
  expect(installment.title).toBe(installment.selectedOptions[0].textContent);
  expect(installment.title).toMatch(/ · .+ · /); // number or down payment · due date · amount
  for (const select of [customer, installment]) expect(select.style.textOverflow).toBe("ellipsis");
  fireEvent.change(installment, { target: { value: installment.options[1].value } });
  expect(installment.title).toBe(installment.options[1].textContent);
});
