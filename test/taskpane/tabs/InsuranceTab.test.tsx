/**
 * The insurance tab: the verdict, the precondition as a note, each risk criterion with its figure and threshold; the
 * verdict's reasons joined as each language writes a list (full-width in Chinese).
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import { reason } from "../../../src/engine/model/reason";
import type { Language } from "../../../src/i18n/translate";
import { TextsContext, makeTexts } from "../../../src/taskpane/i18n";
import { InsuranceTab } from "../../../src/taskpane/tabs/InsuranceTab";
import { analysis, inPane } from "./analysedPane";
import { AS_OF, handLedger } from "../../engine/analysis/handLedger";

test("the verdict, then one row a risk criterion: met or not, its figure against the threshold", () => {
  inPane(<InsuranceTab analysis={analysis} />);
  expect(screen.getByTestId("insurance-verdict").textContent).toMatch(/^Cover advised — /);
  expect(screen.getAllByTestId("insurance-precondition")).toHaveLength(1);
  const rows = within(screen.getByTestId("insurance-criteria")).getAllByTestId("criterion-row");
  expect(rows).toHaveLength(analysis.insurance.criteria.filter((c) => c.role === "risk").length);
  const met = analysis.insurance.criteria.filter((c) => c.role === "risk").map((c) => (c.met ? "Yes" : "No"));
  expect(rows.map((r) => (r.textContent!.includes("Yes") ? "Yes" : "No"))).toEqual(met);
  expect(rows[0].textContent).toMatch(/threshold/i);
});

test("in Chinese", () => {
  inPane(<InsuranceTab analysis={analysis} />, "zh-CN");
  expect(screen.getByTestId("insurance-verdict").textContent).not.toMatch(/advised/i);
  expect(screen.getByTestId("insurance-criteria").textContent).toMatch(/[\u4e00-\u9fff]/);
});

const analysed = analyzeLedger(
  { values: handLedger(), sheet: "Ledger", topLeft: "A1" },
  { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" },
);
const twoReasons = {
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
        <InsuranceTab analysis={twoReasons} />
      </TextsContext.Provider>
    </FluentProvider>,
  );
  return screen.getByTestId("insurance-verdict").textContent ?? "";
}

test("English: the verdict's reasons joined by a semicolon", () => {
  expect(verdict("en")).toBe(
    "Consider cover — 1 of 5 risk criteria met: consider cover; cover advised for 2 customers individually",
  );
});

test("Chinese: joined by a full-width semicolon, no half-width mark after a Chinese character", () => {
  const text = verdict("zh-CN");
  expect(text).toContain("；");
  expect(text).not.toMatch(/[\u4e00-\u9fff][:;,]/);
});
