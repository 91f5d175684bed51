/**
 * The taskpane's flow: read the selection (chunked, cancellable) → detect the columns → analyze → write the report
 * (chunked, cancellable). Holds the state the components render; all workbook access goes through the gateway and
 * all figures come from the engine.
 */
import {
  type Dispatch,
  type MutableRefObject,
  type SetStateAction,
  startTransition,
  useCallback,
  useRef,
  useState,
} from "react";
import {
  type AnalysisBeforeChecks,
  type AnalysisStage,
  type CashRequest,
  type ColumnMapping,
  detectColumns,
  type LedgerField,
  type KeptLimit,
  type LedgerChecks,
  type LedgerInput,
  type MappingResult,
  withChecks,
} from "../../engine";
import { buildReport } from "../../excel/buildReport";
import { analyzeOffThread } from "../analysis/analyzeOffThread";
import type { WorkbookGateway, WriteResult } from "../../excel/gateway";
import { gatewayErrorText } from "../../i18n/excel";
import { UI_TEXT } from "../../i18n/ui";
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
  /** The analysis's results, shown while its checks run (AnalysisBeforeChecks: without them). */
  analysis: AnalysisBeforeChecks | null;
  /**
   * The results' model check and forecast check: "checking" while they run after the results are shown, then given;
   * "failed" when they could not be made (the notice says why); null without results.
   */
  checks: LedgerChecks | "checking" | "failed" | null;
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

/** A gateway error in the pane's language. */
const errorNotice = (e: unknown, language: Language): Notice => ({
  kind: "error",
  message: gatewayErrorText(e, language),
});

/** Work that stopped: the pane idle again, saying it was cancelled or what went wrong. */
const stopped = (e: unknown, language: Language): Partial<TaskpaneState> => ({
  phase: "idle",
  progress: null,
  notice: isAbort(e) ? { kind: "cancelled" } : errorNotice(e, language),
});

/** The pane before anything is read: nothing selected, the settings given over the defaults. */
export function initialState(initial?: Partial<SettingsForm>): TaskpaneState {
  return {
    phase: "idle",
    input: null,
    mapping: null,
    overrides: {},
    settings: { ...defaultSettings(), ...initial },
    analysis: null,
    checks: null,
    desk: null,
    progress: null,
    notice: null,
    headerRow: null,
    restored: false,
    currencyGuess: null,
    awaitingConfirm: false,
    setAside: null,
  };
}

/** The columns read with the user's choices (and kept header row) on top of detection. */
function detectWith(
  input: LedgerInput,
  overrides: Partial<ColumnMapping>,
  headerRow: number | null,
  dateOrder: SettingsForm["dateOrder"],
): MappingResult {
  const header = headerRow !== null ? { headerRow } : {};
  return detectColumns(input.values, { mapping: overrides, ...header, dateOrder, numberFormats: input.numberFormats });
}

/** The columns as detection alone reads them. */
const detectFresh = (input: LedgerInput, dateOrder: SettingsForm["dateOrder"]): MappingResult =>
  detectColumns(input.values, { dateOrder, numberFormats: input.numberFormats });

/** What is shared by every step of the flow: the workbook, the language, the state and the work under way. */
interface Flow {
  gateway: WorkbookGateway;
  language: Language;
  locale: string;
  patch: (p: Partial<TaskpaneState>) => void;
  stateRef: MutableRefObject<TaskpaneState>;
  abort: MutableRefObject<AbortController | null>;
  /** The checks of the results shown, while they run: stopped when other results replace them (see followChecks). */
  checksRun: MutableRefObject<{ controller: AbortController; checks: Promise<LedgerChecks> } | null>;
}

/** The analysis's settings: the form's, the kept header row, the display currency and the desk's buyer limits. */
function analysisSettingsFor(
  flow: Flow,
  settings: SettingsForm,
  overrides: Partial<ColumnMapping>,
  headerRow: number | null,
  currency: string | undefined,
) {
  // The insurer's buyer limits kept in the desk's limits range count among the limits the user keeps.
  return withLimitsRange(flow.gateway, {
    ...toAnalysisSettings(settings, overrides, flow.locale),
    ...(headerRow !== null ? { headerRow } : {}),
    ...(currency ? { currency } : {}),
  });
}

/** Keeps what the user settled on with the workbook (keyed by sheet and header), for the next reading. */
async function rememberSettled(
  flow: Flow,
  input: LedgerInput,
  analysis: AnalysisBeforeChecks,
  settings: SettingsForm,
  overrides: Partial<ColumnMapping>,
  headerRow: number | null,
) {
  const h = analysis.mapping.headerRow;
  const record = {
    signature: headerSignature(input.values, h),
    headerRow: h,
    overrides,
    settings: savedSettings(settings),
  };
  const detected = headerRow === null ? h : detectFresh(input, settings.dateOrder).headerRow;
  await rememberLedger(flow.gateway, input, record, defaultSettings(settings.asOf), detected, (e) =>
    flow.patch({ notice: errorNotice(e, flow.language) }),
  );
}

/**
 * The checks of the results just shown: they replace those of the results before (stopped if still running — until
 * now they ran on, so that a cancelled analysis leaves the results before it whole); given to the pane when they come
 * unless other results have replaced these meanwhile.
 */
function followChecks(
  { checksRun, patch, language }: Pick<Flow, "checksRun" | "patch" | "language">,
  controller: AbortController,
  checks: Promise<LedgerChecks>,
): void {
  if (checksRun.current?.controller !== controller) checksRun.current?.controller.abort();
  checksRun.current = { controller, checks };
  const current = () => checksRun.current?.controller === controller;
  checks.then(
    (value) => current() && patch({ checks: value }),
    (e) => current() && !isAbort(e) && patch({ checks: "failed", notice: errorNotice(e, language) }),
  );
}

/** Stops the checks under way, when results are cleared (a new selection read). */
function stopChecks(checksRun: Flow["checksRun"]): void {
  checksRun.current?.controller.abort();
  checksRun.current = null;
}

/** The analysis step: the engine off the pane's thread, then the desk, then the ledger remembered. */
function useRunAnalysis(flow: Flow, cashRequest?: () => CashRequest | undefined) {
  const { gateway, language, locale, patch, stateRef, abort, checksRun } = flow;
  return useCallback(
    async (
      input: LedgerInput,
      settings: SettingsForm,
      overrides: Partial<ColumnMapping>,
      mapping: MappingResult | null = stateRef.current.mapping,
      headerRow = stateRef.current.headerRow,
    ) => {
      // Never analyse on a guess about money: the user confirms the columns first (MoneyConfirm).
      if (mapping?.confirm?.length) {
        stopChecks(checksRun);
        patch({ phase: "idle", progress: null, awaitingConfirm: true, analysis: null, checks: null, desk: null });
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
        const analysisSettings = await analysisSettingsFor(flow, settings, overrides, headerRow, currency);
        const { results, checks } = await analyzeOffThread(input, analysisSettings, {
          signal: controller.signal,
          cash: cashRequest?.(),
          onStage: (step, index, of) => patch({ progress: analysing(input.values.length, step, index, of) }),
        });
        // The collections desk: the contact log read back and its promises applied to the forecast and reasons.
        const { analysis, desk } = await withDesk(gateway, input, results);
        if (controller.signal.aborted) throw Object.assign(new Error("Cancelled"), { name: "AbortError" });
        followChecks({ checksRun, patch, language }, controller, checks);
        // Rendered as a transition: React renders the results in slices, the pane answering in between.
        startTransition(() =>
          patch({ phase: "idle", analysis, checks: "checking", desk, mapping: analysis.mapping, progress: null }),
        );
        await rememberSettled(flow, input, analysis, settings, overrides, headerRow);
      } catch (e) {
        patch(stopped(e, language));
      } finally {
        abort.current = null;
      }
    },
    // The flow's fields, not the flow: it is made anew on each render.
    [gateway, patch, language, locale, cashRequest, stateRef, abort, checksRun],
  );
}
/**
 * The same ledger read before: its saved mapping, header row and settings (else detection and the current ones,
 * `settings` taking the saved ones in place); what of them cannot be used on this ledger is set aside and said,
 * never a reason not to read it.
 */
async function restoreOrDetect(gateway: WorkbookGateway, input: LedgerInput, settings: SettingsForm) {
  const found = await findRecordChecked(gateway, input);
  const { record } = found;
  if (record) Object.assign(settings, record.settings);
  let overrides: Partial<ColumnMapping> = record?.overrides ?? {};
  let headerRow: number | null = record?.headerRow ?? null;
  const key = settingKey(ledgerKey(input.sheet ?? ""));
  let setAside: SetAside | null =
    found.setAside.length > 0 || found.unreadable ? { key, fields: found.setAside } : null;
  let mapping: MappingResult;
  try {
    mapping = detectWith(input, overrides, headerRow, settings.dateOrder);
  } catch (e) {
    if (!record) throw e;
    // The saved columns and header row do not fit this ledger after all: detection, and the record set aside.
    setAside = { key, fields: [...Object.keys(overrides), "headerRow"] };
    overrides = {};
    headerRow = null;
    mapping = detectFresh(input, settings.dateOrder);
  }
  return { overrides, headerRow, mapping, setAside, restored: record !== null };
}

/** The reading step: the analysis cleared, the selection read (cancellable), its columns found, then analysed. */
function useReadSelection(flow: Flow, runAnalysis: ReturnType<typeof useRunAnalysis>) {
  const { gateway, language, patch, stateRef, abort, checksRun } = flow;
  return useCallback(async () => {
    const controller = new AbortController();
    abort.current = controller;
    stopChecks(checksRun);
    patch({
      phase: "reading",
      progress: { stage: "reading", done: 0, total: 0 },
      notice: null,
      analysis: null,
      checks: null,
      desk: null,
    });
    // A new ledger: a currency chosen for the previous one may not be in it (nor be its display currency).
    const settings = { ...stateRef.current.settings, onlyCurrency: "", currency: "" };
    patch({ settings });
    let input: TaskpaneState["input"];
    let read: Awaited<ReturnType<typeof restoreOrDetect>>;
    try {
      input = await gateway.readSelection(
        (p) => patch({ progress: { stage: "reading", done: p.rowsRead, total: p.rowsTotal } }),
        controller.signal,
      );
      read = await restoreOrDetect(gateway, input, settings);
      patch({ input, ...read, settings, phase: "idle", progress: null });
    } catch (e) {
      patch(stopped(e, language));
      return;
    } finally {
      abort.current = null;
    }
    await runAnalysis(input, settings, read.overrides, read.mapping, read.headerRow);
  }, [gateway, language, patch, runAnalysis, stateRef, abort, checksRun]);
}

/** Going back on what was saved: the ledger's record (to detection and defaults), a desk setting set aside. */
function useResets(flow: Flow, runAnalysis: ReturnType<typeof useRunAnalysis>) {
  const { gateway, language, patch, stateRef } = flow;
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
      patch({ notice: errorNotice(e, language) });
    }
    const fresh = { ...defaultSettings(settings.asOf), onlyCurrency: settings.onlyCurrency };
    const detected = detectFresh(input, fresh.dateOrder);
    patch({ overrides: {}, headerRow: null, settings: fresh, mapping: detected, restored: false, setAside: null });
    await runAnalysis(input, fresh, {}, detected, null);
  }, [gateway, language, patch, runAnalysis, stateRef]);

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
        patch({ notice: errorNotice(e, language) });
      }
    },
    [gateway, language, patch, stateRef],
  );
  return { resetSaved, resetDeskSetAside };
}

/** The choices that analyse again: Re-analyse, the money columns confirmed, the dates swapped, limits kept. */
function useReanalysis(flow: Flow, runAnalysis: ReturnType<typeof useRunAnalysis>) {
  const { patch, stateRef } = flow;
  const analyze = useCallback(async () => {
    const { input, settings, overrides } = stateRef.current;
    if (input) await runAnalysis(input, settings, overrides);
  }, [runAnalysis, stateRef]);

  /** The user confirms the money columns as read: they become the user's choice, and the analysis runs. */
  const confirmMoney = useCallback(async () => {
    const { input, mapping, settings, overrides, headerRow } = stateRef.current;
    if (!input || !mapping) return;
    const chosen = { ...overrides };
    for (const f of ["amount", "openAmount", "paidAmount"] as const)
      if (mapping.columns[f] !== null) chosen[f] = mapping.columns[f];
    const confirmed = detectWith(input, chosen, headerRow, settings.dateOrder);
    patch({ overrides: chosen, mapping: confirmed, awaitingConfirm: false });
    await runAnalysis(input, settings, chosen, confirmed, headerRow);
  }, [patch, runAnalysis, stateRef]);

  /** Reads the date serials Excel mis-read the other way (mapping.swappedSerials), and analyses again. */
  const swapDates = useCallback(async () => {
    const { input, overrides } = stateRef.current;
    const settings = { ...stateRef.current.settings, swapDateSerials: true };
    patch({ settings });
    if (input) await runAnalysis(input, settings, overrides);
  }, [patch, runAnalysis, stateRef]);

  /** Keeps AR Lens's proposals as these customers' limits (saved with the workbook's settings) and analyses again. */
  const acceptLimits = useCallback(
    async (limits: KeptLimit[]) => {
      const { input, settings, overrides } = stateRef.current;
      const next = { ...settings, keptLimits: withKeptLimits(settings.keptLimits, limits) };
      patch({ settings: next });
      if (input) await runAnalysis(input, next, overrides);
    },
    [patch, runAnalysis, stateRef],
  );
  return { analyze, confirmMoney, swapDates, acceptLimits };
}

/** The setup's edits, kept without analysing: a setting changed, a column chosen by hand. */
function useSetupEdits(stateRef: MutableRefObject<TaskpaneState>, setState: Dispatch<SetStateAction<TaskpaneState>>) {
  const setSettings = useCallback(
    (p: Partial<SettingsForm>) => {
      // Kept current at once: an analysis asked for right after a change (new rates read in the Cash tab) uses it.
      stateRef.current = { ...stateRef.current, settings: { ...stateRef.current.settings, ...p } };
      setState((s) => ({ ...s, settings: { ...s.settings, ...p } }));
    },
    [stateRef, setState],
  );

  const setColumn = useCallback(
    (field: LedgerField, column: number | null) =>
      setState((s) => {
        const overrides = { ...s.overrides, [field]: column };
        const mapping = s.input ? detectWith(s.input, overrides, s.headerRow, s.settings.dateOrder) : s.mapping;
        return { ...s, overrides, mapping };
      }),
    [setState],
  );
  return { setSettings, setColumn };
}

/** Waits for `checks` unless `signal` stops the wait first (an AbortError). */
function untilAborted<T>(checks: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(Object.assign(new Error("Cancelled"), { name: "AbortError" }));
    signal.addEventListener("abort", onAbort);
    checks.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** The checks the report writes: those shown, or those still running waited for; null when they could not be made. */
async function checksForReport(flow: Pick<Flow, "stateRef" | "checksRun">, signal: AbortSignal) {
  const { checks } = flow.stateRef.current;
  if (checks !== null && typeof checks === "object") return checks;
  const run = flow.checksRun.current;
  return checks === "checking" && run ? untilAborted(run.checks, signal) : null;
}

/** The report step: the analysis (and the desk) written to the workbook, cancellable; it waits for the checks. */
function useWriteReport(flow: Flow) {
  const { gateway, language, patch, stateRef, abort, checksRun } = flow;
  return useCallback(async () => {
    const { analysis, desk } = stateRef.current;
    if (!analysis) return;
    const deskInput = desk
      ? { desk: desk.desk, alertDays: desk.settings.deadlines.alertDays, insured: desk.settings.policy.insured }
      : null;
    const controller = new AbortController();
    abort.current = controller;
    patch({ phase: "writing", progress: { stage: "writing", done: 0, total: 1 }, notice: null });
    try {
      const checks = await checksForReport({ stateRef, checksRun }, controller.signal);
      if (!checks) {
        patch({
          phase: "idle",
          progress: null,
          notice: { kind: "error", message: UI_TEXT[language].reportNeedsChecks },
        });
        return;
      }
      const result = await gateway.writeReport(
        buildReport(withChecks(analysis, checks), language, deskInput),
        (done, total) => patch({ progress: { stage: "writing", done, total } }),
        controller.signal,
      );
      patch({ phase: "idle", progress: null, notice: { kind: "written", result } });
    } catch (e) {
      patch(stopped(e, language));
    } finally {
      abort.current = null;
    }
  }, [gateway, language, patch, stateRef, abort, checksRun]);
}

/** The pane's links with what is under way and the workbook: cancel, the desk rebuilt, a cell shown. */
function useWorkbookLinks(flow: Flow) {
  const { gateway, language, patch, abort } = flow;
  const cancel = useCallback(() => abort.current?.abort(), [abort]);

  /** The desk rebuilt in place (a contact logged, desk settings saved): Today, worklist and forecast at once. */
  const replaceDesk = useCallback(
    (next: { analysis: AnalysisBeforeChecks; desk: DeskState }) => patch({ analysis: next.analysis, desk: next.desk }),
    [patch],
  );

  const goTo = useCallback(
    (address: string) => {
      gateway.selectRange(address).catch((e: Error) => patch({ notice: errorNotice(e, language) }));
    },
    [gateway, language, patch],
  );
  return { cancel, replaceDesk, goTo };
}

export function useTaskpane(
  gateway: WorkbookGateway,
  language: Language,
  initial?: Partial<SettingsForm>,
  cashRequest?: () => CashRequest | undefined,
  locale: string = localeFromOffice(),
) {
  const [state, setState] = useState<TaskpaneState>(() => initialState(initial));
  const abort = useRef<AbortController | null>(null);
  const checksRun: Flow["checksRun"] = useRef(null);
  const stateRef = useRef(state);
  stateRef.current = state;
  const patch = useCallback((p: Partial<TaskpaneState>) => setState((s) => ({ ...s, ...p })), []);
  const flow: Flow = { gateway, language, locale, patch, stateRef, abort, checksRun };
  const runAnalysis = useRunAnalysis(flow, cashRequest);
  const readSelection = useReadSelection(flow, runAnalysis);
  const { resetSaved, resetDeskSetAside } = useResets(flow, runAnalysis);
  const { analyze, confirmMoney, swapDates, acceptLimits } = useReanalysis(flow, runAnalysis);
  const { setSettings, setColumn } = useSetupEdits(stateRef, setState);
  const writeReport = useWriteReport(flow);
  const { cancel, replaceDesk, goTo } = useWorkbookLinks(flow);
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
