/**
 * The cash plan's inputs in the taskpane: the payables range (read through the gateway like the ledger), its column
 * corrections, the cash settings (opening cash, buffer, credit line, flows, insurance…) and the frozen plans. They
 * are saved in the workbook (gateway settings, keys arlens.cash.*) and read back when the pane opens; the column
 * corrections are restored only onto a range with the same header (payablesMemory.ts). The figures
 * come from the engine: the analysis computes the plan from `request()`.
 */
import {
  type Dispatch,
  type MutableRefObject,
  type SetStateAction,
  useCallback,
  useEffect,
  useRef,
  useState,
} from "react";
import {
  type CashPlan,
  type CashRequest,
  type CashSettings,
  type ColumnMapping,
  freezePlan,
  type FrozenPlan,
  type LedgerInput,
  readCashSettings,
  readFlowsRange,
  readFrozenPlans,
  type RowIssue,
} from "../../engine";
import type { SetAside } from "../../i18n/savedSettings";
import type { WorkbookGateway } from "../../excel/gateway";
import { checkedPayablesColumns, PAYABLES_COLUMNS_KEY, savePayablesColumns } from "./payablesMemory";

export const CASH_KEYS = {
  settings: "arlens.cash.settings",
  payables: "arlens.cash.payablesAddress",
  frozen: "arlens.cash.frozenPlans",
} as const;

export interface CashState {
  settings: Partial<CashSettings>;
  payables: (LedgerInput & { address: string }) | null;
  payablesMapping: Partial<ColumnMapping>;
  /** The payables columns were restored from the workbook (shown with a reset). */
  payablesRestored?: boolean;
  frozen: FrozenPlan[];
  error: string | null;
  loaded: boolean;
  /** Saved values that could not be used, left out (the defaults used instead), each with a reset. */
  setAside: SetAside[];
  /** What "Use selection as flows" read last: where, how many flows, blank rows and the rows not used. */

  flowsRead?: { address: string; flows: number; blank: number; issues: RowIssue[] } | null;
}

/** The plan converts with the analysis's own reporting currency and rates (one rates table: useRates.ts). */
function requestOf(s: CashState): CashRequest {
  return { payables: s.payables, payablesMapping: s.payablesMapping, settings: s.settings, frozen: s.frozen };
}

/** The saved values that cannot be used: the settings' unusable fields, frozen plans, a payables address. */
function storedSetAside(
  saved: ReturnType<typeof readCashSettings>,
  frozen: ReturnType<typeof readFrozenPlans>,
  storedFrozen: unknown,
  storedAddress: unknown,
): SetAside[] {
  const setAside: SetAside[] = [];
  if (saved.unreadable || saved.setAside.length > 0) setAside.push({ key: CASH_KEYS.settings, fields: saved.setAside });
  if (frozen.setAside > 0)
    setAside.push({ key: CASH_KEYS.frozen, count: Array.isArray(storedFrozen) ? frozen.setAside : 0 });
  if (storedAddress !== null && typeof storedAddress !== "string") setAside.push({ key: CASH_KEYS.payables });
  return setAside;
}

/**
 * What the workbook keeps for the cash plan: the settings (null when none can be used), the frozen plans, the
 * payables range read again with its column corrections. Every stored value is checked (engine: cash/settings.ts,
 * cash/freeze.ts): what cannot be used is set aside.
 */
export async function loadCashPlan(gateway: WorkbookGateway) {
  const [storedSettings, storedAddress, storedFrozen] = await Promise.all([
    gateway.readSetting<unknown>(CASH_KEYS.settings),
    gateway.readSetting<unknown>(CASH_KEYS.payables),
    gateway.readSetting<unknown>(CASH_KEYS.frozen),
  ]);
  const saved = readCashSettings(storedSettings);
  const frozen = readFrozenPlans(storedFrozen);
  const address = typeof storedAddress === "string" ? storedAddress : null;
  const setAside = storedSetAside(saved, frozen, storedFrozen, storedAddress);
  const payables = address ? await gateway.readRange(address).catch(() => null) : null;
  const checked = payables ? await checkedPayablesColumns(gateway, payables.values) : null;
  const columns = checked?.mapping ?? null;
  if (checked?.setAside) setAside.push({ key: PAYABLES_COLUMNS_KEY });
  const restored = storedSettings !== null && !saved.unreadable;
  return { settings: restored ? saved.settings : null, frozen: frozen.plans, payables, columns, setAside };
}

type CashStateSetter = Dispatch<SetStateAction<CashState>>;

/** Reads back what the workbook keeps when the pane opens (the preview's initial settings when it keeps none). */
function useLoadCashPlan(gateway: WorkbookGateway, setState: CashStateSetter, ref: MutableRefObject<CashState>) {
  useEffect(() => {
    let live = true;
    (async () => {
      try {
        const kept = await loadCashPlan(gateway);
        if (live) {
          const { settings, payables, columns } = kept;
          setState((s) => ({
            ...s,
            settings: settings ?? s.settings,
            payables: payables ?? s.payables,
            frozen: kept.frozen,
            loaded: true,
            setAside: kept.setAside,
            ...(payables ? { payablesMapping: columns ?? {}, payablesRestored: columns !== null } : {}),
          }));
          ref.current = { ...ref.current, settings: settings ?? ref.current.settings, frozen: kept.frozen };
        }
      } catch (e) {
        if (live) setState((s) => ({ ...s, loaded: true, error: (e as Error).message }));
      }
    })();
    return () => {
      live = false;
    };
  }, [gateway, setState, ref]);
}

type Update = (p: Partial<CashState>) => void;
type Save = (key: string, value: unknown) => void;

/** The payables range: read from the selection, its columns corrected by hand or reset to detection. */
function usePayables(
  gateway: WorkbookGateway,
  ref: MutableRefObject<CashState>,
  update: Update,
  save: Save,
  setState: CashStateSetter,
) {
  const readPayablesSelection = useCallback(async () => {
    try {
      const payables = await gateway.readSelection();
      const checked = await checkedPayablesColumns(gateway, payables.values);
      const columns = checked.mapping;
      const others = ref.current.setAside.filter((a) => a.key !== PAYABLES_COLUMNS_KEY);
      const setAside = checked.setAside ? [...others, { key: PAYABLES_COLUMNS_KEY }] : others;
      update({ payables, payablesMapping: columns ?? {}, payablesRestored: columns !== null, error: null, setAside });
      save(CASH_KEYS.payables, payables.address);
      return true;
    } catch (e) {
      update({ error: (e as Error).message });
      return false;
    }
  }, [gateway, ref, save, update]);

  const keepPayablesColumns = useCallback(
    (payablesMapping: Partial<ColumnMapping>) => {
      const values = ref.current.payables?.values;
      if (values)
        savePayablesColumns(gateway, values, payablesMapping).catch((e: Error) =>
          setState((s) => ({ ...s, error: e.message })),
        );
    },
    [gateway, ref, setState],
  );

  /** A column corrected by hand: used at once and saved with the range's header. */
  const setPayablesColumn = useCallback(
    (field: keyof ColumnMapping, column: number | null) => {
      const payablesMapping = { ...ref.current.payablesMapping, [field]: column };
      update({ payablesMapping });
      keepPayablesColumns(payablesMapping);
    },
    [keepPayablesColumns, ref, update],
  );

  /** Back to detected columns; the saved corrections are forgotten. */
  const resetPayablesColumns = useCallback(() => {
    update({ payablesMapping: {}, payablesRestored: false });
    keepPayablesColumns({});
  }, [keepPayablesColumns, update]);
  return { readPayablesSelection, setPayablesColumn, resetPayablesColumns };
}

/** The cash settings: changed in the form, or the other flows read from the selection. */
function useCashSettings(gateway: WorkbookGateway, ref: MutableRefObject<CashState>, update: Update, save: Save) {
  const setSettings = useCallback(
    (p: Partial<CashSettings>) => {
      const settings = { ...ref.current.settings, ...p };
      update({ settings, error: null });
      save(CASH_KEYS.settings, settings);
    },
    [ref, save, update],
  );

  /** Reads the selected range as the other flows (engine: cash/flowsRange.ts) and replaces the flows with them. */
  const readFlowsSelection = useCallback(async () => {
    try {
      const range = await gateway.readSelection();
      const read = readFlowsRange(range.values, range.sheet, range.topLeft);
      const settings = { ...ref.current.settings, flows: read.flows };
      update({
        settings,
        error: null,
        flowsRead: { address: range.address, flows: read.flows.length, blank: read.blankRows, issues: read.issues },
      });
      save(CASH_KEYS.settings, settings);
      return true;
    } catch (e) {
      update({ error: (e as Error).message, flowsRead: null });
      return false;
    }
  }, [gateway, ref, save, update]);
  return { setSettings, readFlowsSelection };
}

/** The plans frozen for later comparison, and the saved values set aside put right. */
function useKeptPlans(ref: MutableRefObject<CashState>, update: Update, save: Save) {
  const freeze = useCallback(
    (plan: CashPlan, today: number, label: string) => {
      const frozen = [...ref.current.frozen, freezePlan(plan, today, label)];
      update({ frozen });
      save(CASH_KEYS.frozen, frozen);
    },
    [ref, save, update],
  );

  /** Removes what was set aside from the workbook: the checked value is saved in its place (or the key removed). */
  const resetSetAside = useCallback(
    (key: string) => {
      const s = ref.current;
      const value =
        key === CASH_KEYS.settings
          ? s.settings
          : key === CASH_KEYS.frozen && s.frozen.length > 0
            ? s.frozen
            : undefined;
      update({ setAside: s.setAside.filter((a) => a.key !== key) });
      save(key, value);
    },
    [ref, save, update],
  );
  return { freeze, resetSetAside };
}

export function useCashPlan(gateway: WorkbookGateway, initial?: Partial<CashSettings>) {
  const [state, setState] = useState<CashState>({
    settings: initial ?? {},
    payables: null,
    payablesMapping: {},
    frozen: [],
    error: null,
    loaded: false,
    setAside: [],
  });
  const ref = useRef(state);
  ref.current = state;
  // The plan is recomputed right after a change (before React renders): keep the ref current at once.
  const update = useCallback((p: Partial<CashState>) => {
    ref.current = { ...ref.current, ...p };
    setState((s) => ({ ...s, ...p }));
  }, []);
  useLoadCashPlan(gateway, setState, ref);
  const save = useCallback(
    (key: string, value: unknown) => {
      gateway.writeSetting(key, value).catch((e: Error) => setState((s) => ({ ...s, error: e.message })));
    },
    [gateway],
  );
  const request = useCallback((): CashRequest => requestOf(ref.current), []);
  return {
    state,
    ...useCashSettings(gateway, ref, update, save),
    ...usePayables(gateway, ref, update, save, setState),
    ...useKeptPlans(ref, update, save),
    request,
  };
}

export type CashController = ReturnType<typeof useCashPlan>;
