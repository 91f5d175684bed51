/**
 * The rates table (汇率表) the cash plan converts other currencies with: read from a selected range (engine:
 * cash/ratesRange.ts), saved in the workbook (key arlens.cash.rates) and read back, checked, when the pane opens.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { readRatesRange, readStoredRates, type RateTable, type RowIssue } from "../../engine";
import type { WorkbookGateway } from "../../excel/gateway";

export const RATES_KEY = "arlens.cash.rates";

export interface RatesState {
  rates: RateTable | null;
  /** What "Use selection as rates" read last: where, how many rates, the rows not used. */
  read: { address: string; count: number; issues: RowIssue[] } | null;
  error: string | null;
}

export function useCashRates(gateway: WorkbookGateway) {
  const [state, setState] = useState<RatesState>({ rates: null, read: null, error: null });
  const ref = useRef(state);
  ref.current = state;
  const update = useCallback((p: Partial<RatesState>) => {
    ref.current = { ...ref.current, ...p };
    setState((s) => ({ ...s, ...p }));
  }, []);

  useEffect(() => {
    let live = true;
    gateway
      .readSetting<unknown>(RATES_KEY)
      .then((stored) => live && update({ rates: readStoredRates(stored) }))
      .catch((e: Error) => live && update({ error: e.message }));
    return () => {
      live = false;
    };
  }, [gateway, update]);

  /** Reads the selection as the rates table; the reporting currency is the rate header's, else `fallback`. */
  const readRatesSelection = useCallback(
    async (fallback: string) => {
      try {
        const range = await gateway.readSelection();
        const read = readRatesRange(range.values, range.sheet, range.topLeft, fallback);
        update({
          rates: read.table,
          read: { address: range.address, count: read.table.rates.length, issues: read.issues },
          error: null,
        });
        await gateway.writeSetting(RATES_KEY, read.table);
        return true;
      } catch (e) {
        update({ error: (e as Error).message, read: null });
        return false;
      }
    },
    [gateway, update],
  );

  const current = useCallback(() => ref.current.rates, []);
  return { state, readRatesSelection, current };
}

export type RatesController = ReturnType<typeof useCashRates>;
