/**
 * The rates table's state in the pane: loaded from the workbook once, changed by typing a rate, removing one or
 * reading a selected range, and saved back each time. Each change hands the rates to the analysis settings
 * (`onRates`); the next analysis uses them, and its cash plan with them. One controller for the whole pane (made in
 * TaskpaneApp through useRatesStep): the setup's rates step and the Cash tab show and change the same table. The problems of the last reading (rows set aside) are kept to show.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { rateTable, type RateEntry, type Reason } from "../../engine";
import type { WorkbookGateway } from "../../excel/gateway";
import { loadRates, ratesFromSelection, saveRates, withoutRate, withRate } from "./ratesMemory";

export interface RatesState {
  rates: RateEntry[];
  problems: Reason[];
  /** The range the rates were last read from; null when typed or loaded. */
  address: string | null;
  error: string | null;
}

export function useRates(gateway: WorkbookGateway, reporting: string, onRates: (rates: RateEntry[]) => void) {
  const [state, setState] = useState<RatesState>({ rates: [], problems: [], address: null, error: null });
  const current = useRef(state);
  current.current = state;
  const handOver = useRef(onRates);
  handOver.current = onRates;
  useEffect(() => {
    let live = true;
    void loadRates(gateway, reporting).then((read) => {
      if (!live) return;
      setState((s) => ({ ...s, ...read }));
      if (read.rates.length > 0) handOver.current(read.rates);
    });
    return () => {
      live = false;
    };
  }, [gateway]); // loaded once per workbook: the reporting currency only decides which stored row is set aside
  const apply = useCallback(
    (next: Partial<RatesState> & { rates: RateEntry[] }) => {
      setState((s) => ({ ...s, error: null, ...next }));
      handOver.current(next.rates);
      saveRates(gateway, next.rates).catch((e: unknown) => setState((s) => ({ ...s, error: String(e) })));
    },
    [gateway],
  );
  /** A typed rate (currency, rate text, date text) validated as a rates row; set aside with its reason when bad. */
  const add = useCallback(
    (currency: string, rate: string, date: string) => {
      const read = rateTable([[currency, rate, date]], { reportingCurrency: reporting, at: () => currency || "—" });
      const entry = read.rates[0];
      const rates = entry ? withRate(current.current.rates, entry) : current.current.rates;
      apply({ rates, problems: read.problems, address: null });
    },
    [apply, reporting],
  );
  const remove = useCallback(
    (currency: string) => apply({ rates: withoutRate(current.current.rates, currency), problems: [] }),
    [apply],
  );
  /** Reads the selected range as the rates table; true when read (the analysis then runs again with it). */
  const fromSelection = useCallback(async () => {
    try {
      const read = await ratesFromSelection(gateway, reporting);
      apply({ rates: read.rates, problems: read.problems, address: read.address });
      return true;
    } catch (e) {
      setState((s) => ({ ...s, error: e instanceof Error ? e.message : String(e) }));
      return false;
    }
  }, [apply, gateway, reporting]);
  return { state, add, remove, fromSelection };
}

export type RatesController = ReturnType<typeof useRates>;
