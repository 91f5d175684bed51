/**
 * The engine's one door: everything the taskpane, the AR.* functions and the Excel room use from src/engine.
 * Those rooms import from here only (eslint.config.mjs enforces it); the engine itself imports file by file,
 * each layer only from below (docs/ARCHITECTURE.md). A new name a room needs is added here, beside its module.
 */
export { DEFAULT_ALERT_THRESHOLDS, TOP_ALERTS } from "./analysis/alerts";
export { analyzeLedger, analyzeLedgerAsync, analyzeTrend, ANALYSIS_STAGES, withChecks } from "./analysis/analyze";
export type { AnalysisStage } from "./analysis/analyze";
export { assessmentSourcesOf, assessmentsUnpacker } from "./analysis/assessment";
export type { AssessmentFigures, PackedSources } from "./analysis/assessment";
export { ALLIANZ_GLOBAL_DSO_2023, CRF_MEDIANS_Q1_2021 } from "./analysis/benchmarks";
export { DEFAULT_HEADROOM } from "./analysis/creditLimit";
export { REPLAN_DAYS_LATE, replanMissed } from "./analysis/plans";
export { TERMS_LABELS } from "./analysis/terms";
export { LEDGER_FIELDS } from "./analysis/types";
export type {
  AgingBasis,
  Alert,
  AlertKind,
  AlertThresholds,
  Analysis,
  AnalysisBeforeChecks,
  AnalysisSettings,
  ColumnMapping,
  CustomerAction,
  CustomerAssessment,
  Installment,
  InsuranceCriterion,
  Invoice,
  KeptLimit,
  LedgerChecks,
  LedgerField,
  LedgerInput,
  MappingResult,
  PortfolioFinding,
  Reason,
  RiskAppetite,
  RowCounts,
  RowIssue,
} from "./analysis/types";
export type { CashAnalysis, CashRequest } from "./cash/cashAnalysis";
export { readFlowsRange } from "./cash/flowsRange";
export type { LeftOut } from "./cash/currencies";
export { freezePlan, readFrozenPlans } from "./cash/freeze";
export type { FrozenPlan } from "./cash/freeze";
export type { Lever } from "./cash/levers";
export { buildCashPlan } from "./cash/plan";
export { daysPayablesOutstanding } from "./cash/ratios";
export { runwayDays } from "./cash/runway";
export type { Scenario } from "./cash/scenarios";
export { DEFAULT_CASH_SETTINGS, readCashSettings } from "./cash/settings";
export type { CashSettings } from "./cash/settings";
export { REPEATS } from "./cash/types";
export type { CashPlan, DatedCents, OtherFlow, Repeat } from "./cash/types";
export { DEFAULT_PLAN_WEEKS } from "./cash/weeks";
export { parseBuyerLimits } from "./collections/buyerLimits";
export type { BuyerLimits } from "./collections/buyerLimits";
export { claimableAmount } from "./collections/deadlines";
export { buildDesk, deskGroups, hasSomethingOpen, invoicesOf, withPromiseReasons } from "./collections/desk";
export type { Desk, DeskGroups } from "./collections/desk";
export { buildClaimFile } from "./collections/documents/claimFile";
export { buildLetter } from "./collections/documents/letters";
export type { LetterStage } from "./collections/documents/letters";
export { documentText, EMPTY_COMPANY } from "./collections/documents/model";
export type { CompanyDetails, DocBlock, DocFormat, DocumentContent } from "./collections/documents/model";
export { buildStatement } from "./collections/documents/statement";
export { docT } from "./collections/documents/text";
export { INTEREST_PRESETS, interestTerms, resolveDeadlines, resolveInterest } from "./collections/letterSettings";
export type { DeskDeadlines, InterestPreset, InterestSetting } from "./collections/letterSettings";
export {
  CHANNELS,
  emptyLog,
  LOG_FIELDS,
  LOG_FORMATS,
  LOG_HEADERS,
  logRowCells,
  mapLogHeaders,
  parseContactLog,
  STAGE_WORDS,
} from "./collections/log";
export type { Channel, ContactLog, NewLogRow } from "./collections/log";
export {
  DEFAULT_DUNNING,
  DEFAULT_POLICY,
  resolveDunning,
  resolvePolicy,
  STAGES,
  validateDunning,
  validatePolicy,
} from "./collections/settings";
export type { DunningSettings, InsurerPolicy, StageId } from "./collections/settings";
export { stageOf } from "./collections/stages";
export { filterWorklist } from "./collections/worklist";
export type { WorklistFilter, WorklistItem } from "./collections/worklist";
export {
  agingTotals,
  agingTotalsOfColumns,
  bucketIndex,
  bucketLabels,
  defaultEdges,
  validateEdges,
} from "./core/aging";
export { cellText, isBlank, parseFlag, parseMoney, parseNumber } from "./core/cells";
export { compareText } from "./core/compareText";
export { isoFromSerial, parseDate, todaySerial, ymdFromSerial } from "./core/dates";
export type { DateOrder } from "./core/dates";
export { EngineError, naError, numError, valueError } from "./core/errors";
export type { ErrorParams } from "./core/errors";
export { lateInterest } from "./core/interest";
export { toCents } from "./model/money";
export { paymentPlan, replan } from "./core/paymentPlan";
export {
  arTurnover,
  averageDaysDelinquent,
  bestPossibleDso,
  cashConversionCycle,
  cashRatio,
  collectionEffectivenessIndex,
  countbackDso,
  daysSalesOutstanding,
  discountCost,
  weightedDaysLate,
  weightedDaysToPay,
} from "./core/ratios";
export { FORECAST_METHODS } from "./history/forecastBacktest";
export type { ForecastMethod } from "./history/forecastBacktest";
export { DEFAULT_FOLLOW_UP_MONTHS, DEFAULT_LATE_DAYS } from "./history/gradeBacktest";
export type { CalibrationRow } from "./history/gradeBacktest";
export { TREND_MONTH_CHOICES } from "./history/kpiTrend";
export type { KpiTrend, KpiTrendPoint } from "./history/kpiTrend";
export { trendSeries } from "./history/trendSeries";
export type { TrendFigure, TrendStep } from "./history/trendSeries";
export { columnLetters, parseCell, sheetPrefix } from "./ledger/addresses";
export { detectColumns } from "./ledger/columns";
export { currencyFromAmountTexts, currencyFromFormats, currencyOfLocale } from "./ledger/currencyFormat";
export { customerKey } from "./ledger/customerKey";
export { acceptProposals } from "./analysis/keptLimits";
export { FIRST_ADDRESSES, groupIssues } from "./ledger/issueGroups";
export type { IssueGroup } from "./ledger/issueGroups";
export { callScript } from "./collections/callScript";
export { contactOf, emptyContacts, parseContacts } from "./collections/contacts";
export type { Contact, Contacts } from "./collections/contacts";
export { missingCompanyDetails } from "./collections/documents/model";
export { buildPlanLetter, planLogRows } from "./collections/documents/planLetter";
export { earlierReminders } from "./collections/documents/reminders";
export { applicablePresets, interestFor } from "./collections/letterSettings";
export { alreadyLogged } from "./collections/logDuplicates";
export { buildToday } from "./collections/today";
export type { Today, TodayItem } from "./collections/today";
export { PREVIEW_FIELDS, previewRows } from "./ledger/previewRows";
export { convertAmount, rateFor } from "./model/rates";
export type { OriginalAmounts, RateEntry, RateSource, RateTable } from "./model/rates";
export type { CurrencyConversion, CurrencyLine, Revaluation } from "./model/conversion";
export { chineseCurrencyName, isoCurrency } from "./model/currencyNames";
export { rateTable, storedRates, type RateTableRead } from "./ledger/rateTable";
