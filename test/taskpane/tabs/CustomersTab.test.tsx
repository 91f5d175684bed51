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

describe("the list's order", () => {
  /** The customers' names as the list shows them (each row starts with the name). */
  const shown = () => screen.getAllByTestId("customer-row").map((r) => r.getAttribute("data-customer"));
  const by = (value: (c: (typeof analysis.customers)[number]) => number | string) =>
    [...analysis.customers]
      .sort((a, b) => {
        const [x, y] = [value(a), value(b)];
        return x < y ? -1 : x > y ? 1 : 0;
      })
      .map((c) => c.customer);

  test.each([
    ["open", (c: (typeof analysis.customers)[number]) => -c.openAmount],
    ["overdue", (c: (typeof analysis.customers)[number]) => -c.overdueAmount],
    ["grade", (c: (typeof analysis.customers)[number]) => -c.grade],
    ["late", (c: (typeof analysis.customers)[number]) => -(c.weightedDaysLate ?? -1)],
    ["limit", (c: (typeof analysis.customers)[number]) => -c.creditLimit.amount],
    ["name", (c: (typeof analysis.customers)[number]) => c.customer],
  ] as const)("sorted by %s: the analysis's customers in that order, ties as they were", async (key, value) => {
    show("en");
    await act(async () => fireEvent.change(screen.getByRole("combobox"), { target: { value: key } }));
    expect(shown()).toEqual(by(value));
  });
});
