/** The taskpane's line chart: several series, a gap, a reference line, a legend and the values as text. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { axe } from "jest-axe";
import { LineChart } from "../../../../src/taskpane/components/charts";

const money = (v: number) => `¥${v.toLocaleString("en-US", { minimumFractionDigits: 2 })}`;
const short = (v: number) => `¥${v / 1000}K`;
const wrap = (ui: React.ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

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
