/**
 * The whole ledger analysis: range → column mapping → invoices and row issues → portfolio → customers (grade,
 * terms, limit, insurance) → payment plans → alerts → insurance-need check → 13-week forecast.
 * Pure data in, pure data out: the taskpane, the report sheet, AR.* functions and the preview all render this.
 * `hooks.onStage` lets a caller show progress and stop a long run between stages (throw from it to cancel).
 */
import { defaultEdges, validateEdges } from "../core/aging";
import { parseCell, rangeAddress } from "../ledger/addresses";
import { detectColumns } from "../ledger/columns";
import { parseLedger, type ParsedLedger } from "../ledger/parseLedger";
import { agedByDueDateNotes } from "../ledger/agingBasisNotes";
import { reconcile } from "../ledger/reconcile";
import { skippedNotes } from "../ledger/skippedRows";
import { convertLedger, ratesInUse } from "./currencyStage";
import { alertedCustomers, buildAlerts, resolveAlertThresholds } from "./alerts";
import { buildActions } from "./actions";
import { portfolioFindings } from "./findings";
import { keptLimitMap } from "./keptLimits";
import { keepReading, keptReading, madeFrom, readingKey } from "./keptReadings";
import { ledgerLimits } from "./ledgerLimits";
import { DEFAULT_HEADROOM } from "./creditLimit";
import { customerHistories, type CustomerHistory } from "../history/customerHistory";
import { DEFAULT_FOLLOW_UP_MONTHS, DEFAULT_LATE_DAYS } from "../history/gradeBacktest";
import { ledgerChecks } from "../history/checksCache";
import { assessCustomers, groupByCustomer } from "./customers";
import { forecastCollections, readHistoryHabits } from "./forecast";
import { checkInsurance } from "./insurance";
import { proposePaymentPlans } from "./plans";
import { summarizePortfolio } from "./portfolio";
import {
  checkAlertThresholds,
  checkAsOf,
  checkHeadroom,
  checkKeptLimits,
  checkModelCheck,
  checkTrendMonths,
  checkWholeDays,
} from "./settingChecks";
import { isoFromSerial } from "../core/dates";
import { reason } from "../model/reason";
import { DEFAULT_TREND_MONTHS, kpiTrend } from "../history/kpiTrend";
import type {
  Analysis,
  AnalysisBeforeChecks,
  AnalysisSettings,
  Invoice,
  LedgerChecks,
  LedgerInput,
  MappingResult,
  Reason,
} from "./types";
import { cashForAnalysis, type CashRequest } from "../cash/cashAnalysis";

export const DEFAULT_CURRENCY = "CNY";
export const DEFAULT_TERMS_DAYS = 30;
export const DEFAULT_DSO_WINDOW_DAYS = 90;

export type AnalysisStage = "mapping" | "rows" | "portfolio" | "customers" | "plans" | "alerts" | "forecast";
export const ANALYSIS_STAGES: readonly AnalysisStage[] = [
  "mapping",
  "rows",
  "portfolio",
  "customers",
  "plans",
  "alerts",
  "forecast",
];

export interface AnalysisHooks {
  onStage?: (stage: AnalysisStage, index: number, of: number) => void;
  /**
   * The ledger's invoices as read, in the export's own currencies (原币) before any conversion — what invoicesOf
   * (collections/desk.ts) would read again from the same input and settings — handed over once the rows are read:
   * the collections desk takes them instead of parsing every row a second time.
   */
  onLedgerInvoices?: (invoices: Invoice[]) => void;
  /**
   * The analysis without its proof (the model check and the forecast check), handed over before they are computed: the
   * taskpane shows it while the checks run (a third of the time at a million rows, two fifths at 100,000).
   */
  onResultsBeforeChecks?: (results: AnalysisBeforeChecks) => void;
  /**
   * The cells never change after this call (the taskpane's snapshot of a ledger): the columns mapped and the rows
   * read are kept for the next analysis of the same cells with the same reading settings (keptReadings.ts).
   */
  keepReading?: boolean;
}

/** The step after the last stage: the model check and the forecast check (not a stage of the progress shown). */
const CHECKS = "checks";
type Step = AnalysisStage | typeof CHECKS;

/** Reports a stage's start to `onStage` (the checks are not one of the stages shown). */
function reportStage(step: Step, onStage: AnalysisHooks["onStage"]): void {
  if (step !== CHECKS) onStage?.(step, ANALYSIS_STAGES.indexOf(step), ANALYSIS_STAGES.length);
}

export function resolveSettings(settings: AnalysisSettings, ledgerCurrency: string | null): Analysis["settings"] {
  // The one validation error the analysis raises on purpose (a setting, not the ledger: the ledger's problems are
  // row issues), checked in this order (settingChecks.ts).
  checkAsOf(settings.asOf);
  const agingEdges = settings.agingEdges ?? defaultEdges(settings.agingBasis);
  validateEdges(agingEdges, { setting: "aging edges" });
  const dsoWindowDays = checkWholeDays(settings.dsoWindowDays ?? DEFAULT_DSO_WINDOW_DAYS, "DSO window", 1, 3660);
  const onlyCurrency = settings.onlyCurrency ? settings.onlyCurrency.trim().toUpperCase() || null : null;
  const defaultTermsDays = checkWholeDays(settings.defaultTermsDays ?? DEFAULT_TERMS_DAYS, "default terms", 0, 3660);
  const trendMonths = checkTrendMonths(settings.trendMonths ?? DEFAULT_TREND_MONTHS);
  const followUpMonths = settings.followUpMonths ?? DEFAULT_FOLLOW_UP_MONTHS;
  const lateDays = settings.lateDays ?? DEFAULT_LATE_DAYS;
  checkModelCheck(followUpMonths, lateDays);
  const limitHeadroom = checkHeadroom(settings.limitHeadroom ?? DEFAULT_HEADROOM);
  const alertThresholds = resolveAlertThresholds(settings.alertThresholds);
  checkKeptLimits(settings.keptLimits);
  checkAlertThresholds(alertThresholds);
  return {
    followUpMonths,
    lateDays,
    limitHeadroom,
    alertThresholds,
    asOf: Math.floor(settings.asOf),
    agingBasis: settings.agingBasis,
    agingEdges: [...agingEdges],
    dateOrder: settings.dateOrder,
    currency: settings.currency || onlyCurrency || ledgerCurrency || DEFAULT_CURRENCY,
    onlyCurrency,
    riskAppetite: settings.riskAppetite,
    defaultTermsDays,
    dsoWindowDays,
    trendMonths,
    ...(settings.swapDateSerials ? { swapDateSerials: true } : {}),
  };
}

export function analyzeLedger(
  input: LedgerInput,
  settings: AnalysisSettings,
  hooks: AnalysisHooks = {},
  cash?: CashRequest,
): Analysis {
  const steps = analysisSteps(input, settings, cash, hooks);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    reportStage(step.value, hooks.onStage);
  }
}

/**
 * The same analysis, giving the page a turn between stages (so a progress bar paints) and stopping at the next
 * stage once `signal` is aborted (an Error named AbortError).
 */
export async function analyzeLedgerAsync(
  input: LedgerInput,
  settings: AnalysisSettings,
  options: AnalysisHooks & { signal?: AbortSignal; pause?: () => Promise<void>; cash?: CashRequest } = {},
): Promise<Analysis> {
  const pause = options.pause ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const steps = analysisSteps(input, settings, options.cash, options);
  for (;;) {
    if (options.signal?.aborted) throw Object.assign(new Error("Cancelled"), { name: "AbortError" });
    const step = steps.next();
    if (step.done) return step.value;
    reportStage(step.value, options.onStage);
    await pause();
  }
}

/**
 * Only the ledger's KPI trend (AR.KPITREND), with the row issues that decide whether the ledger can be used: the same
 * settings, mapping and rows as analyzeLedger, and nothing it does after them.
 */
export function analyzeTrend(input: LedgerInput, settings: AnalysisSettings): Pick<Analysis, "kpiTrend" | "issues"> {
  const { resolved, parsed } = mappedRows(input, settings);
  return { kpiTrend: trendOf(parsed.invoices, resolved), issues: parsed.issues };
}

/** The KPI trend of the invoices analysed, over the months the settings ask for. */
function trendOf(invoices: Invoice[], resolved: Analysis["settings"]) {
  return kpiTrend(invoices, {
    asOf: resolved.asOf,
    dsoWindowDays: resolved.dsoWindowDays,
    months: resolved.trendMonths,
  });
}

/** The settings resolved, the columns mapped and the rows read: the start of the analysis. */
function mappedRows(input: LedgerInput, settings: AnalysisSettings) {
  const base = resolveSettings(settings, null); // validates before any work
  const mapping = mapColumns(input, settings);
  return { mapping, ...readRows(input, settings, base, mapping) };
}

function mapColumns(input: LedgerInput, settings: AnalysisSettings): MappingResult {
  const { mapping, headerRow, dateOrder } = settings;
  return detectColumns(input.values, { mapping, headerRow, dateOrder, numberFormats: input.numberFormats });
}

/** The rows read (`known`: a reading kept of the same cells, keptReadings.ts), converted, with the limit columns. */
function readRows(
  input: LedgerInput,
  settings: AnalysisSettings,
  base: Analysis["settings"],
  mapping: MappingResult,
  known: ParsedLedger | null = null,
) {
  const dateOrder = settings.dateOrder === "auto" ? (mapping.dateOrder ?? "auto") : settings.dateOrder;
  const { asOf, defaultTermsDays, onlyCurrency } = base;
  const swapDateSerials = settings.swapDateSerials;
  const read =
    known ?? parseLedger(input, mapping, { asOf, dateOrder, defaultTermsDays, onlyCurrency, swapDateSerials });
  const stage = convertLedger(input, mapping, read, settings, DEFAULT_CURRENCY); // several currencies → one
  const currency = stage.currency ?? (settings.currency || base.onlyCurrency || read.currency || DEFAULT_CURRENCY);
  const fromColumns = ledgerLimits(input, mapping.columns, stage.parsed.invoices); // the ledger's own limit columns
  // A new object: the reading itself may be kept for the next analysis.
  if (fromColumns.issues.length > 0)
    stage.parsed = { ...stage.parsed, issues: [...stage.parsed.issues, ...fromColumns.issues] };
  const rates = ratesInUse(settings, currency, DEFAULT_CURRENCY);
  const resolved = { ...base, currency, ...(rates.length > 0 ? { rates } : {}) };
  return { parsed: stage.parsed, resolved, read, stage, fromColumns };
}

/** The rows read: the invoices (converted to one currency), the settings resolved, and the ledger's limit columns. */
type LedgerRows = ReturnType<typeof readRows>;

/**
 * The analysis as a sequence of stages: yields each stage's name before doing it, then hands over the results
 * before the checks (hooks.onResultsBeforeChecks) and yields CHECKS before computing them; returns the Analysis.
 */
function* analysisSteps(
  input: LedgerInput,
  settings: AnalysisSettings,
  cash: CashRequest | undefined,
  hooks: Pick<AnalysisHooks, "onLedgerInvoices" | "onResultsBeforeChecks" | "keepReading">,
): Generator<Step, Analysis> {
  const origin = parseCell(input.topLeft);
  yield "mapping";
  const base = resolveSettings(settings, null); // validates before any work
  const key = hooks.keepReading ? readingKey(input, settings, base) : null;
  const known = key !== null ? keptReading(input, key) : null;
  const mapping = known?.mapping ?? mapColumns(input, settings);
  yield "rows";
  const rows = readRows(input, settings, base, mapping, known?.parsed);
  const reading = known ?? (key !== null ? keepReading(input, key, { mapping, parsed: rows.read }) : null);
  hooks.onLedgerInvoices?.(rows.read.invoices);
  const { parsed, resolved } = rows;
  yield "portfolio";
  // Once: the portfolio's aging rows and the customers read the groups; kept with a kept reading (keptReadings.ts).
  const { groups: byCustomer, histories } = madeFrom(reading, parsed.invoices, () => groupsOf(parsed.invoices));
  const { portfolio, aging } = summarizePortfolio(parsed.invoices, resolved, byCustomer);
  const kpiTrend = trendOf(parsed.invoices, resolved);
  yield "customers";
  const assessed = assessLedgerCustomers(rows, settings, portfolio, { byCustomer, histories });
  const { customers } = assessed;
  yield "plans";
  const plans = proposePaymentPlans(customers, byCustomer, resolved.asOf);
  yield "alerts";
  const { alerts, findings, actions, insurance } = alertsAndActions(assessed, parsed.invoices, resolved);
  yield "forecast";
  const { forecast, habits } = collectionsForecast(assessed, portfolio, resolved);
  // The cash plan, when asked for: part of the forecast stage.
  const cashPlan = cash
    ? cashForAnalysis({ settings: resolved, customers, portfolio }, byCustomer, cash, habits)
    : undefined;
  const results: AnalysisBeforeChecks = {
    settings: resolved,
    source: sourceOf(input, origin, rows.read.width),
    mapping,
    counts: parsed.counts,
    issues: parsed.issues,
    portfolio,
    aging,
    customers,
    plans,
    alerts,
    actions,
    findings,
    insurance,
    forecast,
    kpiTrend,
    notes: analysisNotes(input, mapping, rows, portfolio.totalOpen),
    ...(cashPlan ? { cash: cashPlan } : {}),
    reconciliation: reconcileWithExport(input, mapping, rows),
    ...(rows.stage.conversion ? { conversion: rows.stage.conversion } : {}),
    ledgerCurrencies: currenciesByRows(parsed.ledgerCurrencies),
  };
  hooks.onResultsBeforeChecks?.(results);
  yield CHECKS;
  // The model check and the forecast's backtest, once per ledger (checksCache.ts): a display setting changed since
  // the last run reuses them.
  return withChecks(results, ledgerChecks(parsed.invoices, assessed.histories, resolved));
}

/** The whole analysis: the results with their checks, in the order of Analysis's fields. */
export function withChecks(results: AnalysisBeforeChecks, checks: LedgerChecks): Analysis {
  const { settings, source, mapping, counts, issues, portfolio, aging, customers, plans, alerts, ...after } = results;
  const { actions, findings, insurance, forecast, kpiTrend, ...rest } = after;
  return {
    ...{ settings, source, mapping, counts, issues, portfolio, aging, customers, plans, alerts },
    ...{ actions, findings, insurance, forecast, kpiTrend },
    modelCheck: checks.modelCheck,
    forecastCheck: checks.forecastCheck,
    ...rest, // notes, the cash plan, the reconciliation, the conversion, the ledger's currencies
  };
}

/** The invoices grouped by customer, and each customer's history. */
function groupsOf(invoices: readonly Invoice[]) {
  const groups = groupByCustomer(invoices);
  return { groups, histories: customerHistories(groups) };
}

/** The customers stage: each customer (its invoices `byCustomer`, its history) assessed. */
function assessLedgerCustomers(
  rows: LedgerRows,
  settings: AnalysisSettings,
  portfolio: Analysis["portfolio"],
  { byCustomer, histories }: { byCustomer: Map<string, Invoice[]>; histories: CustomerHistory[] },
) {
  const { parsed, resolved, fromColumns } = rows;
  const customers = assessCustomers(
    parsed.invoices,
    {
      asOf: resolved.asOf,
      agingBasis: resolved.agingBasis,
      agingEdges: resolved.agingEdges,
      riskAppetite: resolved.riskAppetite,
      currency: resolved.currency,
      totalOpen: portfolio.totalOpen,
      portfolioDaysLate: portfolio.weightedDaysLate,
      limitHeadroom: resolved.limitHeadroom,
      keptLimits: keptLimitMap([...fromColumns.limits, ...(settings.keptLimits ?? [])]),
    },
    byCustomer,
    histories,
  );
  return { byCustomer, histories, customers };
}

type AssessedCustomers = ReturnType<typeof assessLedgerCustomers>;

/** The alerts stage: the alerts, the portfolio's findings, the actions they call for, and the insurance check. */
function alertsAndActions(
  { customers, byCustomer }: AssessedCustomers,
  invoices: Invoice[],
  resolved: Analysis["settings"],
) {
  const alerts = buildAlerts(customers, byCustomer, resolved.asOf, resolved.alertThresholds);
  const findings = portfolioFindings(customers, alerts);
  const actions = buildActions(customers, alerts, findings, alertedCustomers(alerts));
  const insurance = checkInsurance(customers, invoices);
  return { alerts, findings, actions, insurance };
}

/** The forecast stage: the 13-week collections forecast from each customer's payment habits. */
function collectionsForecast(
  { byCustomer, histories }: AssessedCustomers,
  portfolio: Analysis["portfolio"],
  resolved: Analysis["settings"],
) {
  const habits = readHistoryHabits(histories, resolved.asOf); // read once: the forecast and the cash plan's scenarios share it
  // The forecast reads each customer's habit from its settled invoices, not a typical days late (none passed).
  const forecast = forecastCollections(byCustomer, NO_TYPICAL_DAYS, portfolio.weightedDaysLate, resolved.asOf, {
    habits,
    histories,
  });
  return { forecast, habits };
}

const NO_TYPICAL_DAYS: Map<string, number | null> = new Map();

/** The ledger's totals and documents checked against the invoices read (reconcile.ts). */
function reconcileWithExport(input: LedgerInput, mapping: MappingResult, { read, parsed }: LedgerRows) {
  return reconcile({
    values: input.values,
    mapping,
    invoices: read.invoices, // as the export holds them (原币): its totals are in its own currencies
    totals: parsed.layout.totals,
    rows: parsed.layout.rows,
    skipped: parsed.skipped,
    voided: parsed.layout.voided,
  });
}

/**
 * The notes on the ledger as read: rows skipped, currencies converted, spellings read as one, an as-of date far
 * from the ledger, and aging by due date.
 */
function analysisNotes(input: LedgerInput, mapping: MappingResult, rows: LedgerRows, totalOpen: number): Reason[] {
  const { parsed, stage, resolved } = rows;
  return [
    ...skippedNotes(parsed.skipped, parsed.layout.voided, input.sheet, input.topLeft),
    ...stage.notes,
    ...mergedNameNotes(parsed.mergedNames, parsed.mergedNumbers),
    ...ledgerNotes(parsed.invoices, resolved.asOf, totalOpen),
    ...agedByDueDateNotes(parsed.invoices, resolved.agingBasis, input, mapping),
  ];
}

/** Where the ledger was read: its sheet, its address, its top-left cell and its size (`columns`: its widest row). */
function sourceOf(input: LedgerInput, origin: { row: number; column: number }, columns: number): Analysis["source"] {
  const rows = input.values.length;
  return {
    sheet: input.sheet,
    address: rangeAddress(input.sheet, input.topLeft, rows, columns),
    top: origin.row,
    left: origin.column,
    rowCount: rows,
    columnCount: columns,
  };
}

/** The ledger's currencies by how many rows each holds, most first (ties by code). */
function currenciesByRows(counts: Map<string, number>): Analysis["ledgerCurrencies"] {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([code, rows]) => ({ code, rows }));
}

/** Says which customer names were written in more than one way (full-width or half-width, spacing) and read as one. */
export function mergedNameNotes(merged: readonly Spelling[], numbers: readonly Spelling[] = []): Reason[] {
  const notes = numbers.length === 0 ? [] : [mergedNumbersNote(numbers)];
  if (merged.length === 0) return notes;
  const names = spellings(merged);
  return [
    reason(
      "analysis.mergedNames",
      { count: merged.length, names },
      `${merged.length} customer name spelling(s) differ only in full-width or half-width characters, spacing or invisible characters (zero-width spaces, direction marks, soft hyphens) and are read as the same customer: ${names}`,
    ),
    ...notes,
  ];
}

type Spelling = [used: string, other: string];

/** The first five spellings read as one: "other" = "used"; …. */
function spellings(merged: readonly Spelling[]): string {
  const distinct = [...new Map(merged.map(([used, other]) => [`${used}\u0000${other}`, [used, other]])).values()];
  const shown = distinct.slice(0, 5).map(([used, other]) => `"${other}" = "${used}"`);
  return distinct.length > 5 ? `${shown.join("; ")}; …` : shown.join("; ");
}

/** Says which invoice numbers differ only in letter case, width or invisible characters and are read as one invoice. */
function mergedNumbersNote(numbers: readonly Spelling[]): Reason {
  const names = spellings(numbers);
  return reason(
    "analysis.mergedInvoiceNumbers",
    { count: numbers.length, names },
    `${numbers.length} row(s) write an invoice number that differs only in letter case, full-width or half-width ` +
      "characters, spacing or invisible characters (zero-width spaces, no-break spaces, word joiners) and are read " +
      `as the same invoice: ${names}`,
  );
}

/** Says when the as-of date makes the ledger look empty: everything settled, long before the as-of date. */
export function ledgerNotes(invoices: readonly Invoice[], asOf: number, totalOpen: number): Reason[] {
  if (invoices.length === 0) return [];
  let latest = 0;
  for (let i = 0; i < invoices.length; i++) {
    const inv = invoices[i]; // an index loop: a million rows, no iterator objects while the loop is still interpreted
    latest = Math.max(latest, inv.invoiceDate ?? 0, inv.dueDate, inv.paidDate ?? 0);
  }
  const gap = asOf - latest;
  if (totalOpen === 0 && gap > 30) {
    return [
      reason(
        "analysis.allSettled",
        { latest: isoFromSerial(latest), days: gap },
        `every invoice was settled by the as-of date; the ledger's latest date is ${isoFromSerial(latest)}: choose an as-of date within the ledger's period to see it as it stood then`,
      ),
    ];
  }
  if (gap > 365) {
    return [
      reason(
        "analysis.staleAsOf",
        { latest: isoFromSerial(latest), days: gap },
        `the as-of date is ${gap} days after the ledger's latest date (${isoFromSerial(latest)})`,
      ),
    ];
  }
  return [];
}
