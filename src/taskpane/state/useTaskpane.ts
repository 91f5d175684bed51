/**
 * The taskpane's flow: read the selection (chunked, cancellable) → detect the columns → analyze → write the report
 * (chunked, cancellable). Holds the state the components render; all workbook access goes through the gateway and
 * all figures come from the engine.
 */
import { useCallback, useRef, useState } from "react";
import { analyzeLedgerAsync } from "../../engine/analysis/analyze";
import type { Analysis, ColumnMapping, LedgerField, LedgerInput, MappingResult } from "../../engine/analysis/types";
import { detectColumns } from "../../engine/ledger/columns";
import { buildReport } from "../../excel/buildReport";
import type { WorkbookGateway, WriteResult } from "../../excel/gateway";
import { engineErrorText } from "../../i18n/engineErrors";
import type { Language } from "../../i18n/translate";
import { defaultSettings, SettingsForm, toAnalysisSettings } from "./settings";

export type Phase = "idle" | "reading" | "analyzing" | "writing";

export interface Progress {
  stage: "reading" | "analyzing" | "writing";
  done: number;
  total: number;
}

export type Notice = { kind: "written"; result: WriteResult } | { kind: "cancelled" } | { kind: "error"; message: string } | null;

export interface TaskpaneState {
  phase: Phase;
  input: (LedgerInput & { address: string }) | null;
  mapping: MappingResult | null;
  overrides: Partial<ColumnMapping>;
  settings: SettingsForm;
  analysis: Analysis | null;
  progress: Progress | null;
  notice: Notice;
}

const isAbort = (e: unknown) => (e as Error)?.name === "AbortError";

export function useTaskpane(gateway: WorkbookGateway, language: Language, initial?: Partial<SettingsForm>) {
  const [state, setState] = useState<TaskpaneState>(() => ({
    phase: "idle",
    input: null,
    mapping: null,
    overrides: {},
    settings: { ...defaultSettings(), ...initial },
    analysis: null,
    progress: null,
    notice: null,
  }));
  const abort = useRef<AbortController | null>(null);
  const stateRef = useRef(state);
  stateRef.current = state;
  const patch = useCallback((p: Partial<TaskpaneState>) => setState((s) => ({ ...s, ...p })), []);

  const runAnalysis = useCallback(
    async (input: LedgerInput, settings: SettingsForm, overrides: Partial<ColumnMapping>) => {
      const controller = new AbortController();
      abort.current = controller;
      patch({ phase: "analyzing", progress: { stage: "analyzing", done: 0, total: 1 }, notice: null });
      try {
        const analysis = await analyzeLedgerAsync(input, toAnalysisSettings(settings, overrides), {
          signal: controller.signal,
          onStage: (_stage, index, of) => patch({ progress: { stage: "analyzing", done: index, total: of } }),
        });
        patch({ phase: "idle", analysis, mapping: analysis.mapping, progress: null });
      } catch (e) {
        patch({ phase: "idle", progress: null, notice: isAbort(e) ? { kind: "cancelled" } : { kind: "error", message: engineErrorText(e, language) } });
      } finally {
        abort.current = null;
      }
    },
    [patch, language],
  );

  const readSelection = useCallback(async () => {
    const controller = new AbortController();
    abort.current = controller;
    patch({ phase: "reading", progress: { stage: "reading", done: 0, total: 0 }, notice: null, analysis: null });
    // A new ledger: a currency chosen for the previous one may not be in it.
    const settings = { ...stateRef.current.settings, onlyCurrency: "" };
    patch({ settings });
    let input: TaskpaneState["input"];
    try {
      input = await gateway.readSelection((p) => patch({ progress: { stage: "reading", done: p.rowsRead, total: p.rowsTotal } }), controller.signal);
      const mapping = detectColumns(input.values, { dateOrder: settings.dateOrder, numberFormats: input.numberFormats });
      patch({ input, mapping, overrides: {}, phase: "idle", progress: null });
    } catch (e) {
      patch({ phase: "idle", progress: null, notice: isAbort(e) ? { kind: "cancelled" } : { kind: "error", message: (e as Error).message } });
      return;
    } finally {
      abort.current = null;
    }
    await runAnalysis(input, settings, {});
  }, [gateway, patch, runAnalysis]);

  const analyze = useCallback(async () => {
    const { input, settings, overrides } = stateRef.current;
    if (input) await runAnalysis(input, settings, overrides);
  }, [runAnalysis]);

  const setSettings = useCallback((p: Partial<SettingsForm>) => setState((s) => ({ ...s, settings: { ...s.settings, ...p } })), []);

  const setColumn = useCallback(
    (field: LedgerField, column: number | null) =>
      setState((s) => {
        const overrides = { ...s.overrides, [field]: column };
        const mapping = s.input ? detectColumns(s.input.values, { mapping: overrides, dateOrder: s.settings.dateOrder, numberFormats: s.input.numberFormats }) : s.mapping;
        return { ...s, overrides, mapping };
      }),
    [],
  );

  const writeReport = useCallback(async () => {
    const { analysis } = stateRef.current;
    if (!analysis) return;
    const controller = new AbortController();
    abort.current = controller;
    patch({ phase: "writing", progress: { stage: "writing", done: 0, total: 1 }, notice: null });
    try {
      const result = await gateway.writeReport(buildReport(analysis, language), (done, total) => patch({ progress: { stage: "writing", done, total } }), controller.signal);
      patch({ phase: "idle", progress: null, notice: { kind: "written", result } });
    } catch (e) {
      patch({ phase: "idle", progress: null, notice: isAbort(e) ? { kind: "cancelled" } : { kind: "error", message: (e as Error).message } });
    } finally {
      abort.current = null;
    }
  }, [gateway, language, patch]);

  const cancel = useCallback(() => abort.current?.abort(), []);

  const goTo = useCallback(
    (address: string) => {
      gateway.selectRange(address).catch((e: Error) => patch({ notice: { kind: "error", message: e.message } }));
    },
    [gateway, patch],
  );

  return { state, readSelection, analyze, setSettings, setColumn, writeReport, cancel, goTo };
}

export type TaskpaneController = ReturnType<typeof useTaskpane>;
