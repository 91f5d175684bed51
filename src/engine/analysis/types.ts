/**
 * The analysis contract: what analyzeLedger produces from a ledger range and what the taskpane, the report sheet
 * and the preview render. The vocabulary it is made of (Invoice, Reason, CustomerAssessment, …) lives in
 * src/engine/model/types.ts and is re-exported here, so `import … from "analysis/types"` keeps working.
 */
import type { CashAnalysis } from "../cash/cashAnalysis";
import type { ForecastCheck } from "../history/forecastCheck";
import type { ModelCheck } from "../history/gradeBacktest";
import type { KpiTrend } from "../history/kpiTrend";
import type { Reconciliation } from "../ledger/reconcile";
import type { CurrencyConversion } from "../model/conversion";
import type {
  AgingTable,
  Alert,
  CollectionForecast,
  CustomerAction,
  CustomerAssessment,
  InsuranceCheck,
  MappingResult,
  PaymentPlanProposal,
  PortfolioFinding,
  PortfolioSummary,
  Reason,
  ResolvedSettings,
  RowCounts,
  RowIssue,
  SourceInfo,
} from "../model/types";

export * from "../model/types";

export interface Analysis {
  settings: ResolvedSettings;
  source: SourceInfo;
  mapping: MappingResult;
  counts: RowCounts;
  issues: RowIssue[];
  portfolio: PortfolioSummary;
  aging: AgingTable;
  customers: CustomerAssessment[];
  plans: PaymentPlanProposal[];
  alerts: Alert[];
  /** One action per customer, ranked by money at risk, at most a fifth of the customers (actions.ts). */
  actions?: CustomerAction[];
  /** Signals that fire for much of the portfolio, said once (findings.ts). */
  findings?: PortfolioFinding[];
  insurance: InsuranceCheck;
  forecast: CollectionForecast;
  /** The portfolio's KPIs at each of the last 12 (or 24) month-ends (src/engine/history/kpiTrend.ts). */
  kpiTrend: KpiTrend;
  /** The grade's backtest on this ledger's own history (history/gradeBacktest.ts). */
  modelCheck: ModelCheck;
  /** The forecast's backtest on this ledger's own history against the naive methods (history/forecastCheck.ts). */
  forecastCheck: ForecastCheck;
  /** Notes on the analysis as a whole, e.g. an as-of date long after the ledger's last date. */
  notes: Reason[];
  /** Currencies in the ledger's currency column with their row counts, most rows first (empty without one). */
  ledgerCurrencies: { code: string; rows: number }[];
  /** The export's own subtotal and total rows compared with what was counted (ledger/reconcile.ts); null without. */
  reconciliation?: Reconciliation | null;
  /** A ledger in several currencies converted to the reporting one: per currency 原币, rate, 本币 (currencyStage.ts). */
  conversion?: CurrencyConversion | null;
  /** The cash plan (src/engine/cash), present when the analysis was asked for it. */
  cash?: CashAnalysis;
}

/** The analysis's proof on the ledger's own history: the grade's and the forecast's backtests. */
export type LedgerChecks = Pick<Analysis, "modelCheck" | "forecastCheck">;

/**
 * The analysis without its proof, as the taskpane shows it first: the checks take a third of the time or more and only
 * two sections and the report read them, so they follow (analyze.ts hooks.onResultsBeforeChecks).
 */
export type AnalysisBeforeChecks = Omit<Analysis, keyof LedgerChecks>;
