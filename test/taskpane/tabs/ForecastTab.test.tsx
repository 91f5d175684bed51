/** The forecast tab: expected collections week by week, then beyond the weeks, doubtful and the total. */
import { screen, within } from "@testing-library/react";
import { ForecastTab } from "../../../src/taskpane/tabs/ForecastTab";
import { analysis, inPane } from "./analysedPane";

test("one row a week with its expected amount; beyond, doubtful and the total below", () => {
  const { container } = inPane(<ForecastTab analysis={analysis} />);
  const rows = within(screen.getByTestId("forecast-table")).getAllByRole("row").slice(1);
  expect(rows).toHaveLength(analysis.forecast.weeks.length);
  expect(rows[0].textContent).toMatch(/^W1 2025-07-01/); // week 1 starts the day after the as-of date;
  expect(container.textContent).toContain("2,050.00"); // doubtful, as the engine's test works it out
  expect(container.textContent).toContain("10,050.00"); // the total
});
