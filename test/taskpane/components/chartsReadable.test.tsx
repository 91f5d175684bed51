/**
 * Every chart of the pane is readable: axis titles (with units), labels of at least 11 px, a legend where there are
 * several series, months no reader takes for days, and the hidden value list kept inside the chart's box.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import { BarChart, LineChart } from "../../../src/taskpane/components/charts";
import { CashChart } from "../../../src/taskpane/components/CashChart";
import { LineChart as TrendChart } from "../../../src/taskpane/components/LineChart";
import { TextsContext, makeTexts } from "../../../src/taskpane/i18n";
import { shortMonth } from "../../../src/i18n/trend";

const money = (v: number) => `¥${v.toFixed(2)}`;

function charts(language: "en" | "zh-CN") {
  return (
    <FluentProvider theme={webLightTheme}>
      <TextsContext.Provider value={makeTexts(language, "CNY")}>
        <BarChart
          title="bars"
          bars={[
            { label: "Current", value: 10 },
            { label: "1–30", value: 5 },
          ]}
          formatTick={String}
          formatValue={money}
          hint="h"
          valueTitle="Open amount (CNY)"
          categoryTitle="Age band"
        />
        <LineChart
          title="lines"
          labels={["1", "2"]}
          series={[
            { name: "A", values: [1, 2] },
            { name: "B", values: [2, 1] },
          ]}
          formatTick={String}
          formatValue={money}
          hint="h"
          valueTitle="Cash (CNY)"
          categoryTitle="Week"
        />
        <CashChart
          title="cash"
          weekStarts={[46000, 46007, 46014]}
          lines={[
            { label: "Plan", values: [500_000, 120_000, 300_000], kind: "plan" },
            { label: "Late 30 days", values: [400_000, 90_000, 200_000], kind: "scenario" },
            { label: "Buffer", values: [150_000, 150_000, 150_000], kind: "buffer" },
          ]}
        />
        <TrendChart
          title="trend"
          formatTick={String}
          valueTitle="DSO (days)"
          categoryTitle="Month-end"
          points={[
            { label: shortMonth(2026, 10, language), value: 40, text: "t" },
            { label: shortMonth(2026, 11, language), value: 42, text: "t" },
          ]}
        />
      </TextsContext.Provider>
    </FluentProvider>
  );
}

/** A text element's font size in pixels, from its style or attribute (every chart label sets one). */
function fontPx(el: Element): number {
  const style = (el as SVGElement).style?.fontSize || el.getAttribute("font-size") || "";
  const px = /^(\d+(?:\.\d+)?)(px)?$/.exec(style);
  if (px) return Number(px[1]);
  // A Fluent token: var(--fontSizeBase200) = 12 px, var(--fontSizeBase100) = 10 px.
  return { "var(--fontSizeBase100)": 10, "var(--fontSizeBase200)": 12, "var(--fontSizeBase300)": 14 }[style] ?? 0;
}

describe.each(["en", "zh-CN"] as const)("pane charts in %s", (language) => {
  test("every chart has two axis titles and no label under 11 px", () => {
    const { container } = render(charts(language));
    const svgs = [...container.querySelectorAll('[data-testid="pane-chart"]')];
    expect(svgs).toHaveLength(4);
    for (const svg of svgs) {
      const titles = [...svg.querySelectorAll('[data-testid="axis-title"]')].map((t) => t.textContent ?? "");
      expect(titles).toHaveLength(2);
      for (const t of titles) expect(t.trim().length).toBeGreaterThan(2);
      for (const text of svg.querySelectorAll("text")) expect(fontPx(text)).toBeGreaterThanOrEqual(11);
    }
  });

  test("the cash chart's lines differ by hue family, dash and marker, not by shade alone", () => {
    const { container } = render(charts(language));
    const lines = [...container.querySelectorAll('[data-testid="cash-chart"] [data-testid="chart-series"]')].map(
      (g) => {
        const path = g.querySelector("path")!;
        // Fluent tokens name their family: var(--colorPaletteDarkOrangeForeground2) → DarkOrange.
        const family = /--color(?:Palette)?([A-Z][a-z]+(?:[A-Z][a-z]+)?)Foreground/.exec(
          path.getAttribute("stroke")!,
        )?.[1];
        const marker = g.querySelector("circle, rect, polygon")?.tagName;
        return { family, dash: path.getAttribute("stroke-dasharray") ?? "solid", marker };
      },
    );
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.family)).toBe(true);
    expect(new Set(lines.map((l) => l.family)).size).toBe(2);
    expect(new Set(lines.map((l) => l.dash)).size).toBe(2);
    expect(new Set(lines.map((l) => l.marker)).size).toBe(2);
  });

  test("each point's readout is punctuated in the pane's language (full-width in Chinese)", () => {
    const { container } = render(charts(language));
    const texts = [...container.querySelectorAll('[data-testid="chart-values"] li')].map((li) => li.textContent ?? "");
    expect(texts.length).toBeGreaterThan(6);
    const halfWidth = texts.filter((t) => /[:;,] /.test(t));
    const fullWidth = texts.filter((t) => /[：；，]/.test(t));
    expect(language === "en" ? fullWidth : halfWidth).toEqual([]);
  });

  test("months read as months, and the screen-reader list stays inside a positioned chart", () => {
    const { container } = render(charts(language));
    expect(container.textContent).toContain(language === "en" ? "2026-11" : "2026年11月");
    for (const list of container.querySelectorAll('[data-testid="chart-values"]')) {
      expect(getComputedStyle(list.parentElement!).position).toBe("relative");
    }
  });
});
