import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DESK_TEXT } from "../../../src/i18n/desk";
import { LOG_MARKER_KEY } from "../../../src/excel/deskSheets";
import { formatMoney } from "../../../src/i18n/format";
import { setup } from "../harness";

const money = (v: number) => formatMoney(v, "CNY", "en");

async function analysed(options?: Parameters<typeof setup>[0]) {
  const s = setup(options);
  await userEvent.click(screen.getByRole("button", { name: /use selection|使用所选区域/i }));
  await screen.findByTestId("today-tab", {}, { timeout: 20_000 });
  return s;
}

async function collections(options?: Parameters<typeof setup>[0]) {
  const s = await analysed(options);
  await userEvent.click(screen.getByRole("tab", { name: /Collections|催收/ }));
  return s;
}

/** The company's details, asked for when the first document is written. */
async function fillCompany(name = "Acme Trading") {
  const form = await screen.findByTestId("company-form");
  const fields: [string, string][] = [
    ["Company name", name],
    ["Address", "1 Main St"],
    ["Contact person and phone", "Li Wei 021-5555"],
    ["Bank", "Bank of China"],
    ["Account number", "6222 0001"],
  ];
  for (const [label, value] of fields)
    await userEvent.type(within(form).getByRole("textbox", { name: new RegExp(`^${label}`) }), value);
  await userEvent.click(within(form).getByRole("button", { name: "Save and write" }));
}

const forecastWeeks = async () => {
  await userEvent.click(screen.getByRole("tab", { name: "Forecast" }));
  const rows = within(screen.getByTestId("forecast-table")).getAllByRole("row").slice(1);
  const weeks = rows.map((r) => r.lastElementChild!.textContent!);
  await userEvent.click(screen.getByRole("tab", { name: "Collections" }));
  return weeks;
};

describe("the Collections tab", () => {
  test("the worklist: overdue customers ranked, stage and next action, reasons on open", async () => {
    await collections();
    const items = screen.getAllByTestId("work-item");
    // Beta: 5,000 105 days overdue (escalate); Alpha: 2,400 overdue, the oldest 30 days (firm).
    expect(items.map((i) => within(i).getByRole("button", { expanded: false }).textContent)).toEqual(["Beta", "Alpha"]);
    expect(items[0].textContent).toContain("Escalate");
    expect(items[0].textContent).toContain(money(5000));
    expect(within(items[1]).getByTestId("next-action").textContent).toBe("Send a firm reminder and call");
    await userEvent.click(within(items[0]).getByRole("button", { name: "Beta" }));
    const detail = screen.getByTestId("work-item-detail");
    expect(detail.textContent).toContain("oldest overdue invoice 105 days past due");
    expect(detail.textContent).toContain("never contacted");
  });

  test("log a promise from the worklist: the worklist and the forecast change at once, the form clears, a repeat is refused", async () => {
    const { book } = await collections();
    const before = await forecastWeeks();
    await userEvent.click(within(screen.getAllByTestId("work-item")[0]).getByRole("button", { name: "Beta" }));
    const form = screen.getByTestId("log-form");
    await userEvent.type(within(form).getByRole("textbox", { name: "Outcome" }), "will pay");
    await userEvent.type(within(form).getByRole("textbox", { name: "Promised date (yyyy-mm-dd)" }), "2025-07-16");
    await userEvent.type(within(form).getByRole("textbox", { name: "Promised amount" }), "1000");
    await userEvent.click(within(form).getByRole("button", { name: "Add to the log" }));
    await waitFor(() => expect(within(form).getByTestId("desk-notice").textContent).toContain("Added to AR Lens Log"));
    const log = book.sheet("AR Lens Log")!;
    expect(log.properties.get(LOG_MARKER_KEY)).toBe("1");
    expect(log.rows[1].slice(0, 8)).toEqual([45838, "Beta", "", "Call", "Escalated", "will pay", 45854, 1000]);
    // No new analysis: the worklist already awaits the promise, and the form is empty again.
    await waitFor(() =>
      expect(
        screen.getAllByTestId("work-item").some((i) => i.textContent?.includes("Await the promised payment")),
      ).toBe(true),
    );
    const again = screen.getByTestId("log-form");
    expect((within(again).getByRole("textbox", { name: "Outcome" }) as HTMLInputElement).value).toBe("");
    // The same entry a second time is refused, next to the form.
    await userEvent.type(within(again).getByRole("textbox", { name: "Outcome" }), "will pay");
    await userEvent.type(within(again).getByRole("textbox", { name: "Promised date (yyyy-mm-dd)" }), "2025-07-16");
    await userEvent.type(within(again).getByRole("textbox", { name: "Promised amount" }), "1000");
    await userEvent.click(within(again).getByRole("button", { name: "Add to the log" }));
    await waitFor(() => expect(within(again).getByTestId("desk-notice").textContent).toContain("already in the log"));
    expect(log.rows.filter((r) => r[1] === "Beta")).toHaveLength(1);
    const after = await forecastWeeks();
    // No record yet: (0 + 1) / (0 + 0 + 2) = 50 % of 1,000 moves from week 1 (overdue, expected at once) to week 3.
    const n = (s: string) => Number(s.replace(/[^0-9.-]/g, ""));
    expect(Math.round((n(before[0]) - n(after[0])) * 100)).toBe(50000);
    expect(Math.round((n(after[2]) - n(before[2])) * 100)).toBe(50000);
    await userEvent.selectOptions(screen.getByTestId("desk-filter"), "promisedThisWeek");
    expect(screen.queryAllByTestId("work-item")).toHaveLength(0); // 16 days away: not this week
  });

  test("write a statement (company details asked first); save the policy as insured, applied at once; a claim file", async () => {
    const { book } = await collections();
    await userEvent.click(within(screen.getAllByTestId("work-item")[0]).getByRole("button", { name: "Beta" }));
    await userEvent.click(screen.getByRole("button", { name: "Write statement" }));
    // No document without the company's details: asked for now, saved in the workbook, then the statement.
    expect(book.sheet("Statement Beta")).toBeUndefined();
    await fillCompany();
    await waitFor(() => expect(screen.getByTestId("desk-notice").textContent).toContain("Statement Beta"));
    expect(book.sheet("Statement Beta")!.pageSetup.paperSize).toBe("A4");
    const settings = screen.getByTestId("desk-settings");
    await userEvent.click(within(settings).getByRole("checkbox", { name: "Receivables are credit-insured" }));
    await userEvent.click(within(settings).getByRole("button", { name: "Save in the workbook" }));
    await waitFor(() =>
      expect(screen.getByTestId("desk-notice").textContent).toContain("Saved in the workbook and applied"),
    );
    await waitFor(() =>
      expect(screen.getByTestId("desk-alerts").textContent).toContain("overdue-notification deadline"),
    );
    // Beta stays open: the settings applied in place.
    expect(
      within(screen.getAllByTestId("work-item")[0]).getByRole("button", { name: "Beta" }).getAttribute("aria-expanded"),
    ).toBe("true");
    await userEvent.click(screen.getByRole("button", { name: "Write claim file" }));
    await waitFor(() => expect(screen.getByTestId("desk-notice").textContent).toContain("Claim file Beta"));
    const claim = book.sheet("Claim file Beta")!;
    expect(claim.rows[0][0]).toBe("Acme Trading");
    expect(claim.pageSetup.header.center).toBe("Acme Trading");
  });

  test("the insurer-deadline window, the letters' deadlines and a statutory interest preset are settings saved in the workbook", async () => {
    const { book } = await collections();
    const settings = screen.getByTestId("desk-settings");
    await userEvent.click(within(settings).getByRole("checkbox", { name: "Receivables are credit-insured" }));
    const window = within(settings).getByRole("textbox", { name: "Warn of insurer deadlines within (days)" });
    await userEvent.clear(window);
    await userEvent.type(window, "45");
    const final = within(settings).getByRole("textbox", { name: "Final notice: new deadline after (days)" });
    await userEvent.clear(final);
    await userEvent.type(final, "3");
    // A renminbi ledger: the EU and UK rules are not offered, nor the SME rule until we say we sell to large payers.
    const presets = () =>
      [...(within(settings).getByTestId("desk-interest") as HTMLSelectElement).options].map((o) => o.value);
    expect(presets()).toEqual(["none", "chinaLpr", "custom"]);
    await userEvent.click(within(settings).getByRole("checkbox", { name: /We are an SME/ }));
    expect(presets()).toEqual(["none", "chinaLpr", "chinaSme", "custom"]);
    await userEvent.click(within(settings).getByRole("checkbox", { name: /We are an SME/ }));
    await userEvent.selectOptions(within(settings).getByTestId("desk-interest"), "chinaLpr");
    await userEvent.type(within(settings).getByRole("textbox", { name: /One-year LPR/ }), "3");
    await userEvent.click(within(settings).getByRole("button", { name: "Save in the workbook" }));
    expect(within(settings).queryByRole("alert")?.textContent ?? "").toBe("");
    await waitFor(() => expect(screen.getByTestId("desk-notice").textContent).toContain("Saved in the workbook"));
    await waitFor(() =>
      expect(screen.getByTestId("desk-filter").textContent).toContain("Insurer deadline within 45 days"),
    );
    await userEvent.click(within(screen.getAllByTestId("work-item")[0]).getByRole("button", { name: "Beta" }));
    await userEvent.click(screen.getByRole("button", { name: /Write final notice letter/ }));
    await fillCompany();
    await waitFor(() => expect(screen.getByTestId("desk-notice").textContent).toContain("Written"));
    const letter = book.sheets.find((sh) => /Final|Beta/.test(sh.name) && sh.name !== "Ledger")!;
    const cells = letter.rows.flat().map(String).join("\n");
    // LPR 3 % + 50 % = 4.5 % a year, citing art. 18; Beta was never contacted: the first written notice.
    expect(cells).toContain("4.5%");
    expect(cells).toContain("art. 18");
    expect(cells).toContain("this is our first written notice");
    expect(cells).not.toMatch(/earlier reminders|reminded you/);
    // As of 2025-06-30 (45838) + 3 days, not the default 5.
    expect(cells).toContain("by 2025-07-03");
  });

  test("the report written from the taskpane carries the Collections section", async () => {
    const { book } = await collections();
    await userEvent.click(screen.getByRole("button", { name: "Write report to workbook" }));
    await waitFor(() => expect(book.sheet("AR Lens Report")).toBeDefined());
    const cells = book.sheet("AR Lens Report")!.rows.flat().map(String);
    expect(cells.find((c) => c.startsWith("Collections: whom to chase"))).toBe(
      "Collections: whom to chase (2 of 2, highest priority first)",
    );
  });

  test("in Chinese no English desk text is left", async () => {
    const { view } = await collections({ language: "zh-CN" });
    await userEvent.click(within(screen.getAllByTestId("work-item")[0]).getAllByRole("button")[0]);
    const english = Object.entries(DESK_TEXT.en)
      .flatMap(([, text]) => text.split(/\{\w+\}/))
      .map((p) => p.trim())
      .filter((p) => /[a-z]{4}/i.test(p) && p.length >= 6);
    const shown = view.container.querySelector("[data-testid=desk-tab]")!.textContent ?? "";
    expect(english.filter((p) => shown.includes(p))).toEqual([]);
    expect(shown).toContain("登记催收记录");
  });
});
