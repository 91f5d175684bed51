/** The taskpane's charts: value axis with formatted ticks, values on hover/focus and as text, several line series. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { axe } from "jest-axe";
import { BarChart, LineChart, valueAxis } from "../../../src/taskpane/components/charts";
import { fitLabel } from "../../../src/taskpane/components/charts/axis";

const money = (v: number) => `¥${v.toLocaleString("en-US", { minimumFractionDigits: 2 })}`;
const short = (v: number) => `¥${v / 1000}K`;
const wrap = (ui: React.ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

describe("valueAxis", () => {
  test("nice ticks that cover the data and zero", () => {
    expect(valueAxis([0, 3400, 9100]).ticks).toEqual([0, 2500, 5000, 7500, 10000]);
    const a = valueAxis([-120, 480]);
    expect(a.ticks[0]).toBeLessThanOrEqual(-120);
    expect(a.ticks).toContain(0);
    expect(a.ticks[a.ticks.length - 1]).toBeGreaterThanOrEqual(480);
    expect(a.y(a.max, 100)).toBe(0);
    expect(a.y(a.min, 100)).toBe(100);
    expect(valueAxis([]).ticks).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  test("labels are cut to their room with an ellipsis", () => {
    expect(fitLabel("1-30 days", 60, 6)).toBe("1-30 days");
    expect(fitLabel("1-30 days", 30, 6)).toBe("1-30…");
  });
});

describe("BarChart", () => {
  const bars = [
    { label: "Current", value: 9100 },
    { label: "1-30", value: 3400, text: "1–30 days: ¥3,400.00" },
    { label: "Credit", value: -500 },
  ];

  test("formatted ticks, every value as text, a value on keyboard focus", async () => {
    const { container } = wrap(
      <BarChart
        title="Open per bucket"
        bars={bars}
        formatTick={short}
        formatValue={money}
        hint="Point at a bar"
        valueTitle="Open (CNY)"
        categoryTitle="Bucket"
      />,
    );
    const svg = screen.getByRole("img", { name: "Open per bucket" });
    for (const tick of ["¥0K", "¥5K", "¥10K"])
      expect(within(svg as unknown as HTMLElement).getByText(tick)).toBeTruthy();
    expect(screen.getAllByTestId("chart-bar")).toHaveLength(3);
    expect(
      within(screen.getByTestId("chart-values"))
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Current: ¥9,100.00", "1–30 days: ¥3,400.00", "Credit: ¥-500.00"]);
    expect(screen.getByTestId("chart-readout").textContent).toBe("Point at a bar");
    fireEvent.keyDown(svg, { key: "ArrowRight" });
    expect(screen.getByTestId("chart-readout").textContent).toBe("Current: ¥9,100.00");
    fireEvent.keyDown(svg, { key: "End" });
    expect(screen.getByTestId("chart-readout").textContent).toBe("Credit: ¥-500.00");
    fireEvent.mouseEnter(screen.getAllByTestId("chart-bar")[1]);
    expect(screen.getByTestId("chart-readout").textContent).toBe("1–30 days: ¥3,400.00");
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe("LineChart", () => {
  test("several series, a gap, a horizontal reference line, a legend and the values as text", async () => {
    const { container } = wrap(
      <LineChart
        title="Cash per week"
        labels={["W1", "W2", "W3"]}
        series={[
          { name: "Expected", values: [1000, 2000, 1500] },
          { name: "Worst case", values: [800, null, 900] },
        ]}
        references={[{ label: "Buffer", value: 1200 }]}
        formatTick={short}
        formatValue={money}
        hint="Point at the chart"
        valueTitle="Cash (CNY)"
        categoryTitle="Week"
      />,
    );
    const series = screen.getAllByTestId("chart-series");
    expect(series).toHaveLength(2);
    expect(series[0].querySelectorAll("path")).toHaveLength(1);
    expect(series[1].querySelectorAll("path")).toHaveLength(2); // split at the missing week
    expect(screen.getAllByTestId("chart-reference")).toHaveLength(1);
    expect(screen.getByTestId("chart-legend").textContent).toBe("ExpectedWorst caseBuffer");
    const texts = within(screen.getByTestId("chart-values"))
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(texts[1]).toBe("W2: Expected ¥2,000.00, Worst case –; Buffer ¥1,200.00");
    fireEvent.keyDown(screen.getByRole("img", { name: "Cash per week" }), { key: "Home" });
    expect(screen.getByTestId("chart-readout").textContent).toBe(
      "W1: Expected ¥1,000.00, Worst case ¥800.00; Buffer ¥1,200.00",
    );
    expect(container.querySelectorAll('[data-testid="chart-series"] circle[r="3.5"]')).toHaveLength(2); // the focused week's dots
    expect(await axe(container)).toHaveNoViolations();
  });
});
