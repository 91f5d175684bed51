/** The insurance tab: the verdict, the precondition as a note, each risk criterion with its figure and threshold. */
import { screen, within } from "@testing-library/react";
import { InsuranceTab } from "../../../src/taskpane/tabs/InsuranceTab";
import { analysis, inPane } from "./analysedPane";

test("the verdict, then one row a risk criterion: met or not, its figure against the threshold", () => {
  inPane(<InsuranceTab analysis={analysis} />);
  expect(screen.getByTestId("insurance-verdict").textContent).toMatch(/^Cover advised — /);
  expect(screen.getAllByTestId("insurance-precondition")).toHaveLength(1);
  const rows = within(screen.getByTestId("insurance-criteria")).getAllByTestId("criterion-row");
  expect(rows).toHaveLength(analysis.insurance.criteria.filter((c) => c.role === "risk").length);
  const met = analysis.insurance.criteria.filter((c) => c.role === "risk").map((c) => (c.met ? "Yes" : "No"));
  expect(rows.map((r) => (r.textContent!.includes("Yes") ? "Yes" : "No"))).toEqual(met);
  expect(rows[0].textContent).toMatch(/threshold/i);
});

test("in Chinese", () => {
  inPane(<InsuranceTab analysis={analysis} />, "zh-CN");
  expect(screen.getByTestId("insurance-verdict").textContent).not.toMatch(/advised/i);
  expect(screen.getByTestId("insurance-criteria").textContent).toMatch(/[\u4e00-\u9fff]/);
});
