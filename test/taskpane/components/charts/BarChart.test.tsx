/** The taskpane's bar chart: formatted ticks, every value as text, a value on keyboard focus. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { axe } from "jest-axe";
import { BarChart } from "../../../../src/taskpane/components/charts";

const money = (v: number) => `¥${v.toLocaleString("en-US", { minimumFractionDigits: 2 })}`;
const short = (v: number) => `¥${v / 1000}K`;
const wrap = (ui: React.ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

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
