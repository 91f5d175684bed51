/**
 * The Cash plan tab: the inputs, the payables, the other flows and the currencies, then the plan's answers; which of
 * its actions only change the plan's inputs and which analyse again (its parts: their own tests beside this one).
 */
import { act, fireEvent, screen, within } from "@testing-library/react";
import type { Analysis } from "../../../src/engine";
import type { Language } from "../../../src/i18n/translate";
import { CashTab } from "../../../src/taskpane/cash/CashTab";
import type { CashController, CashState } from "../../../src/taskpane/state/useCashPlan";
import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import { AS_OF, d, handLedger } from "../../engine/analysis/handLedger";
import { settings } from "../../engine/cash/handCompany";
import { fakeRates } from "../sections/paneFakes";
import { analysis, inPane } from "../tabs/analysedPane";

const BILLS = [
  ["Supplier", "Bill No", "Bill date", "Due date", "Amount", "Net"],
  ["Steel Co", "B1", d("2025-06-01"), d("2025-07-01"), 1000, 800],
  ["Paper Ltd", "B2", d("2025-06-10"), d("2025-07-10"), 500, 400],
];
/** The hand-built ledger analysed with a cash plan: two bills to pay, the hand-built company's settings. */
const withPlan: Analysis = analyzeLedger(
  { values: handLedger(), sheet: "Ledger", topLeft: "A1" },
  { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" },
  {},
  { payables: { values: BILLS, sheet: "Payables", topLeft: "A1" }, settings },
);
/** Before a plan (and lighter to render where the plan's answers do not matter). */
const noPlan: Analysis = { ...analysis, cash: undefined };

/** A cash plan's controller whose every action is a mock (the readings answer `read`), holding `state` over none. */
function fakeCash(state: Partial<CashState> = {}, read = true): CashController {
  return {
    state: {
      settings,
      payables: null,
      payablesMapping: {},
      frozen: [],
      error: null,
      loaded: true,
      setAside: [],
      ...state,
    },
    setSettings: jest.fn(),
    readFlowsSelection: jest.fn(async () => read),
    readPayablesSelection: jest.fn(async () => read),
    setPayablesColumn: jest.fn(),
    resetPayablesColumns: jest.fn(),
    freeze: jest.fn(),
    resetSetAside: jest.fn(),
    request: jest.fn(),
  };
}

function tab(options: { a?: Analysis; cash?: CashController; busy?: boolean; language?: Language } = {}) {
  const { a = withPlan, cash = fakeCash(), busy = false, language = "en" } = options;
  const onUpdate = jest.fn();
  const view = inPane(
    <CashTab analysis={a} cash={cash} rates={fakeRates()} onUpdate={onUpdate} onGoTo={() => {}} busy={busy} />,
    language,
  );
  return { cash, onUpdate, view };
}

const headings = () => screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);

test.each([
  ["en", ["Cash position", "Payables", "Other cash flows", "Currencies"], "Update the plan"],
  ["zh-CN", ["现金头寸", "应付账款", "其他现金流", "多币种"], "更新计划"],
] as const)("(%s) the inputs, payables, flows and currencies, then the plan's answers", (language, titles, update) => {
  tab({ language });
  expect(headings().slice(0, 4)).toEqual(titles);
  const button = screen.getByTestId("update-cash");
  expect(button.textContent).toBe(update);
  // The answers come after the button.
  const summary = screen.getByTestId("cash-summary");
  expect(button.compareDocumentPosition(summary) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  expect(screen.queryByRole("alert")).toBeNull();
});

test.each([
  ["en", "Analyze a receivables ledger first: the plan starts from its collection forecast."],
  ["zh-CN", "请先分析应收台账：现金计划以其回款预测为起点。"],
] as const)("(%s) before there is a plan: a note in place of the answers", (language, note) => {
  tab({ a: noPlan, language });
  expect(screen.getByText(note)).toBeTruthy();
  expect(screen.queryByTestId("cash-summary")).toBeNull();
  expect(screen.queryByTestId("freeze-plan")).toBeNull();
});

test("Update the plan analyses again, not while busy; the plan's error is shown", () => {
  const { onUpdate } = tab({ a: noPlan });
  fireEvent.click(screen.getByTestId("update-cash"));
  expect(onUpdate).toHaveBeenCalledTimes(1);
  const busy = tab({ a: noPlan, busy: true, cash: fakeCash({ error: "The payables range is gone" }) });
  expect((within(busy.view.container).getByTestId("update-cash") as HTMLButtonElement).disabled).toBe(true);
  expect(within(busy.view.container).getByRole("alert").textContent).toBe("The payables range is gone");
});

test("an input changed is kept without analysing; freezing the plan keeps it, then analyses", () => {
  const { cash, onUpdate } = tab();
  fireEvent.change(screen.getByTestId("cash-opening"), { target: { value: "7000" } });
  expect(cash.setSettings).toHaveBeenCalledWith({ openingCash: 7000 });
  fireEvent.click(screen.getByTestId("add-flow"));
  expect(cash.setSettings).toHaveBeenLastCalledWith({ flows: [...settings.flows!, expect.any(Object)] });
  expect(onUpdate).not.toHaveBeenCalled();
  fireEvent.click(screen.getByTestId("freeze-plan"));
  expect(cash.freeze).toHaveBeenCalledWith(withPlan.cash!.plan, analysis.settings.asOf, "");
  expect(onUpdate).toHaveBeenCalledTimes(1);
});

test.each([true, false])(
  "payables or flows read from the selection (read: %s) analyse again only when read",
  async (read) => {
    const { cash, onUpdate } = tab({ a: noPlan, cash: fakeCash({}, read) });
    await act(async () => fireEvent.click(screen.getByTestId("use-payables")));
    expect(cash.readPayablesSelection).toHaveBeenCalled();
    await act(async () => fireEvent.click(screen.getByTestId("flows-from-selection")));
    expect(cash.readFlowsSelection).toHaveBeenCalled();
    expect(onUpdate).toHaveBeenCalledTimes(read ? 2 : 0);
  },
);

test("a payables column corrected, or the corrections reset: the plan is analysed again", () => {
  const { cash, onUpdate } = tab({ cash: fakeCash({ payablesMapping: { amount: 5 } }) });
  const columns = screen.getByTestId("payables-columns");
  const amount = within(columns).getByRole("combobox", { name: /^Amount/ }) as HTMLSelectElement;
  const other = [...amount.options].find((o) => o.value !== amount.value && o.value !== "")!.value;
  fireEvent.change(amount, { target: { value: other } });
  expect(cash.setPayablesColumn).toHaveBeenCalledWith("amount", Number(other));
  fireEvent.click(screen.getByTestId("payables-reset"));
  expect(cash.resetPayablesColumns).toHaveBeenCalled();
  expect(onUpdate).toHaveBeenCalledTimes(2);
});
