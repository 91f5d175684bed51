/**
 * Every abbreviation in the pane has an info button beside it: a real button (reachable by Tab, opened with Enter)
 * whose popover holds the glossary's one-line explanation, in English and Chinese.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import { generateLedger } from "../../../src/engine/sample/generateLedger";
import { explain, type GlossaryKey } from "../../../src/i18n/glossary";
import type { Language } from "../../../src/i18n/translate";
import { TermInfo } from "../../../src/taskpane/components/TermInfo";
import { TextsContext, makeTexts } from "../../../src/taskpane/i18n";
import { InsuranceTab } from "../../../src/taskpane/tabs/InsuranceTab";
import { OverviewTab } from "../../../src/taskpane/tabs/OverviewTab";

const AS_OF = 46_000;
const ledger = generateLedger({ seed: 5, customers: 30, invoices: 400, asOf: AS_OF, language: "en" });
const analysis = analyzeLedger(
  { values: ledger.values, sheet: "Ledger", topLeft: "A1" },
  { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" },
);

function inPane(node: React.ReactNode, language: Language) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <TextsContext.Provider value={makeTexts(language, "CNY")}>{node}</TextsContext.Provider>
    </FluentProvider>,
  );
}

const buttons = () => screen.queryAllByTestId(/^explain-/).map((b) => b.getAttribute("data-testid")!.slice(8));

describe.each(["en", "zh-CN"] as const)("info buttons in %s", (language) => {
  test("a button named after its term opens the glossary's explanation", async () => {
    inPane(<TermInfo term="cei" />, language);
    const button = screen.getByTestId("explain-cei");
    expect(button.tagName).toBe("BUTTON");
    expect(button.getAttribute("aria-label")).toContain(language === "en" ? "CEI" : "回款有效性指数");
    await act(async () => fireEvent.click(button));
    expect(await screen.findByText(explain("cei", language))).toBeTruthy();
  });

  test("the overview explains DSO, best possible DSO, ADD, weighted days late, CEI and its benchmarks", () => {
    inPane(<OverviewTab analysis={analysis} />, language);
    const want: GlossaryKey[] = ["dso", "bestDso", "add", "weightedDaysLate", "cei", "crfMedian", "allianz"];
    expect(buttons()).toEqual(expect.arrayContaining(want));
  });

  test("the insurance check explains the concentration index", () => {
    inPane(<InsuranceTab analysis={analysis} />, language);
    expect(buttons()).toContain("herfindahl");
  });
});
