/** The insurance check's verdict line: its reasons joined as each language writes a list (full-width in Chinese). */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import { reason } from "../../../src/engine/model/reason";
import type { Language } from "../../../src/i18n/translate";
import { TextsContext, makeTexts } from "../../../src/taskpane/i18n";
import { InsuranceTab } from "../../../src/taskpane/tabs/InsuranceTab";
import { AS_OF, handLedger } from "../../engine/analysis/handLedger";

const analysed = analyzeLedger(
  { values: handLedger(), sheet: "Ledger", topLeft: "A1" },
  { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" },
);
const analysis = {
  ...analysed,
  insurance: {
    ...analysed.insurance,
    verdict: "consider" as const,
    reasons: [
      reason("insurance.verdict.consider", { met: 1, of: 5 }, "1 of 5 risk criteria met: consider cover"),
      reason("insurance.customers", { count: 2 }, "cover advised for 2 customer(s) individually"),
    ],
  },
};

function verdict(language: Language): string {
  render(
    <FluentProvider theme={webLightTheme}>
      <TextsContext.Provider value={makeTexts(language, "CNY")}>
        <InsuranceTab analysis={analysis} />
      </TextsContext.Provider>
    </FluentProvider>,
  );
  return screen.getByTestId("insurance-verdict").textContent ?? "";
}

test("English: the verdict's reasons joined by a semicolon", () => {
  expect(verdict("en")).toBe(
    "Consider cover — 1 of 5 risk criteria met: consider cover; cover advised for 2 customer(s) individually",
  );
});

test("Chinese: joined by a full-width semicolon, no half-width mark after a Chinese character", () => {
  const text = verdict("zh-CN");
  expect(text).toContain("；");
  expect(text).not.toMatch(/[\u4e00-\u9fff][:;,]/);
});
