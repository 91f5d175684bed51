/** The model check says where the payment history begins and words its verdict from the lead's interval (EN, ZH). */
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ModelCheck } from "../../../src/engine/history/gradeBacktest";
import { serialFromYmd } from "../../../src/engine/core/dates";
import type { Language } from "../../../src/i18n/translate";
import type { CheckState } from "../../../src/taskpane/components/checksContext";
import { ModelCheckSection } from "../../../src/taskpane/components/ModelCheckSection";
import { TextsContext, makeTexts } from "../../../src/taskpane/i18n";

const base: ModelCheck = {
  status: "ok",
  followUpMonths: 6,
  lateDays: 5,
  monthEnds: [1, 2, 3],
  observations: 1200,
  late: 317,
  grade: { auc: 0.9134, gini: 0.8268 },
  score: { auc: 0.92, gini: 0.84 },
  baseline: { auc: 0.9115, gini: 0.823 },
  calibration: [],
  gradeAtLeastBaseline: true,
};

function show(modelCheck: CheckState<"modelCheck">, language: Language = "en") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <TextsContext.Provider value={makeTexts(language)}>
        <ModelCheckSection check={modelCheck} />
      </TextsContext.Provider>
    </FluentProvider>,
  );
}

test("an interval across 0: no better than the simple rule — either will do, with the interval", () => {
  show({ ...base, lead: { value: 0.0019, low: -0.0054, high: 0.0094, verdict: "noBetter" } });
  expect(screen.getByTestId("model-check-lead").textContent).toBe(
    "Lead over own past days late: +0.002 AUC (95 % interval −0.005 to +0.009, bootstrap over customers)",
  );
  expect(screen.getByTestId("model-check-verdict").textContent).toBe(
    "No better than the simple rule on this ledger — either will do.",
  );
});

test("better, worse, and in Chinese", () => {
  const { unmount } = show({ ...base, lead: { value: 0.02, low: 0.004, high: 0.03, verdict: "better" } });
  expect(screen.getByTestId("model-check-verdict").textContent).toMatch(/^Better than the simple rule/);
  unmount();
  const again = show({ ...base, lead: { value: -0.02, low: -0.03, high: -0.004, verdict: "worse" } }, "zh-CN");
  expect(screen.getByTestId("model-check-verdict").textContent).toBe(
    "在本台账上不如简单规则：请使用客户自身历史逾期天数。",
  );
  again.unmount();
});

test("a history that begins late is said, in both languages", () => {
  const start = { date: serialFromYmd(2025, 1, 1), firstBilled: serialFromYmd(2023, 11, 3) };
  const { unmount } = show({ ...base, historyStart: start });
  expect(screen.getByTestId("model-check-history-start").textContent).toBe(
    "The ledger's payments begin in 2025-01 (billing from 2023-11-03): only month-ends after that are replayed.",
  );
  unmount();
  show({ ...base, historyStart: start }, "zh-CN");
  expect(screen.getByTestId("model-check-history-start").textContent).toMatch(
    /^本台账的付款记录从 2025年1月 开始（开票从 2023年11月3日 开始）/,
  );
});

test("while the check runs after the results: its title and a spinner saying so (EN, ZH); failed: why; none: nothing", () => {
  const view = show("checking");
  expect(screen.getByRole("heading", { name: "Model check" })).toBeTruthy();
  const status = screen.getByTestId("model-check-status");
  expect(status.getAttribute("data-state")).toBe("checking");
  expect(status.getAttribute("role")).toBe("status");
  expect(status.textContent).toBe("Checking the grades against this ledger's own history…");
  expect(screen.queryByTestId("model-check-verdict")).toBeNull();
  view.unmount();
  const zh = show("checking", "zh-CN");
  expect(screen.getByTestId("model-check-status").textContent).toBe("正在用本台账自身的历史检验风险等级…");
  zh.unmount();
  const failed = show("failed");
  expect(screen.getByTestId("model-check-status").textContent).toMatch(/^The model check could not be run/);
  failed.unmount();
  expect(show(null).container.textContent).toBe("");
});
