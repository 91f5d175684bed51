import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { analyzeLedger } from "../../src/engine/analysis/analyze";
import type { WorkbookGateway } from "../../src/excel/gateway";
import { formatDays, formatMoney, formatPercentPoints } from "../../src/i18n/format";
import { PANE_TEXT } from "../../src/i18n/pane";
import { UI_TEXT } from "../../src/i18n/ui";
import { AS_OF, handLedger } from "../engine/analysis/handLedger";
import { setup } from "./harness";

const engine = analyzeLedger(
  { values: handLedger(), sheet: "Ledger", topLeft: "A1" },
  { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" },
);
const money = (v: number) => formatMoney(v, "CNY", "en");

/** Once analysed, the settings and the mapping are folded away: open them. */
async function openSetup() {
  const toggle = screen.getByTestId("setup-toggle");
  if (toggle.getAttribute("aria-expanded") !== "true") await userEvent.click(toggle);
}

async function analyzed(options?: Parameters<typeof setup>[0]) {
  const s = setup(options);
  await userEvent.click(screen.getByRole("button", { name: /use selection|使用所选区域/i }));
  await userEvent.click(await screen.findByRole("tab", { name: /^(Overview|概览)$/ }, { timeout: 30_000 })); // results open on Today
  await screen.findByTestId("kpi-total-open", undefined, { timeout: 20_000 }); // a loaded machine: room, not timing
  return s;
}

// Accessibility: one jsdom axe run per language (all rules, impact included), each inside a test that has already
// analysed the ledger (an analysis through the pane is most of a test's time); the Chromium suite
// (test/e2e/width.e2e.ts) runs axe on every tab in both languages at every pane width. English on Today (the first
// screen), Chinese on Customers.
const TAB_COUNT = 9; // Today, six result tabs, Cash plan and Collections
const AXE_TIMEOUT = 180_000;

describe("taskpane flow", () => {
  test(
    "use selection → analyze: KPIs equal the engine's figures; no axe violations (en, Today)",
    async () => {
      const { view } = await analyzed();
      expect(screen.getByTestId("source").textContent).toContain("Ledger!A1:H19");
      expect(screen.getByTestId("kpi-total-open").textContent).toBe(money(engine.portfolio.totalOpen));
      expect(screen.getByTestId("kpi-overdue").textContent).toBe(money(engine.portfolio.overdueOpen));
      expect(screen.getByTestId("kpi-dso").textContent).toBe(`${formatDays(engine.portfolio.dso, "en")}\u00a0days`);
      expect(screen.getByTestId("kpi-dso").textContent).toMatch(/^\d+\.\d\u00a0days$/); // days: one decimal, always (its unit on the same line)
      // Published medians beside the ledger's own figures, with their source.
      expect(screen.getByTestId("kpi-dso").parentElement!.textContent).toContain(
        "median of US companies (2021) 38; global average (Allianz Trade, 2023) 59",
      );
      expect(screen.getByTestId("kpi-add").parentElement!.textContent).toContain("median of US companies (2021) 3");
      expect(screen.getByTestId("kpi-cei").textContent).toBe(
        formatPercentPoints(engine.portfolio.collectionEffectivenessIndex!, "en").replace(" ", "\u00a0"),
      );
      expect(screen.getByTestId("kpi-cei").parentElement!.textContent).toContain(
        "median of US companies (2021) 86.5\u00a0%",
      ); // the benchmark with its %
      expect(screen.getByText(/Credit Research Foundation, US, Q1 2021/)).toBeTruthy();
      const aging = within(screen.getByTestId("aging-table"));
      expect(aging.getByText(money(5800))).toBeTruthy();

      const tabs = screen.getAllByRole("tab");
      expect(tabs).toHaveLength(TAB_COUNT);
      await act(async () => fireEvent.click(tabs[0]));
      expect(tabs[0].getAttribute("aria-selected")).toBe("true");
      expect(await axe(view.container)).toHaveNoViolations();
    },
    AXE_TIMEOUT,
  );

  test("once analysed the results come first; the settings and mapping open on demand", async () => {
    await analyzed();
    expect(screen.queryByRole("combobox", { name: /^Amount/ })).toBeNull();
    expect(screen.getByTestId("setup-toggle").getAttribute("aria-expanded")).toBe("false");
    await openSetup();
    expect(screen.getByRole("combobox", { name: /^Amount/ })).toBeTruthy();
    // The default-terms setting is offered only where the ledger gives no due dates (this one gives them).
    expect(screen.queryByRole("combobox", { name: "Terms where the ledger gives no due date" })).toBeNull();
    await userEvent.click(screen.getByTestId("setup-toggle"));
    expect(screen.queryByRole("combobox", { name: /^Amount/ })).toBeNull();
  });

  test("the column mapping can be corrected and re-analysed", async () => {
    await analyzed();
    await openSetup();
    const amount = screen.getByRole("combobox", { name: /^Amount/ });
    expect((amount as HTMLSelectElement).value).toBe("4");
    await userEvent.selectOptions(amount, "5"); // Paid Amount as the amount: a wrong choice, on purpose
    await userEvent.click(screen.getByRole("button", { name: "Analyze again" }));
    await waitFor(() => expect(screen.getByTestId("kpi-total-open").textContent).not.toBe(money(10050)));
    await userEvent.selectOptions(screen.getByRole("combobox", { name: /^Amount/ }), "4");
    await userEvent.click(screen.getByRole("button", { name: "Analyze again" }));
    await waitFor(() => expect(screen.getByTestId("kpi-total-open").textContent).toBe(money(10050)));
  });

  test("every tab shows its results; a customer opens its reasons; sorting works", async () => {
    await analyzed();
    await userEvent.click(screen.getByRole("tab", { name: "Customers" }));
    const firstCustomer = () => screen.getAllByTestId("customer-row")[0].textContent ?? "";
    expect(firstCustomer()).toMatch(/^Beta/); // largest open balance first
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Sort by" }), "grade");
    expect(firstCustomer()).toMatch(/^Beta/); // grade 10
    // A compact row: the name, the grade, the open and overdue amounts with the currency.
    const beta = engine.customers.find((c) => c.customer === "Beta")!;
    expect(firstCustomer()).toContain(`Grade ${beta.grade}`);
    expect(firstCustomer()).toContain(`Open ${money(beta.openAmount)}`);
    await userEvent.click(
      within(screen.getByTestId("customers-table")).getByRole("button", { name: "Show the reasons for Alpha" }),
    );
    const reasons = screen.getByTestId("customer-reasons");
    expect(reasons.textContent).toContain("Why grade 8"); // worked by hand in test/engine/analysis/analyze.test.ts
    expect(reasons.textContent).toContain("pays 10 days late on average");
    expect(reasons.textContent).toContain("highest balance in the last 12 months 4,900.00");
    // The model check sits under the customers: on this 6-month ledger it says plainly it cannot judge yet.
    expect(screen.getByTestId("model-check-verdict").textContent).toContain("Too short to judge");
    // Find a customer by part of its name, in any letter case or character width.
    await userEvent.type(screen.getByRole("searchbox", { name: "Find a customer" }), "ＧＡＭ");
    expect(screen.getAllByTestId("customer-row").map((r) => r.textContent)).toEqual([expect.stringMatching(/^Gamma/)]);
    expect(screen.getByText("1 of 3 customers")).toBeTruthy();
    await userEvent.clear(screen.getByRole("searchbox", { name: "Find a customer" }));
    expect(screen.getAllByTestId("customer-row")).toHaveLength(3);

    await userEvent.click(screen.getByRole("tab", { name: "Payment plans" }));
    expect(screen.getByTestId("plan-summary").textContent).toContain("Beta");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Plan for" }), "Alpha");
    expect(screen.getByTestId("plan-summary").textContent).toContain(money(2400));
    expect(screen.getAllByText(money(859.21)).length).toBeGreaterThan(0); // grade 8: 720 down, 2 × 859.21
    // Re-plan: choose the missed installment and how late it was paid; the engine's re-plan is shown.
    expect(screen.getByTestId("replan-summary").textContent).toContain(money(10.8)); // down payment (720), 30 days
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Missed payment" }), "1");
    const days = screen.getByRole("spinbutton", { name: "Paid how many days late" });
    await userEvent.clear(days);
    await userEvent.type(days, "61");
    expect(screen.getByTestId("replan-summary").textContent).toContain(money(26.21)); // 859.21 × 18.25 % × 61 / 365
    expect(screen.getByText(/whole balance may be demanded at once/)).toBeTruthy();

    await userEvent.click(screen.getByRole("tab", { name: /Alerts/ }));
    // The default view is the action list: one card per customer (at most a fifth of them, at least one), ranked by
    // money at risk, its signals combined, the overdue amount and one next step.
    const cards = within(screen.getByTestId("action-list")).getAllByTestId("action-card");
    expect(cards).toHaveLength(engine.actions!.length);
    expect(cards[0].textContent).toContain(engine.actions![0].customer);
    expect(cards[0].textContent).toContain(
      `Next: send Beta a final notice for the ${money(5500)} overdue (${money(5800)} of it more than 90 days)`,
    );
    expect(cards[0].textContent).toContain("Old dispute");
    // Filter by kind: only that kind's alerts, and the option says how many there are.
    const kind = engine.alerts[engine.alerts.length - 1].kind;
    const ofKind = engine.alerts.filter((x) => x.kind === kind);
    const show = screen.getByRole("combobox", { name: "Show" });
    expect(within(show).getByRole("option", { name: `All alerts (${engine.alerts.length})` })).toBeTruthy();
    await userEvent.selectOptions(show, kind);
    expect(screen.getAllByTestId("alert-row")).toHaveLength(ofKind.length);
    expect(ofKind.length).toBeLessThan(engine.alerts.length);
    await userEvent.click(screen.getByRole("tab", { name: "Insurance" }));
    expect(screen.getByTestId("insurance-verdict").textContent).toContain("Cover advised");
    // Sales on credit is the precondition, shown apart; the five risk criteria are the ones counted.
    expect(screen.getByTestId("insurance-precondition").textContent).toContain("Share of sales on credit 100");
    expect(screen.getAllByTestId("criterion-row")).toHaveLength(5);
    expect(within(screen.getByTestId("insurance-criteria")).getAllByText("Yes")).toHaveLength(
      engine.insurance.criteria.filter((c) => c.role === "risk" && c.met).length,
    );
    await userEvent.click(screen.getByRole("tab", { name: "Forecast" }));
    expect(within(screen.getByTestId("forecast-table")).getByText(money(3850))).toBeTruthy();
  });

  test("row issues show their addresses; a click selects that cell", async () => {
    const { book, ledger } = await analyzed();
    const issues = screen.getByTestId("issues");
    expect(issues.textContent).toContain("Ledger!E15");
    await userEvent.click(within(issues).getByRole("button", { name: "Go to Ledger!E15" }));
    await waitFor(() => expect(book.selection).toMatchObject({ sheetId: ledger.id, row: 14, column: 4 }));
  });

  test("write report: a new sheet, a success message, the source untouched", async () => {
    const { book, ledger } = await analyzed();
    const before = JSON.stringify(ledger.rows);
    await userEvent.click(screen.getByRole("button", { name: "Write report to workbook" }));
    expect((await screen.findByTestId("written")).textContent).toContain("AR Lens Report");
    expect(book.sheet("AR Lens Report")).toBeDefined();
    expect(JSON.stringify(ledger.rows)).toBe(before);
  });

  test("write report again after the user renamed and annotated the first: the message says it was kept", async () => {
    const { book } = await analyzed();
    await userEvent.click(screen.getByRole("button", { name: "Write report to workbook" }));
    await screen.findByTestId("written");
    const first = book.sheet("AR Lens Report")!;
    first.name = "Report Oct 2025";
    first.set(1, 6, "sent to the CFO");
    await userEvent.click(screen.getByRole("button", { name: "Write report to workbook" }));
    await waitFor(() =>
      expect(screen.getByTestId("written").textContent).toContain("were kept as they are: “Report Oct 2025”"),
    );
    expect(book.sheets.map((s) => s.name)).toEqual(["Ledger", "Report Oct 2025", "AR Lens Report"]);
    expect(first.get(1, 6)).toBe("sent to the CFO");
  });

  test.each([["{}"], ["[null]"], ["[{}]"]])(
    'frozen plans %s and cash settings {"openingCash":"lots"}: set aside, the analysis goes on',
    async (frozen) => {
      const { book } = setup({
        settings: {
          "arlens.cash.frozenPlans": frozen,
          "arlens.cash.settings": JSON.stringify({ openingCash: "lots", minimumCash: 500 }),
        },
      });
      await waitFor(() => expect(screen.getAllByTestId("cash-set-aside")).toHaveLength(2));
      await userEvent.click(screen.getByRole("button", { name: /use selection/i }));
      await userEvent.click(await screen.findByRole("tab", { name: /^(Overview|概览)$/ }, { timeout: 30_000 })); // results open on Today
      await screen.findByTestId("kpi-total-open", undefined, { timeout: 20_000 });
      const notes = screen.getAllByTestId("cash-set-aside");
      expect(notes[0].textContent).toMatch(/openingCash.*arlens\.cash\.settings/);
      expect(notes[1].textContent).toMatch(/arlens\.cash\.frozenPlans/);
      await userEvent.click(within(notes[0]).getByRole("button", { name: "Reset" }));
      await waitFor(() =>
        expect(JSON.parse(book.settings.get("arlens.cash.settings") as string)).toEqual({ minimumCash: 500 }),
      );
      await userEvent.click(within(screen.getByTestId("cash-set-aside")).getByRole("button", { name: "Reset" }));
      await waitFor(() => expect(book.settings.has("arlens.cash.frozenPlans")).toBe(false));
      expect(screen.queryByTestId("cash-set-aside")).toBeNull();
    },
  );

  test("Chinese: the switch changes every label, reasons included", async () => {
    await analyzed();
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Language" }), "zh-CN");
    expect(screen.getByRole("tab", { name: "概览" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "将报告写入工作簿" })).toBeTruthy();
    expect(screen.getByTestId("kpi-dso").textContent).toMatch(/天$/);
    await userEvent.click(screen.getByRole("tab", { name: "客户" }));
    await userEvent.click(screen.getByRole("button", { name: "显示 Alpha 的理由" }));
    expect(screen.getByTestId("customer-reasons").textContent).toContain("按金额加权平均逾期 10 天");
    expect(screen.getByTestId("model-check-verdict").textContent).toContain("历史太短，无法判断");
    expect(screen.getByTestId("issues").textContent).toContain("金额：");
  });

  test(
    "Chinese: no English label is left on any tab; no axe violations (zh-CN, Customers)",
    async () => {
      const { view } = await analyzed();
      await userEvent.selectOptions(screen.getByRole("combobox", { name: "Language" }), "zh-CN");
      // Every English UI text (its fixed words, between placeholders) that differs from its Chinese text — except the
      // ledger's own headers, which the column mapping shows as they are ("A · Customer").
      const headers = new Set(handLedger()[1].map(String));
      const english = [
        ...Object.entries(UI_TEXT.en).filter(
          ([key, text]) => text !== UI_TEXT["zh-CN"][key as keyof typeof UI_TEXT.en] && key !== "language",
        ),
        ...Object.entries(PANE_TEXT.en).filter(
          ([key, text]) => text !== PANE_TEXT["zh-CN"][key as keyof typeof PANE_TEXT.en],
        ),
      ]
        .flatMap(([, text]) => text.split(/\{\w+\}/))
        .map((part) => part.trim())
        .filter((part) => /[a-z]{4}/i.test(part) && part.length >= 6 && !headers.has(part));
      const tabs = screen.getAllByRole("tab");
      expect(tabs).toHaveLength(TAB_COUNT);
      for (const [index, tab] of tabs.entries()) {
        await act(async () => fireEvent.click(tab));
        const shown = view.container.textContent ?? "";
        expect(english.filter((part) => shown.includes(part))).toEqual([]);
        if (index !== 2) continue;
        expect(tab.getAttribute("aria-selected")).toBe("true");
        expect(await axe(view.container)).toHaveNoViolations();
      }
    },
    AXE_TIMEOUT,
  );

  test("a ledger mixing currencies: the settings offer one currency at a time, and the figures follow", async () => {
    const values = handLedger().map((row, i) => [
      ...row,
      i === 0 ? "" : i === 1 ? "Currency" : i % 4 === 0 ? "USD" : "CNY",
    ]) as (string | number)[][];
    setup({ values });
    expect(screen.queryByRole("combobox", { name: "Currency analyzed" })).toBeNull(); // nothing read yet
    await userEvent.click(screen.getByRole("button", { name: "Use selection" }));
    await userEvent.click(await screen.findByRole("tab", { name: /^(Overview|概览)$/ }, { timeout: 30_000 })); // results open on Today
    await screen.findByTestId("kpi-total-open");
    const settings = {
      asOf: AS_OF,
      agingBasis: "due" as const,
      dateOrder: "auto" as const,
      riskAppetite: "balanced" as const,
    };
    // All currencies: in the reporting currency (Office's region's: USD here); CNY has no rate and is left out.
    const mixed = analyzeLedger({ values, sheet: "Ledger", topLeft: "A1" }, { ...settings, reportingCurrency: "USD" });
    const usd = analyzeLedger({ values, sheet: "Ledger", topLeft: "A1" }, { ...settings, onlyCurrency: "USD" });
    expect(screen.getByTestId("kpi-total-open").textContent).toBe(formatMoney(mixed.portfolio.totalOpen, "USD", "en"));
    expect(mixed.conversion?.missing).toEqual(["CNY"]);
    await openSetup();
    const choice = screen.getByRole("combobox", { name: "Currency analyzed" });
    expect(
      within(choice)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["All, in the reporting currency", "CNY (13 rows)", "USD (4 rows)"]);
    await userEvent.selectOptions(choice, "USD");
    await userEvent.click(screen.getByRole("button", { name: "Analyze again" }));
    await waitFor(() =>
      expect(screen.getByTestId("kpi-total-open").textContent).toBe(formatMoney(usd.portfolio.totalOpen, "USD", "en")),
    );
  });

  test("the DSO window, and the default terms of a ledger without due dates, are settings", async () => {
    const values = handLedger().map((row) => row.filter((_, c) => c !== 3)) as (string | number)[][]; // no due dates
    setup({ values });
    await userEvent.click(screen.getByRole("button", { name: "Use selection" }));
    await userEvent.click(await screen.findByRole("tab", { name: /^(Overview|概览)$/ }, { timeout: 30_000 })); // results open on Today
    await screen.findByTestId("kpi-total-open");
    const base = {
      asOf: AS_OF,
      agingBasis: "due" as const,
      dateOrder: "auto" as const,
      riskAppetite: "balanced" as const,
    };
    const expected = analyzeLedger(
      { values, sheet: "Ledger", topLeft: "A1" },
      { ...base, dsoWindowDays: 30, defaultTermsDays: 60 },
    ).portfolio;
    expect(expected.overdueOpen).not.toBe(
      analyzeLedger({ values, sheet: "Ledger", topLeft: "A1" }, base).portfolio.overdueOpen,
    );
    await openSetup();
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "DSO and CEI look back over" }), "30");
    await userEvent.selectOptions(
      screen.getByRole("combobox", { name: "Terms where the ledger gives no due date" }),
      "60",
    );
    await userEvent.click(screen.getByRole("button", { name: "Analyze again" }));
    await waitFor(() => expect(screen.getByTestId("kpi-overdue").textContent).toBe(money(expected.overdueOpen)));
    expect(screen.getByTestId("kpi-dso").textContent).toBe(`${formatDays(expected.dso, "en")}\u00a0days`);
    expect(screen.getByTestId("kpi-dso").parentElement!.textContent).toContain("30-day period method");
  });

  test("starts in Chinese when Office's language is Chinese; errors are shown, not thrown", async () => {
    const wrap = (g: WorkbookGateway): WorkbookGateway => ({
      ...g,
      readSelection: () => Promise.reject(new Error("The selection holds no data")),
    });
    setup({ language: "zh-CN", wrap });
    await userEvent.click(screen.getByRole("button", { name: "使用所选区域" }));
    expect(await screen.findByText("出现问题")).toBeTruthy();
    expect(screen.getByText(/The selection holds no data/)).toBeTruthy();
  });
});
