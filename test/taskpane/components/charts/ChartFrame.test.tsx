/**
 * What every taskpane chart shares (ChartFrame): the keys that move along the points, the plot area handed to the
 * chart, and the two pieces the trend chart draws the same way — an axis title and a value tick.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { valueAxis } from "../../../../src/taskpane/components/charts";
import {
  AxisTitle,
  ChartFrame,
  labelWidth,
  type PlotArea,
  ValueTick,
} from "../../../../src/taskpane/components/charts/ChartFrame";

const texts = ["Week 1: ¥100", "Week 2: ¥250", "Week 3: ¥50"];

function frame(seen: (area: PlotArea) => void = () => {}) {
  render(
    <FluentProvider theme={webLightTheme}>
      <ChartFrame
        title="Cash"
        axis={valueAxis([100, 250, 50])}
        formatTick={(v) => `¥${v}`}
        labels={["W1", "W2", "W3"]}
        texts={texts}
        hint="Point at a week"
        valueTitle="Cash (CNY)"
        categoryTitle="Week"
        height={160}
      >
        {(area) => {
          seen(area);
          return <rect data-testid="plot" x={area.left} width={area.width} height={area.height} />;
        }}
      </ChartFrame>
    </FluentProvider>,
  );
  return screen.getByRole("img", { name: "Cash" });
}

const readout = () => screen.getByTestId("chart-readout").textContent;

test("arrows step along the points and stop at the ends; Home and End jump; other keys are left alone", () => {
  const svg = frame();
  expect(readout()).toBe("Point at a week");
  fireEvent.keyDown(svg, { key: "ArrowLeft" });
  expect(readout()).toBe(texts[0]);
  fireEvent.keyDown(svg, { key: "ArrowRight" });
  fireEvent.keyDown(svg, { key: "ArrowDown" });
  fireEvent.keyDown(svg, { key: "ArrowRight" });
  expect(readout()).toBe(texts[2]);
  fireEvent.keyDown(svg, { key: "Home" });
  expect(readout()).toBe(texts[0]);
  fireEvent.keyDown(svg, { key: "End" });
  fireEvent.keyDown(svg, { key: "ArrowUp" });
  expect(readout()).toBe(texts[1]);
  // A key the chart does not use keeps its default (Tab leaves the chart) and the point stays.
  expect(fireEvent.keyDown(svg, { key: "Tab" })).toBe(true);
  expect(fireEvent.keyDown(svg, { key: "End" })).toBe(false);
  expect(readout()).toBe(texts[2]);
  fireEvent.blur(svg);
  expect(readout()).toBe("Point at a week");
});

test("the plot starts after the widest tick label and sits above the labels; the titles and ticks are drawn", () => {
  const areas: PlotArea[] = [];
  frame((a) => areas.push(a));
  const area = areas[areas.length - 1];
  expect(area.left).toBe(labelWidth("¥300") + 8);
  // 160 less a row of category labels and the category title (12 px text with 6 px under each).
  expect(area.height).toBe(160 - 36);
  expect(screen.getAllByTestId("axis-title").map((t) => t.textContent)).toEqual(["Cash (CNY)", "Week"]);
  expect(screen.getByTestId("plot")).toBeTruthy();
  const ticks = [...document.querySelectorAll("g > g > text")].map((t) => t.textContent);
  expect(ticks).toEqual(["¥0", "¥100", "¥200", "¥300"]);
});

test("AxisTitle and ValueTick: hidden from screen readers only when asked, the zero line darker", () => {
  const { container } = render(
    <svg>
      <AxisTitle x={0} y={12}>
        Open (CNY)
      </AxisTitle>
      <AxisTitle x={50} y={100} middle hidden>
        Month-end
      </AxisTitle>
      <ValueTick y={40} left={30} right={200} label="¥0" zero />
      <ValueTick y={10} left={30} right={200} label="¥5K" zero={false} hidden />
    </svg>,
  );
  const [value, category] = screen.getAllByTestId("axis-title");
  expect(value.getAttribute("aria-hidden")).toBeNull();
  expect(value.getAttribute("text-anchor")).toBeNull();
  expect(category.getAttribute("aria-hidden")).toBe("true");
  expect(category.getAttribute("text-anchor")).toBe("middle");
  const [zero, five] = [...container.querySelectorAll("svg > g")];
  expect(zero.getAttribute("aria-hidden")).toBeNull();
  expect(five.getAttribute("aria-hidden")).toBe("true");
  const [zeroLine, fiveLine] = [zero, five].map((g) => g.querySelector("line")!);
  expect(zeroLine.getAttribute("stroke")).not.toBe(fiveLine.getAttribute("stroke"));
  expect([zeroLine.getAttribute("x1"), zeroLine.getAttribute("x2"), zeroLine.getAttribute("y1")]).toEqual([
    "30",
    "200",
    "40",
  ]);
  const label = zero.querySelector("text")!;
  expect([label.textContent, label.getAttribute("x"), label.getAttribute("text-anchor")]).toEqual(["¥0", "26", "end"]);
});
