/**
 * The cash plan's inputs in the taskpane: the payables range (read through the gateway like the ledger), its column
 * corrections, the cash settings (opening cash, buffer, credit line, flows, insurance…) and the frozen plans. They
 * are saved in the workbook (gateway settings, keys arlens.cash.*) and read back when the pane opens. The figures
 * come from the engine: the analysis computes the plan from `request()`.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { ColumnMapping, LedgerInput, RowIssue } from "../../engine/analysis/types";
import { readFlowsRange } from "../../engine/cash/flowsRange";
import type { CashRequest } from "../../engine/cash/cashAnalysis";
import { freezePlan, type FrozenPlan } from "../../engine/cash/freeze";
import type { CashSettings } from "../../engine/cash/settings";
import type { CashPlan } from "../../engine/cash/types";
import type { WorkbookGateway } from "../../excel/gateway";

export const CASH_KEYS = { settings: "arlens.cash.settings", payables: "arlens.cash.payablesAddress", frozen: "arlens.cash.frozenPlans" } as const;

export interface CashState {
  settings: Partial<CashSettings>;
  payables: (LedgerInput & { address: string }) | null;
  payablesMapping: Partial<ColumnMapping>;
  frozen: FrozenPlan[];
  error: string | null;
  loaded: boolean;
  /** What "Use selection as flows" read last: where, how many flows, blank rows and the rows not used. */
  flowsRead?: { address: string; flows: number; blank: number; issues: RowIssue[] } | null;
}

export function useCashPlan(gateway: WorkbookGateway, initial?: Partial<CashSettings>) {
  const [state, setState] = useState<CashState>({ settings: initial ?? {}, payables: null, payablesMapping: {}, frozen: [], error: null, loaded: false });
  const ref = useRef(state);
  ref.current = state;
  // The plan is recomputed right after a change (before React renders): keep the ref current at once.
  const update = useCallback((p: Partial<CashState>) => {
    ref.current = { ...ref.current, ...p };
    setState((s) => ({ ...s, ...p }));
  }, []);

  useEffect(() => {
    let live = true;
    (async () => {
      try {
        const [saved, address, frozen] = await Promise.all([
          gateway.readSetting<Partial<CashSettings>>(CASH_KEYS.settings),
          gateway.readSetting<string>(CASH_KEYS.payables),
          gateway.readSetting<FrozenPlan[]>(CASH_KEYS.frozen),
        ]);
        const payables = address ? await gateway.readRange(address).catch(() => null) : null;
        if (live) setState((s) => ({ ...s, settings: saved ?? s.settings, payables: payables ?? s.payables, frozen: frozen ?? [], loaded: true }));
      } catch (e) {
        if (live) setState((s) => ({ ...s, loaded: true, error: (e as Error).message }));
      }
    })();
    return () => {
      live = false;
    };
  }, [gateway]);

  const save = useCallback((key: string, value: unknown) => {
    gateway.writeSetting(key, value).catch((e: Error) => setState((s) => ({ ...s, error: e.message })));
  }, [gateway]);

  const setSettings = useCallback((p: Partial<CashSettings>) => {
    const settings = { ...ref.current.settings, ...p };
    update({ settings, error: null });
    save(CASH_KEYS.settings, settings);
  }, [save, update]);

  const readPayablesSelection = useCallback(async () => {
    try {
      const payables = await gateway.readSelection();
      update({ payables, payablesMapping: {}, error: null });
      save(CASH_KEYS.payables, payables.address);
      return true;
    } catch (e) {
      update({ error: (e as Error).message });
      return false;
    }
  }, [gateway, save, update]);

  /** Reads the selected range as the other flows (engine: cash/flowsRange.ts) and replaces the flows with them. */
  const readFlowsSelection = useCallback(async () => {
    try {
      const range = await gateway.readSelection();
      const read = readFlowsRange(range.values, range.sheet, range.topLeft);
      const settings = { ...ref.current.settings, flows: read.flows };
      update({ settings, error: null, flowsRead: { address: range.address, flows: read.flows.length, blank: read.blankRows, issues: read.issues } });
      save(CASH_KEYS.settings, settings);
      return true;
    } catch (e) {
      update({ error: (e as Error).message, flowsRead: null });
      return false;
    }
  }, [gateway, save, update]);

  const setPayablesColumn = useCallback((field: keyof ColumnMapping, column: number | null) => {
    update({ payablesMapping: { ...ref.current.payablesMapping, [field]: column } });
  }, [update]);

  const freeze = useCallback((plan: CashPlan, today: number, label: string) => {
    const frozen = [...ref.current.frozen, freezePlan(plan, today, label)];
    update({ frozen });
    save(CASH_KEYS.frozen, frozen);
  }, [save, update]);

  const request = useCallback((): CashRequest => {
    const s = ref.current;
    return { payables: s.payables, payablesMapping: s.payablesMapping, settings: s.settings, frozen: s.frozen };
  }, []);

  return { state, setSettings, readPayablesSelection, readFlowsSelection, setPayablesColumn, freeze, request };
}

export type CashController = ReturnType<typeof useCashPlan>;
