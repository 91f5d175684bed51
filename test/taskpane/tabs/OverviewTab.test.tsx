/** The overview tab: the portfolio's key figures. */
import { screen } from "@testing-library/react";
import { OverviewTab } from "../../../src/taskpane/tabs/OverviewTab";
import { analysis, inPane } from "./analysedPane";

test("total open, overdue, DSO and the customers, as the engine figures them", () => {
  inPane(<OverviewTab analysis={analysis} />);
  expect(screen.getByTestId("kpi-total-open").textContent).toContain("10,050.00");
  expect(screen.getByTestId("kpi-customers").textContent).toContain("3");
  expect(screen.getByTestId("kpi-dso").textContent).toMatch(/\d/);
  expect(screen.getByTestId("kpi-disputed").textContent).toContain(
    analysis.portfolio.disputedOpen.toLocaleString("en-US", { minimumFractionDigits: 2 }),
  );
});

test("in Chinese", () => {
  const { container } = inPane(<OverviewTab analysis={analysis} />, "zh-CN");
  expect(container.textContent).toMatch(/[\u4e00-\u9fff]/);
  expect(screen.getByTestId("kpi-total-open").textContent).toContain("10,050.00");
});
