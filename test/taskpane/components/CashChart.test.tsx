/** The cash chart: money axis title with its unit, the buffer line, the low point labelled, a legend (EN and ZH). */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import { CashChart } from "../../../src/taskpane/components/CashChart";
import { TextsContext, makeTexts } from "../../../src/taskpane/i18n";

function cashChart(language: "en" | "zh-CN") {
  return (
    <FluentProvider theme={webLightTheme}>
      <TextsContext.Provider value={makeTexts(language, "CNY")}>
        <CashChart
          title="cash"
          weekStarts={[46000, 46007, 46014]}
          lines={[
            { label: "Plan", values: [500_000, 120_000, 300_000], kind: "plan" },
            { label: "Late 30 days", values: [400_000, 90_000, 200_000], kind: "scenario" },
            { label: "Buffer", values: [150_000, 150_000, 150_000], kind: "buffer" },
          ]}
        />
      </TextsContext.Provider>
    </FluentProvider>
  );
}

describe.each(["en", "zh-CN"] as const)("the cash chart in %s", (language) => {
  test("the cash chart: money axis title with its unit, the buffer line, the low point labelled, a legend", () => {
    const { container } = render(cashChart(language));
    const cash = container.querySelector('[data-testid="cash-chart"]')!;
    const titles = [...cash.querySelectorAll('[data-testid="axis-title"]')].map((t) => t.textContent);
    expect(titles[0]).toBe(language === "en" ? "Cash at week end (CNY)" : "周末现金（人民币元）");
    expect(titles[1]).toBe(language === "en" ? "Week (week 1 starts 2025-12-09)" : "周次（第 1 周自2025年12月9日起）");
    expect(cash.querySelectorAll('[data-testid="chart-reference"]')).toHaveLength(1);
    expect(cash.querySelector('[data-testid="chart-mark"]')!.textContent).toMatch(
      language === "en" ? /^Low point ¥120K$/ : /^最低点 ¥12万$/,
    );
    expect(cash.querySelector('[data-testid="chart-legend"]')!.textContent).toBe("PlanLate 30 daysBuffer");
    // Chinese counts in 万, never K/M.
    if (language === "zh-CN") expect(cash.textContent).not.toMatch(/\d[KM]\b/);
  });
});
