import { render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { axe } from "jest-axe";
import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import { generateLedger } from "../../../src/engine/sample/generateLedger";
import type { Analysis } from "../../../src/engine/analysis/types";
import { formatPercent } from "../../../src/i18n/format";
import type { Language } from "../../../src/i18n/translate";
import type { CheckState } from "../../../src/taskpane/components/checksContext";
import { ForecastCheckSection } from "../../../src/taskpane/components/ForecastCheckSection";
import { TextsContext, makeTexts } from "../../../src/taskpane/i18n";
import { AS_OF, handLedger } from "../../engine/analysis/handLedger";

const settings = { agingBasis: "due" as const, dateOrder: "auto" as const, riskAppetite: "balanced" as const };
const generated = analyzeLedger(
  {
    values: generateLedger({ seed: 2, customers: 120, invoices: 4000, asOf: 46_000, language: "en" }).values,
    sheet: "S",
    topLeft: "A1",
  },
  { ...settings, asOf: 46_000 },
);
const hand = analyzeLedger({ values: handLedger(), sheet: "Ledger", topLeft: "A1" }, { ...settings, asOf: AS_OF });

function show(analysis: Analysis | CheckState<"forecastCheck">, language: Language = "en") {
  const check =
    analysis !== null && typeof analysis === "object" && "forecastCheck" in analysis
      ? analysis.forecastCheck
      : analysis;
  return render(
    <FluentProvider theme={webLightTheme}>
      <TextsContext.Provider value={makeTexts(language)}>
        <ForecastCheckSection check={check as CheckState<"forecastCheck">} />
      </TextsContext.Provider>
    </FluentProvider>,
  );
}

describe("the forecast check in the Forecast tab", () => {
  test("per horizon: our error, the due-date method's and the days-to-pay method's, and the verdict", async () => {
    const view = show(generated);
    const c = generated.forecastCheck;
    expect(c.status).toBe("ok");
    for (const h of c.horizons) {
      const box = screen.getByTestId(`forecast-check-${h.horizon.label}`);
      expect(within(box).getByRole("heading").textContent).toBe(`Weeks ${h.horizon.fromWeek}–${h.horizon.toWeek}`);
      const text = box.textContent ?? "";
      expect(text).toContain(`Our forecast${formatPercent(h.wape.ours!, "en").replace(" ", "\u00a0")}`);
      expect(text).toContain(`On the due date${formatPercent(h.wape.dueDate!, "en").replace(" ", "\u00a0")}`);
      expect(text).toContain(`Average days to pay${formatPercent(h.wape.daysToPay!, "en").replace(" ", "\u00a0")}`);
    }
    expect(screen.getByTestId("forecast-check-verdict").textContent).toBe(
      "Our forecast was closer than both simple methods in weeks 1–4 and 5–13.",
    );
    expect(await axe(view.container)).toHaveNoViolations();
  });

  test("in Chinese", () => {
    show(generated, "zh-CN");
    expect(screen.getByRole("heading", { name: "预测检验" })).toBeTruthy();
    expect(screen.getByTestId("forecast-check-5-13").textContent).toContain("第 5–13 周");
    expect(screen.getByTestId("forecast-check-5-13").textContent).toContain("按到期日");
  });

  test("says plainly when the ledger is too short (the hand ledger)", () => {
    expect(hand.forecastCheck.status).toBe("tooShort");
    show(hand, "zh-CN");
    expect(screen.getByTestId("forecast-check-verdict").textContent).toMatch(
      /^历史太短，无法判断.*本台账只有 \d+ 个。$/,
    );
    expect(screen.queryByTestId("forecast-check-1-4")).toBeNull();
  });

  test("while the check runs after the results: its title and a spinner saying so; failed: why; none: nothing", async () => {
    const view = show("checking");
    expect(screen.getByRole("heading", { name: "Forecast check" })).toBeTruthy();
    const status = screen.getByTestId("forecast-check-status");
    expect(status.getAttribute("data-state")).toBe("checking");
    expect(status.textContent).toBe("Checking the forecast against this ledger's own history…");
    expect(screen.queryByTestId("forecast-check-verdict")).toBeNull();
    expect(await axe(view.container)).toHaveNoViolations();
    view.unmount();
    const zh = show("checking", "zh-CN");
    expect(screen.getByTestId("forecast-check-status").textContent).toBe("正在用本台账自身的历史检验回款预测…");
    zh.unmount();
    const failed = show("failed");
    expect(screen.getByTestId("forecast-check-status").textContent).toMatch(/^The forecast check could not be run/);
    failed.unmount();
    const none = show(null);
    expect(none.container.textContent).toBe("");
  });
});
