/** The trend's line chart: the newest value read out, a point's value on focus, a gap where a month has none. */
import { fireEvent, screen } from "@testing-library/react";
import { LineChart } from "../../../src/taskpane/components/LineChart";
import { inPane } from "../tabs/analysedPane";

const points = [
  { label: "2026-09", value: 38, text: "Sep: DSO 38.0 days" },
  { label: "2026-10", value: null, text: "Oct: no figure" },
  { label: "2026-11", value: 42, text: "Nov: DSO 42.0 days" },
  { label: "2026-12", value: null, text: "Dec: no figure" },
];

function show() {
  inPane(
    <LineChart
      points={points}
      title="DSO by month-end"
      formatTick={String}
      valueTitle="DSO (days)"
      categoryTitle="Month-end"
      testId="trend"
    />,
  );
}

test("reads out the newest month with a value, and a point's value when focused", () => {
  show();
  const readout = screen.getByTestId("trend-readout");
  expect(readout.textContent).toBe("Nov: DSO 42.0 days");
  fireEvent.focus(screen.getByRole("img", { name: "Sep: DSO 38.0 days" }));
  expect(readout.textContent).toBe("Sep: DSO 38.0 days");
  fireEvent.mouseLeave(screen.getByTestId("pane-chart"));
  expect(readout.textContent).toBe("Nov: DSO 42.0 days");
});

test("a point for each month with a value only; the axis titles are shown", () => {
  show();
  expect(screen.queryByRole("img", { name: "Oct: no figure" })).toBeNull();
  expect(screen.getAllByTestId("axis-title").map((t) => t.textContent)).toEqual(["DSO (days)", "Month-end"]);
});
