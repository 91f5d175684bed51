/**
 * The taskpane's flow: read the selection (chunked, cancellable) → detect the columns → analyze → write the report
 * (chunked, cancellable). Holds the state the components render; all workbook access goes through the gateway and
 * all figures come from the engine.
 */
import { startTransition, useCallback, useRef, useState } from "react";
import {
  type Analysis,
  type AnalysisStage,
  type CashRequest,
  type ColumnMapping,
  detectColumns,
  type LedgerField,
  type KeptLimit,
  type LedgerInput,
  type MappingResult,
} from "../../engine";
import { buildReport } from "../../excel/buildReport";
import { analyzeOffThread } from "../analysis/analyzeOffThread";
import type { WorkbookGateway, WriteResult } from "../../excel/gateway";
import { gatewayErrorText } from "../../i18n/excel";
import type { Language } from "../../i18n/translate";
import { localeFromOffice } from "../../excel/host";
import { CurrencyGuess, displayCurrency, guessCurrency } from "./currency";
import {
  findRecordChecked,
  forgetRecord,
  headerSignature,
  ledgerKey,
  rememberLedger,
  savedSettings,
} from "./ledgerMemory";
import type { SetAside } from "../../i18n/savedSettings";
import { settingKey } from "../../excel/workbookSettings";
import { defaultSettings, SettingsForm, toAnalysisSettings, withKeptLimits } from "./settings";
import { DESK_KEYS, DeskState, withDesk, withLimitsRange } from "./desk";

export type Phase = "idle" | "reading" | "analyzing" | "writing";

export interface Progress {
  stage: "reading" | "analyzing" | "writing";
  done: number;
  total: number;
  /** While analysing: the engine's stage under way and the rows it analyses. */
  step?: AnalysisStage;
  rows?: number;
}

export type Notice =
  { kind: "written"; result: WriteResult } | { kind: "cancelled" } | { kind: "error"; message: string } | null;

export interface TaskpaneState {
  phase: Phase;
  input: (LedgerInput & { address: string }) | null;
  mapping: MappingResult | null;
  overrides: Partial<ColumnMapping>;
  settings: SettingsForm;
  analysis: Analysis | null;
  /** The collections desk (worklist, promises, insurer deadlines) built with the analysis; null before one. */
  desk: DeskState | null;
  progress: Progress | null;
  notice: Notice;
  /** Header row kept for this ledger (saved in the workbook), else null: detected. */
  headerRow: number | null;
  /** The mapping and settings were restored from the workbook (a "reset" returns to detection). */
  restored: boolean;
  /** The currency shown when the ledger has no currency column (null: it has one). */
  currencyGuess: CurrencyGuess | null;
  /** The money columns were guessed (mapping.confirm): the first rows are shown and nothing is analysed until confirmed. */
  awaitingConfirm: boolean;
  /** What of this ledger's saved record could not be used and was left out (shown with "Reset to detection"). */
  setAside: SetAside | null;
}

/** The progress of an analysis of `rows` rows (in a Web Worker where there is one: analyzeOffThread.ts). */
const analysing = (rows: number, step: AnalysisStage, done: number, total: number): Progress => ({
  stage: "analyzing",
  done,
  total,
  step,
  rows,
});

const isAbort = (e: unknown) => (e as Error)?.name === "AbortError";

export function useTaskpane(
  gateway: WorkbookGateway,
  language: Language,
  initial?: Partial<SettingsForm>,
  cashRequest?: () => CashRequest | undefined,
  locale: string = localeFromOffice(),
) {
  const [state, setState] = useState<TaskpaneState>(() => ({
    phase: "idle",
    input: null,
    mapping: null,
    overrides: {},
    settings: { ...defaultSettings(), ...initial },
    analysis: null,
    desk: null,
    progress: null,
    notice: null,
    headerRow: null,
    restored: false,
    currencyGuess: null,
    awaitingConfirm: false,
    setAside: null,
  }));
  const abort = useRef<AbortController | null>(null);
  const stateRef = useRef(state);
  stateRef.current = state;
  const patch = useCallback((p: Partial<TaskpaneState>) => setState((s) => ({ ...s, ...p })), []);

  const runAnalysis = useCallback(
    async (
      input: LedgerInput,
      settings: SettingsForm,
      overrides: Partial<ColumnMapping>,
      mapping: MappingResult | null = stateRef.current.mapping,
      headerRow = stateRef.current.headerRow,
    ) => {
      // Never analyse on a guess about money: the user confirms the columns first (MoneyConfirm).
      if (mapping?.confirm?.length) {
        patch({ phase: "idle", progress: null, awaitingConfirm: true, analysis: null, desk: null });
        return;
      }
      const controller = new AbortController();
      abort.current = controller;
      const currencyGuess = guessCurrency(input, mapping, locale);
      const currency = displayCurrency(settings.currency, currencyGuess);
      patch({
        phase: "analyzing",
        progress: { stage: "analyzing", done: 0, total: 1 },
        notice: null,
        currencyGuess,
        awaitingConfirm: false,
      });
      try {
        // The insurer's buyer limits kept in the desk's limits range count among the limits the user keeps.
        const analysisSettings = await withLimitsRange(gateway, {
          ...toAnalysisSettings(settings, overrides, locale),
          ...(headerRow !== null ? { headerRow } : {}),
          ...(currency ? { currency } : {}),
        });
        const base = await analyzeOffThread(input, analysisSettings, {
          signal: controller.signal,
          cash: cashRequest?.(),
          onStage: (step, index, of) => patch({ progress: analysing(input.values.length, step, index, of) }),
        });
        // The collections desk: the contact log read back and its promises applied to the forecast and reasons.
        const { analysis, desk } = await withDesk(gateway, input, base);
        // Rendered as a transition: React renders the results in slices, the pane answering in between.
        startTransition(() => patch({ phase: "idle", analysis, desk, mapping: analysis.mapping, progress: null }));
        // Keep what the user settled on with the workbook (keyed by sheet and header), for the next reading.
        const h = analysis.mapping.headerRow;
        const record = {
          signature: headerSignature(input.values, h),
          headerRow: h,
          overrides,
          settings: savedSettings(settings),
        };
        const detected =
          headerRow === null
            ? h
            : detectColumns(input.values, { dateOrder: settings.dateOrder, numberFormats: input.numberFormats })
                .headerRow;
        await rememberLedger(gateway, input, record, defaultSettings(settings.asOf), detected, (e) =>
          patch({ notice: { kind: "error", message: gatewayErrorText(e, language) } }),
        );
      } catch (e) {
        patch({
          phase: "idle",
          progress: null,
          notice: isAbort(e) ? { kind: "cancelled" } : { kind: "error", message: gatewayErrorText(e, language) },
        });
      } finally {
        abort.current = null;
      }
    },
    [gateway, patch, language, locale, cashRequest],
  );

  const readSelection = useCallback(async () => {
    const controller = new AbortController();
    abort.current = controller;
    patch({
      phase: "reading",
      progress: { stage: "reading", done: 0, total: 0 },
      notice: null,
      analysis: null,
      desk: null,
    });
    // A new ledger: a currency chosen for the previous one may not be in it (nor be its display currency).
    const settings = { ...stateRef.current.settings, onlyCurrency: "", currency: "" };
    patch({ settings });
    let input: TaskpaneState["input"];
    let overrides: Partial<ColumnMapping> = {};
    let headerRow: number | null = null;
    let mapping: MappingResult;
    try {
      input = await gateway.readSelection(
        (p) => patch({ progress: { stage: "reading", done: p.rowsRead, total: p.rowsTotal } }),
        controller.signal,
      );
      // The same ledger read before: its saved mapping, header row and settings (else detection and the current ones);
      // what of them cannot be used on this ledger is set aside and said, never a reason not to read it.
      const found = await findRecordChecked(gateway, input);
      const { record } = found;
      if (record) Object.assign(settings, record.settings);
      overrides = record?.overrides ?? {};
      headerRow = record?.headerRow ?? null;
      let setAside: SetAside | null =
        found.setAside.length > 0 || found.unreadable
          ? { key: settingKey(ledgerKey(input.sheet ?? "")), fields: found.setAside }
          : null;
      try {
        mapping = detectColumns(input.values, {
          mapping: overrides,
          ...(headerRow !== null ? { headerRow } : {}),
          dateOrder: settings.dateOrder,
          numberFormats: input.numberFormats,
        });
      } catch (e) {
        if (!record) throw e;
        // The saved columns and header row do not fit this ledger after all: detection, and the record set aside.
        setAside = { key: settingKey(ledgerKey(input.sheet ?? "")), fields: [...Object.keys(overrides), "headerRow"] };
        overrides = {};
        headerRow = null;
        mapping = detectColumns(input.values, { dateOrder: settings.dateOrder, numberFormats: input.numberFormats });
      }
      patch({
        input,
        mapping,
        overrides,
        settings,
        headerRow,
        restored: record !== null,
        setAside,
        phase: "idle",
        progress: null,
      });
    } catch (e) {
      patch({
        phase: "idle",
        progress: null,
        notice: isAbort(e) ? { kind: "cancelled" } : { kind: "error", message: gatewayErrorText(e, language) },
      });
      return;
    } finally {
      abort.current = null;
    }
    await runAnalysis(input, settings, overrides, mapping, headerRow);
  }, [gateway, language, patch, runAnalysis]);

  /** Forgets what was saved for this ledger and goes back to detection and the default settings. */
  const resetSaved = useCallback(async () => {
    const { input, mapping, settings } = stateRef.current;
    if (!input) return;
    try {
      if (mapping) await forgetRecord(gateway, input, headerSignature(input.values, mapping.headerRow));
      // A stored value that was not a list of records at all: removed.
      if (stateRef.current.setAside && !stateRef.current.setAside.fields?.length)
        await gateway.writeSetting(ledgerKey(input.sheet ?? ""), undefined);
    } catch (e) {
      patch({ notice: { kind: "error", message: gatewayErrorText(e, language) } });
    }
    const fresh = { ...defaultSettings(settings.asOf), onlyCurrency: settings.onlyCurrency };
    const detected = detectColumns(input.values, { dateOrder: fresh.dateOrder, numberFormats: input.numberFormats });
    patch({ overrides: {}, headerRow: null, settings: fresh, mapping: detected, restored: false, setAside: null });
    await runAnalysis(input, fresh, {}, detected, null);
  }, [gateway, language, patch, runAnalysis]);

  /** Replaces a desk setting that was set aside with what was used instead (the company's text fields, or nothing). */
  const resetDeskSetAside = useCallback(
    async (key: string) => {
      const desk = stateRef.current.desk;
      if (!desk) return;
      const value = key === settingKey(DESK_KEYS.company) ? desk.settings.company : undefined;
      try {
        await gateway.writeSetting(key, value);
        patch({ desk: { ...desk, setAside: (desk.setAside ?? []).filter((a) => a.key !== key) } });
      } catch (e) {
        patch({ notice: { kind: "error", message: gatewayErrorText(e, language) } });
      }
    },
    [gateway, language, patch],
  );

  const analyze = useCallback(async () => {
    const { input, settings, overrides } = stateRef.current;
    if (input) await runAnalysis(input, settings, overrides);
  }, [runAnalysis]);

  /** The user confirms the money columns as read: they become the user's choice, and the analysis runs. */
  const confirmMoney = useCallback(async () => {
    const { input, mapping, settings, overrides, headerRow } = stateRef.current;
    if (!input || !mapping) return;
    const chosen = { ...overrides };
    for (const f of ["amount", "openAmount", "paidAmount"] as const)
      if (mapping.columns[f] !== null) chosen[f] = mapping.columns[f];
    const header = headerRow !== null ? { headerRow } : {};
    const confirmed = detectColumns(input.values, {
      mapping: chosen,
      ...header,
      dateOrder: settings.dateOrder,
      numberFormats: input.numberFormats,
    });
    patch({ overrides: chosen, mapping: confirmed, awaitingConfirm: false });
    await runAnalysis(input, settings, chosen, confirmed, headerRow);
  }, [patch, runAnalysis]);

  /** Reads the date serials Excel mis-read the other way (mapping.swappedSerials), and analyses again. */
  const swapDates = useCallback(async () => {
    const { input, overrides } = stateRef.current;
    const settings = { ...stateRef.current.settings, swapDateSerials: true };
    patch({ settings });
    if (input) await runAnalysis(input, settings, overrides);
  }, [patch, runAnalysis]);

  const setSettings = useCallback((p: Partial<SettingsForm>) => {
    // Kept current at once: an analysis asked for right after a change (new rates read in the Cash tab) uses it.
    stateRef.current = { ...stateRef.current, settings: { ...stateRef.current.settings, ...p } };
    setState((s) => ({ ...s, settings: { ...s.settings, ...p } }));
  }, []);

  /** Keeps AR Lens's proposals as these customers' limits (saved with the workbook's settings) and analyses again. */
  const acceptLimits = useCallback(
    async (limits: KeptLimit[]) => {
      const { input, settings, overrides } = stateRef.current;
      const next = { ...settings, keptLimits: withKeptLimits(settings.keptLimits, limits) };
      patch({ settings: next });
      if (input) await runAnalysis(input, next, overrides);
    },
    [patch, runAnalysis],
  );

  const setColumn = useCallback(
    (field: LedgerField, column: number | null) =>
      setState((s) => {
        const overrides = { ...s.overrides, [field]: column };
        const header = s.headerRow !== null ? { headerRow: s.headerRow } : {};
        const mapping = s.input
          ? detectColumns(s.input.values, {
              mapping: overrides,
              ...header,
              dateOrder: s.settings.dateOrder,
              numberFormats: s.input.numberFormats,
            })
          : s.mapping;
        return { ...s, overrides, mapping };
      }),
    [],
  );

  const writeReport = useCallback(async () => {
    const { analysis, desk } = stateRef.current;
    if (!analysis) return;
    const deskInput = desk
      ? { desk: desk.desk, alertDays: desk.settings.deadlines.alertDays, insured: desk.settings.policy.insured }
      : null;
    const controller = new AbortController();
    abort.current = controller;
    patch({ phase: "writing", progress: { stage: "writing", done: 0, total: 1 }, notice: null });
    try {
      const result = await gateway.writeReport(
        buildReport(analysis, language, deskInput),
        (done, total) => patch({ progress: { stage: "writing", done, total } }),
        controller.signal,
      );
      patch({ phase: "idle", progress: null, notice: { kind: "written", result } });
    } catch (e) {
      patch({
        phase: "idle",
        progress: null,
        notice: isAbort(e) ? { kind: "cancelled" } : { kind: "error", message: gatewayErrorText(e, language) },
      });
    } finally {
      abort.current = null;
    }
  }, [gateway, language, patch]);

  const cancel = useCallback(() => abort.current?.abort(), []);

  /** The desk rebuilt in place (a contact logged, desk settings saved): Today, worklist and forecast at once. */
  const replaceDesk = useCallback(
    (next: { analysis: Analysis; desk: DeskState }) => patch({ analysis: next.analysis, desk: next.desk }),
    [patch],
  );

  const goTo = useCallback(
    (address: string) => {
      gateway
        .selectRange(address)
        .catch((e: Error) => patch({ notice: { kind: "error", message: gatewayErrorText(e, language) } }));
    },
    [gateway, language, patch],
  );

  return {
    state,
    readSelection,
    analyze,
    setSettings,
    acceptLimits,
    setColumn,
    writeReport,
    cancel,
    goTo,
    resetSaved,
    confirmMoney,
    swapDates,
    replaceDesk,
    resetDeskSetAside,
  };
}

export type TaskpaneController = ReturnType<typeof useTaskpane>;
