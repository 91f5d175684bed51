/**
 * The whole ledger analysis: range → column mapping → invoices and row issues → portfolio → customers (grade,
 * terms, limit, insurance) → payment plans → alerts → insurance-need check → 13-week forecast.
 * Pure data in, pure data out: the taskpane, the report sheet, AR.* functions and the preview all render this.
 * `hooks.onStage` lets a caller show progress and stop a long run between stages (throw from it to cancel).
 */
import { defaultEdges, validateEdges } from "../core/aging";
import { EngineError, valueError } from "../core/errors";
import { parseCell, rangeAddress } from "../ledger/addresses";
import { detectColumns } from "../ledger/columns";
import { parseLedger } from "../ledger/parseLedger";
import { agedByDueDateNotes } from "../ledger/agingBasisNotes";
import { reconcile } from "../ledger/reconcile";
import { skippedNotes } from "../ledger/skippedRows";
import { convertLedger, ratesInUse } from "./currencyStage";
import { buildAlerts, resolveAlertThresholds } from "./alerts";
import { buildActions } from "./actions";
import { portfolioFindings } from "./findings";
import { keptLimitMap } from "./keptLimits";
import { ledgerLimits } from "./ledgerLimits";
import { DEFAULT_HEADROOM } from "./creditLimit";
import { customerHistories } from "../history/customerHistory";
import { DEFAULT_FOLLOW_UP_MONTHS, DEFAULT_LATE_DAYS } from "../history/gradeBacktest";
import { ledgerChecks } from "../history/checksCache";
import { assessCustomers, groupByCustomer } from "./customers";
import { forecastCollections, readHistoryHabits } from "./forecast";
import { checkInsurance } from "./insurance";
import { proposePaymentPlans } from "./plans";
import { summarizePortfolio } from "./portfolio";
import { MAX_SERIAL, isValidSerial, isoFromSerial } from "../core/dates";
import { reason } from "../model/reason";
import { DEFAULT_TREND_MONTHS, TREND_MONTH_CHOICES, kpiTrend } from "../history/kpiTrend";
import type { Analysis, AnalysisSettings, Invoice, LedgerInput, MappingResult, Reason } from "./types";
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
}

export function resolveSettings(settings: AnalysisSettings, ledgerCurrency: string | null): Analysis["settings"] {
  // The one validation error the analysis raises on purpose (a setting, not the ledger: the ledger's problems are
  // row issues). The as-of date must be a date Excel can show, so that every date derived from it is one too.
  if (typeof settings.asOf !== "number" || !isValidSerial(settings.asOf)) {
    throw new EngineError(
      "value",
      `as-of date: ${settings.asOf} is not a date from 1 (1900-01-01) to ${MAX_SERIAL} (9999-12-31)`,
      { code: "analysis.badAsOf", params: { asOf: String(settings.asOf) } },
    );
  }
  const agingEdges = settings.agingEdges ?? defaultEdges(settings.agingBasis);
  validateEdges(agingEdges, { setting: "aging edges" });
  const dsoWindowDays = settings.dsoWindowDays ?? DEFAULT_DSO_WINDOW_DAYS;
  if (!Number.isInteger(dsoWindowDays) || dsoWindowDays < 1 || dsoWindowDays > 3660)
    throw valueError(
      "days.wholeRange",
      { setting: "DSO window", value: dsoWindowDays, min: 1, max: 3660 },
      `DSO window: ${dsoWindowDays} must be a whole number of days from 1 to 3660`,
    );
  const onlyCurrency = settings.onlyCurrency ? settings.onlyCurrency.trim().toUpperCase() || null : null;
  const defaultTermsDays = settings.defaultTermsDays ?? DEFAULT_TERMS_DAYS;
  if (!Number.isInteger(defaultTermsDays) || defaultTermsDays < 0 || defaultTermsDays > 3660)
    throw valueError(
      "days.wholeRange",
      { setting: "default terms", value: defaultTermsDays, min: 0, max: 3660 },
      `default terms: ${defaultTermsDays} must be a whole number of days from 0 to 3660`,
    );
  const trendMonths = settings.trendMonths ?? DEFAULT_TREND_MONTHS;
  if (!(TREND_MONTH_CHOICES as readonly number[]).includes(trendMonths))
    throw valueError(
      "setting.trendMonths",
      { setting: "trend months", value: trendMonths },
      `trend months: ${trendMonths} must be 12 or 24`,
    );
  const followUpMonths = settings.followUpMonths ?? DEFAULT_FOLLOW_UP_MONTHS;
  if (!Number.isInteger(followUpMonths) || followUpMonths < 1 || followUpMonths > 24)
    throw valueError(
      "setting.followUp",
      { setting: "model check follow-up", value: followUpMonths },
      `model check follow-up: ${followUpMonths} must be a whole number of months from 1 to 24`,
    );
  const lateDays = settings.lateDays ?? DEFAULT_LATE_DAYS;
  if (!Number.isFinite(lateDays) || lateDays < 0 || lateDays > 365)
    throw valueError(
      "setting.lateDays",
      { setting: "model check days late", value: lateDays },
      `model check days late: ${lateDays} must be a number of days from 0 to 365`,
    );
  const limitHeadroom = settings.limitHeadroom ?? DEFAULT_HEADROOM;
  if (!Number.isFinite(limitHeadroom) || limitHeadroom < 0 || limitHeadroom > 5)
    throw valueError(
      "setting.headroom",
      { setting: "limit headroom", value: limitHeadroom },
      `limit headroom: ${limitHeadroom} must be a share from 0 to 5 (0.2 = 20 %)`,
    );
  const alertThresholds = resolveAlertThresholds(settings.alertThresholds);
  validateKeptLimits(settings.keptLimits);
  for (const [name, value] of Object.entries(alertThresholds)) {
    if (!Number.isFinite(value) || value < 0)
      throw valueError(
        "setting.alertThreshold",
        { key: name, value },
        `alert threshold ${name}: ${value} must be a number of 0 or more`,
      );
  }
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
  const steps = analysisSteps(input, settings, cash);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    hooks.onStage?.(step.value, ANALYSIS_STAGES.indexOf(step.value), ANALYSIS_STAGES.length);
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
  const steps = analysisSteps(input, settings, options.cash);
  for (;;) {
    if (options.signal?.aborted) throw Object.assign(new Error("Cancelled"), { name: "AbortError" });
    const step = steps.next();
    if (step.done) return step.value;
    options.onStage?.(step.value, ANALYSIS_STAGES.indexOf(step.value), ANALYSIS_STAGES.length);
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

function readRows(input: LedgerInput, settings: AnalysisSettings, base: Analysis["settings"], mapping: MappingResult) {
  const dateOrder = settings.dateOrder === "auto" ? (mapping.dateOrder ?? "auto") : settings.dateOrder;
  const { asOf, defaultTermsDays, onlyCurrency } = base;
  const swapDateSerials = settings.swapDateSerials;
  const read = parseLedger(input, mapping, { asOf, dateOrder, defaultTermsDays, onlyCurrency, swapDateSerials });
  const stage = convertLedger(input, mapping, read, settings, DEFAULT_CURRENCY); // several currencies → one
  const currency = stage.currency ?? (settings.currency || base.onlyCurrency || read.currency || DEFAULT_CURRENCY);
  const fromColumns = ledgerLimits(input, mapping.columns, stage.parsed.invoices); // the ledger's own limit columns
  if (fromColumns.issues.length > 0) stage.parsed.issues = [...stage.parsed.issues, ...fromColumns.issues];
  const rates = ratesInUse(settings, currency, DEFAULT_CURRENCY);
  const resolved = { ...base, currency, ...(rates.length > 0 ? { rates } : {}) };
  return { parsed: stage.parsed, resolved, read, stage, fromColumns };
}

/** The analysis as a sequence of stages: yields each stage's name before doing it, returns the Analysis. */
function* analysisSteps(
  input: LedgerInput,
  settings: AnalysisSettings,
  cash?: CashRequest,
): Generator<AnalysisStage, Analysis> {
  const origin = parseCell(input.topLeft);
  yield "mapping";
  const base = resolveSettings(settings, null); // validates before any work
  const mapping = mapColumns(input, settings);
  yield "rows";
  const { parsed, resolved, read, stage, fromColumns } = readRows(input, settings, base, mapping);
  yield "portfolio";
  const { portfolio, aging } = summarizePortfolio(parsed.invoices, resolved);
  const trend = trendOf(parsed.invoices, resolved);
  yield "customers";
  const byCustomer = groupByCustomer(parsed.invoices);
  const histories = customerHistories(byCustomer);
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
  yield "plans";
  const plans = proposePaymentPlans(customers, byCustomer, resolved.asOf);
  yield "alerts";
  const alerts = buildAlerts(customers, byCustomer, resolved.asOf, resolved.alertThresholds);
  const findings = portfolioFindings(customers, alerts);
  const actions = buildActions(customers, alerts, findings);
  const insurance = checkInsurance(customers, parsed.invoices);
  yield "forecast";
  const typical = new Map(customers.map((c) => [c.customer, c.weightedDaysLate]));
  const habits = readHistoryHabits(histories, resolved.asOf); // read once: the forecast and the cash plan's scenarios share it
  const forecast = forecastCollections(byCustomer, typical, portfolio.weightedDaysLate, resolved.asOf, {
    habits,
    histories,
  });
  // The model check and the forecast's backtest, once per ledger (checksCache.ts): a display setting changed since
  // the last run reuses them.
  const { modelCheck, forecastCheck: checked } = ledgerChecks(parsed.invoices, histories, resolved);
  const layoutNotes = skippedNotes(parsed.skipped, parsed.layout.voided, input.sheet, input.topLeft);
  const reconciliation = reconcile({
    values: input.values,
    mapping,
    invoices: read.invoices, // as the export holds them (原币): its totals are in its own currencies
    totals: parsed.layout.totals,
    rows: parsed.layout.rows,
    skipped: parsed.skipped,
    voided: parsed.layout.voided,
  });
  const notes = [
    ...layoutNotes,
    ...stage.notes,
    ...mergedNameNotes(parsed.mergedNames, parsed.mergedNumbers),
    ...ledgerNotes(parsed.invoices, resolved.asOf, portfolio.totalOpen),
    ...agedByDueDateNotes(parsed.invoices, resolved.agingBasis, input, mapping),
  ];
  // The cash plan, when asked for: part of the forecast stage.
  const cashPlan = cash
    ? cashForAnalysis({ settings: resolved, customers, portfolio }, byCustomer, cash, habits)
    : undefined;
  const rows = input.values.length;
  const columns = input.values.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
  return {
    settings: resolved,
    source: {
      sheet: input.sheet,
      address: rangeAddress(input.sheet, input.topLeft, rows, columns),
      top: origin.row,
      left: origin.column,
      rowCount: rows,
      columnCount: columns,
    },
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
    kpiTrend: trend,
    modelCheck,
    forecastCheck: checked,
    notes,
    ...(cashPlan ? { cash: cashPlan } : {}),
    reconciliation,
    ...(stage.conversion ? { conversion: stage.conversion } : {}),
    ledgerCurrencies: [...parsed.ledgerCurrencies]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([code, rows]) => ({ code, rows })),
  };
}

/** Kept credit limits must name a customer and be an amount of 0 or more. */
function validateKeptLimits(limits: AnalysisSettings["keptLimits"]): void {
  for (const [i, l] of (limits ?? []).entries()) {
    if (
      typeof l?.customer !== "string" ||
      l.customer.trim() === "" ||
      typeof l.amount !== "number" ||
      !Number.isFinite(l.amount) ||
      l.amount < 0
    ) {
      throw valueError(
        "setting.keptLimit",
        { index: i + 1, customer: String(l?.customer ?? ""), value: String(l?.amount) },
        `kept credit limit ${i + 1} (${String(l?.customer ?? "")}): ${String(l?.amount)} must be an amount of 0 or more for a named customer`,
      );
    }
  }
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
