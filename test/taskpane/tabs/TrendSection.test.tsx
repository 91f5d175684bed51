import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import { ymdFromSerial } from "../../../src/engine/core/dates";
import { formatNumber, formatPercent } from "../../../src/i18n/format";

/** A share as the pane shows it: its % on the same line (no-break space). */
const panePercent = (share: number) => formatPercent(share, "en").replace(" ", "\u00a0");
import { TREND_TEXT, shortMonth } from "../../../src/i18n/trend";
import { AS_OF, handLedger } from "../../engine/analysis/handLedger";
import { setup } from "../harness";

const settings = {
  asOf: AS_OF,
  agingBasis: "due" as const,
  dateOrder: "auto" as const,
  riskAppetite: "balanced" as const,
};
const engine = analyzeLedger({ values: handLedger(), sheet: "Ledger", topLeft: "A1" }, settings);
const month = (serial: number, lang: "en" | "zh-CN" = "en") => {
  const { year, month: m } = ymdFromSerial(serial);
  return shortMonth(year, m, lang);
};

async function analyzed(options?: Parameters<typeof setup>[0]) {
  const s = setup(options);
  await userEvent.click(screen.getByRole("button", { name: /use selection|使用所选区域/i }));
  await userEvent.click(await screen.findByRole("tab", { name: /^(Overview|概览)$/ }, { timeout: 30_000 })); // results open on Today
  await screen.findByTestId("trend-section", {}, { timeout: 15000 });
  return s;
}

function tableRows(): string[][] {
  const rows = within(screen.getByTestId("trend-table")).getAllByRole("row").slice(1);
  return rows.map((r) =>
    within(r)
      .getAllByRole("cell")
      .map((c) => c.textContent ?? ""),
  );
}

describe("the KPI trend in the taskpane", () => {
  test("shows the engine's DSO at each month-end, newest first, in a chart and a table", async () => {
    await analyzed();
    const points = engine.kpiTrend.points;
    const rows = tableRows();
    expect(rows).toHaveLength(12);
    const last = points[11];
    expect(rows[0][0]).toBe(month(last.monthEnd));
    expect(rows[0][1]).toBe(last.dso === null ? "n/a" : formatNumber(last.dso, "en"));
    expect(
      screen.getByRole("group", {
        name: `DSO at each month-end, ${month(points[0].monthEnd)} to ${month(last.monthEnd)}`,
      }),
    ).toBeTruthy();
  });

  test("another figure can be chosen; hovering or focusing a point reads its value", async () => {
    await analyzed();
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Figure" }), "metricOverdue");
    const last = engine.kpiTrend.points[11];
    expect(tableRows()[0][1]).toBe(panePercent(last.overdueShare));
    const points = within(screen.getByTestId("trend-chart")).getAllByRole("img");
    expect(points).toHaveLength(12);
    const first = engine.kpiTrend.points[0];
    await act(async () => fireEvent.focus(points[0]));
    expect(screen.getByTestId("trend-chart-readout").textContent).toBe(
      `${month(first.monthEnd)}: ${panePercent(first.overdueShare)}`,
    );
    expect(points[0].getAttribute("aria-label")).toBe(`${month(first.monthEnd)}: ${panePercent(first.overdueShare)}`);
  });

  test("24 months on request in the settings", async () => {
    await analyzed();
    await userEvent.click(screen.getByTestId("setup-toggle")); // the settings fold away once analysed
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "KPI trend covers" }), "24");
    await userEvent.click(screen.getByRole("button", { name: "Analyze again" }));
    await waitFor(() => expect(tableRows()).toHaveLength(24), { timeout: 15000 });
    expect(screen.getByText("Trend: last 24 month-ends")).toBeTruthy();
  });

  test("in Chinese no English trend text is left", async () => {
    const { view } = await analyzed();
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Language" }), "zh-CN");
    expect(screen.getByText("趋势：最近 12 个月末")).toBeTruthy();
    expect(tableRows()[0][0]).toBe(month(engine.kpiTrend.points[11].monthEnd, "zh-CN"));
    const english = Object.values(TREND_TEXT.en)
      .flatMap((t) => t.split(/\{\w+\}/))
      .map((p) => p.trim())
      .filter((p) => /[a-z]{4}/i.test(p) && p.length >= 6);
    const shown = view.container.textContent ?? "";
    expect(english.filter((p) => shown.includes(p))).toEqual([]);
  });
});
