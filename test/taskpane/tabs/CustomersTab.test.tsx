/**
 * One risk scale in the customer list: the scale said once above the list (1 = lowest … 10 = highest), each grade
 * badge coloured by its band, and no second score beside the grade that could contradict it.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import { generateLedger } from "../../../src/engine/sample/generateLedger";
import { riskBand } from "../../../src/i18n/glossary";
import type { Language } from "../../../src/i18n/translate";
import { TextsContext, makeTexts } from "../../../src/taskpane/i18n";
import { CustomersTab } from "../../../src/taskpane/tabs/CustomersTab";

const AS_OF = 46_000;
const ledger = generateLedger({ seed: 7, customers: 40, invoices: 600, asOf: AS_OF, language: "en" });
const analysis = analyzeLedger(
  { values: ledger.values, sheet: "Ledger", topLeft: "A1" },
  { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" },
);

function show(language: Language) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <TextsContext.Provider value={makeTexts(language, "CNY")}>
        <CustomersTab analysis={analysis} />
      </TextsContext.Provider>
    </FluentProvider>,
  );
}

describe.each(["en", "zh-CN"] as const)("customers in %s", (language) => {
  test("the scale is stated once, with its info button", () => {
    show(language);
    const scale = screen.getByTestId("grade-scale");
    expect(scale.textContent).toContain(language === "en" ? "1 = lowest risk" : "1 级风险最低");
    expect(screen.getByTestId("explain-grade")).toBeTruthy();
  });

  test("each badge carries its grade's band, its colour differs between bands, and says the scale to a reader", () => {
    show(language);
    const badges = screen.getAllByTestId("grade-badge");
    const grades = analysis.customers.map((c) => c.grade);
    expect(new Set(grades.map(riskBand)).size).toBeGreaterThan(1);
    const classesByBand = new Map<string, Set<string>>();
    for (const b of badges) {
      const grade = Number(/\d+/.exec(b.textContent!)![0]);
      expect(b.getAttribute("data-band")).toBe(riskBand(grade));
      expect(b.getAttribute("aria-label")).toMatch(language === "en" ? /of 10/ : /共 10 级/);
      const set = classesByBand.get(riskBand(grade)) ?? new Set<string>();
      set.add(b.className);
      classesByBand.set(riskBand(grade), set);
    }
    const looks = [...classesByBand.values()].map((s) => [...s].join("|"));
    expect(new Set(looks).size).toBe(looks.length);
  });

  test("the details show the grade's reasons and no second score beside the grade", async () => {
    show(language);
    const first = screen.getAllByTestId("customer-row")[0];
    await act(async () => fireEvent.click(first.querySelector("button")!));
    const details = screen.getByTestId("customer-reasons").textContent!;
    expect(details).not.toMatch(/Payment score|付款评分/);
  });
});
