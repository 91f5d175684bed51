/** What the section tests share: the hand-built ledger analysed by the engine, a pane state and a controller of mocks. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import { detectColumns } from "../../../src/engine/ledger/columns";
import type { Language } from "../../../src/i18n/translate";
import { makeTexts, TextsContext } from "../../../src/taskpane/i18n";
import type { CashController } from "../../../src/taskpane/state/useCashPlan";
import type { RatesController } from "../../../src/taskpane/state/useRates";
import { defaultSettings } from "../../../src/taskpane/state/settings";
import { initialState, type TaskpaneController, type TaskpaneState } from "../../../src/taskpane/state/useTaskpane";
import { AS_OF, handLedger } from "../../engine/analysis/handLedger";

export const ledger = { values: handLedger(), sheet: "Ledger", topLeft: "A1", address: "Ledger!A1:H19" };
export const mapping = detectColumns(ledger.values, {});
export const analysis = analyzeLedger(ledger, {
  asOf: AS_OF,
  agingBasis: "due",
  dateOrder: "auto",
  riskAppetite: "balanced",
});

export function paneState(p: Partial<TaskpaneState> = {}): TaskpaneState {
  return { ...initialState(defaultSettings(AS_OF)), ...p };
}

/** A controller whose every action is a mock, holding `p` over an empty pane. */
export function fakeController(p: Partial<TaskpaneState> = {}): TaskpaneController {
  return {
    state: paneState(p),
    readSelection: jest.fn(),
    analyze: jest.fn(),
    setSettings: jest.fn(),
    acceptLimits: jest.fn(),
    setColumn: jest.fn(),
    writeReport: jest.fn(),
    cancel: jest.fn(),
    goTo: jest.fn(),
    resetSaved: jest.fn(),
    confirmMoney: jest.fn(),
    swapDates: jest.fn(),
    replaceDesk: jest.fn(),
    resetDeskSetAside: jest.fn(),
  };
}

/** A cash plan with nothing set aside but `setAside` (only what the sections read of it). */
export function fakeCash(setAside: CashController["state"]["setAside"] = []): CashController {
  return { state: { setAside }, resetSetAside: jest.fn() } as unknown as CashController;
}

/** A rates table with no rates (the rates step then stays hidden for a one-currency ledger). */
export function fakeRates(): RatesController {
  return {
    state: { rates: [], problems: [], address: null, error: null },
    add: jest.fn(),
    remove: jest.fn(),
    fromSelection: jest.fn(),
  } as unknown as RatesController;
}

export function show(node: ReactNode, language: Language = "en") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <TextsContext.Provider value={makeTexts(language)}>{node}</TextsContext.Provider>
    </FluentProvider>,
  );
}
