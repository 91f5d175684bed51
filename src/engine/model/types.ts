/**
 * The engine's shared vocabulary: the plain data every layer of src/engine reads and writes — an invoice, a ledger
 * field, a reason, a customer's assessment, an alert. Plain data only (numbers, strings, arrays), so it can be
 * serialised, compared in tests and drawn by any face. Money is in currency units, exact to the cent; dates are
 * Excel serials (1900 system). The assembled result, `Analysis`, lives one floor up in analysis/types.ts.
 *
 * Every recommendation carries `reasons`: a Reason has a stable `code` and `params` that the UI translates
 * (src/taskpane/i18n), plus an English `text` used where no translation exists.
 */
import type { OriginalAmounts, RateEntry } from "./rates";

/** How to read d/m/y text such as 03/04/2025: "auto" reads it only when just one reading is possible. */
export type DateOrder = "auto" | "mdy" | "dmy";

export type AgingBasis = "due" | "invoice";
export type RiskAppetite = "conservative" | "balanced" | "growth";

/** The ledger columns AR Lens understands. */
export type LedgerField =
  | "customer"
  | "invoiceNumber"
  | "invoiceDate"
  | "dueDate"
  | "amount"
  | "paidAmount"
  | "openAmount"
  | "paidDate"
  | "disputed"
  | "currency"
  | "terms"
  | "insuredLimit"
  | "localAmount"
  | "bookedRate"
  | "creditLimit";

export const LEDGER_FIELDS: readonly LedgerField[] = [
  "customer",
  "invoiceNumber",
  "invoiceDate",
  "dueDate",
  "amount",
  "paidAmount",
  "openAmount",
  "paidDate",
  "disputed",
  "currency",
  "terms",
  "insuredLimit",
  "localAmount",
  "bookedRate",
  "creditLimit",
];

/** Column index (0-based, within the analysed range) of each field, or null when the ledger has no such column. */
export type ColumnMapping = Record<LedgerField, number | null>;

export interface AnalysisSettings {
  /** The as-of date (Excel serial). */
  asOf: number;
  agingBasis: AgingBasis;
  /** Bucket edges in days; default [0, 30, 60, 90] by due date, [30, 60, 90] by invoice date. */
  agingEdges?: number[];
  dateOrder: DateOrder;
  /** ISO currency code shown with amounts; default: the one analysed, else the ledger's currency column, else "CNY". */
  currency?: string;
  /** Analyse only the rows in this currency (a ledger mixing currencies); the other rows are listed as excluded. */
  onlyCurrency?: string | null;
  /**
   * The company's currency, every converted figure is in (本币): a ledger holding another currency is converted to it
   * (ledger/convertCurrencies.ts). Default: `currency`, else CNY. The taskpane passes Office's region currency.
   */
  reportingCurrency?: string | null;
  /** The user's rates table (currency, rate to the reporting currency, date), used where the ledger has no rate. */
  rates?: RateEntry[];
  riskAppetite: RiskAppetite;
  /** Term used to derive a due date when the ledger has neither due dates nor terms (days). Default 30. */
  defaultTermsDays?: number;
  /** Window for the period-method DSO, in days ending on the as-of date. Default 90. */
  dsoWindowDays?: number;
  /** Month-ends in the KPI trend: 12 (default) or 24. */
  trendMonths?: number;
  /** Model check: months of follow-up after each month-end (default 6) and days late that count as late (default 5). */
  followUpMonths?: number;
  lateDays?: number;
  /** Credit limit headroom over the customer's 12-month peak balance (fraction, default 0.2). */
  limitHeadroom?: number;
  /** Alert thresholds (alerts.ts); each defaults. */
  alertThresholds?: Partial<AlertThresholds>;
  /** Credit limits the user keeps (a limits range, the insurer's buyer limits, proposals accepted in the pane). */
  keptLimits?: KeptLimit[];
  /** Columns chosen by the user; overrides detection field by field. */
  mapping?: Partial<ColumnMapping>;
  /** Header row chosen by the user (0-based within the range); default: detected. */
  headerRow?: number;
  /** Read the serials of the date columns Excel mis-read with day and month exchanged (the user's choice). */
  swapDateSerials?: boolean;
}

/** The settings an analysis ran with: every default filled in. */
export type ResolvedSettings = Required<
  Omit<
    AnalysisSettings,
    | "mapping"
    | "headerRow"
    | "agingEdges"
    | "currency"
    | "onlyCurrency"
    | "alertThresholds"
    | "swapDateSerials"
    | "keptLimits"
    | "reportingCurrency"
    | "rates"
  >
> & {
  swapDateSerials?: boolean;
  alertThresholds: AlertThresholds;
  agingEdges: number[];
  currency: string;
  onlyCurrency: string | null;
  /** The rates to `currency` the analysis converted with (the cash plan uses the same); absent: none. */
  rates?: RateEntry[];
};

export interface Reason {
  code: string;
  params: Record<string, number | string>;
  /** English text with the figures filled in (fallback when the UI has no translation for `code`). */
  text: string;
}

export type MappingSource = "header" | "content" | "user" | "missing";

export interface MappingResult {
  /** 0-based index of the header row within the range (-1 if the range has no header row). */
  headerRow: number;
  headers: string[];
  columns: ColumnMapping;
  source: Record<LedgerField, MappingSource>;
  /** Notes on the mapping, e.g. "no due-date column: due dates derived from invoice date + 30 days". */
  notes: Reason[];
  /** The order of the ledger's slash dates, inferred from its unambiguous ones; used while the setting is "auto". */
  dateOrder: "mdy" | "dmy" | null;
  /** Why the money columns must be confirmed before analysing (ledger/moneyColumns.ts); empty or absent: none. */
  confirm?: Reason[];
  /** The accounting system and report the layout's signature names (ledger/systems.ts); null when none. */
  system?: KnownSystem | null;
  /** Date columns mixing serials with day/month-only text dates: Excel swapped the serials (swappedSerials.ts). */
  swappedSerials?: SwappedSerials | null;
}

/** An accounting system's report recognised by its layout's signature (ledger/systems.ts). */
export interface KnownSystem {
  id: string;
  /** The system and report, as its users know them (English and Chinese). */
  name: { en: string; zh: string };
}

/** Date columns whose serials Excel read month-first although the column is day/month (ledger/swappedSerials.ts). */
export interface SwappedSerials {
  /** The columns (0-based) mixing serials with day/month-only text dates. */
  columns: number[];
  /** A text date that can only be day/month, to show the user. */
  example: string;
}

/** The source range the analysis read. */
export interface SourceInfo {
  sheet: string;
  /** Address of the whole range, e.g. "Sheet1!A1:L2467". */
  address: string;
  /** 0-based row and column of the range's top-left cell on its sheet. */
  top: number;
  left: number;
  rowCount: number;
  columnCount: number;
}

export interface Invoice {
  /** 0-based row index within the range (its address: cellAddress(sheet, topLeft, row, column)). */
  row: number;
  customer: string;
  invoiceNumber: string;
  invoiceDate: number | null;
  dueDate: number;
  dueDateDerived: boolean;
  /** Billed amount; negative for a credit note. */
  amount: number;
  /** Paid on or before the as-of date. */
  paidAmount: number;
  /** Date of the (last) payment when settled on or before the as-of date; null while open. */
  paidDate: number | null;
  /** amount − paidAmount as of the as-of date (to the cent). */
  openAmount: number;
  disputed: boolean;
  currency: string | null;
  termsDays: number | null;
  /**
   * Set when the invoice was billed in another currency and converted to the reporting one: amount, paidAmount and
   * openAmount above are then in the reporting currency, and this keeps the originals (原币) and the rate used.
   */
  original?: OriginalAmounts;
}

/** A row that could not be used (excluded) or was used with a caveat (warning), with its cell address. */
export interface RowIssue {
  row: number;
  /** The offending cell, e.g. "Sheet1!D17" (the row's first cell when no single cell is to blame). */
  address: string;
  field: LedgerField | null;
  severity: "excluded" | "warning";
  reason: Reason;
}

export interface RowCounts {
  /** Rows below the header row. */
  dataRows: number;
  invoices: number;
  /** Rows read as a further payment of an invoice above them (one row per payment): counted in that invoice. */
  payments: number;
  excluded: number;
  blank: number;
}

export interface AgingTable {
  basis: AgingBasis;
  edges: number[];
  /** Language-neutral labels: "Current", "1-30", "31-60", "61-90", "91+" (by due date) or "0-30", …, "91+". */
  labels: string[];
  totals: number[];
  total: number;
  byCustomer: { customer: string; buckets: number[]; total: number }[];
}

export interface PortfolioSummary {
  currency: string;
  asOf: number;
  totalOpen: number;
  currentOpen: number;
  overdueOpen: number;
  /** Shares as fractions (0.25 = 25 %). */
  overdueShare: number;
  over90Share: number;
  invoiceCount: number;
  openInvoiceCount: number;
  customerCount: number;
  dsoWindowDays: number;
  creditSalesInWindow: number;
  /** Period-method DSO over the window; null when there were no credit sales in the window. */
  dso: number | null;
  bestPossibleDso: number | null;
  averageDaysDelinquent: number | null;
  /** Open amount on the first day of the window (what was invoiced by then, less what was paid by then). */
  openAtWindowStart: number;
  /** Collection effectiveness index (CRF) over the window, in %; null where undefined (e.g. no sales in it). */
  collectionEffectivenessIndex: number | null;
  /** Σ(amount × days to pay) / Σ amount over paid invoices; null without paid history. */
  weightedDaysToPay: number | null;
  weightedDaysLate: number | null;
  disputedOpen: number;
  /** Disputed open amount per aging bucket (same labels as the aging table). */
  disputedAging: number[];
}

export type TermsCode = "NET60" | "NET45" | "NET30" | "NET15" | "DEPOSIT" | "CIA" | "LC";
export type PaymentMethod =
  "openAccount" | "openAccountInsured" | "documentaryCollection" | "letterOfCredit" | "cashInAdvance";

export interface TermsRecommendation {
  code: TermsCode;
  /** Net days granted (0 for cash in advance / letter of credit). */
  days: number;
  /** Deposit asked before shipment, as a fraction of the order (0 when none). */
  depositShare: number;
  paymentMethod: PaymentMethod;
  reasons: Reason[];
}

/** A credit limit the user keeps for a customer: "over limit" is measured against it (keptLimits.ts). */
export interface KeptLimit {
  customer: string;
  amount: number;
  /** Where it comes from: typed in a limits range, the insurer's buyer limit, or AR Lens's proposal accepted. */
  source: "user" | "insurer" | "accepted";
}

export interface CreditLimitRecommendation {
  /** AR Lens's proposal (never an approved limit): for secured terms, the balance as it stands (no new credit). */
  amount: number;
  /** Secured terms: no new open-account credit, the existing balance collected as it falls due. */
  secured?: boolean;
  /** Average monthly credit sales over the customer's history (up to the last 12 months). */
  monthlySales: number;
  /** Peak exposure × (1 + headroom), before the grade's cut. */
  neededExposure: number;
  /** Highest open balance at a day-end in the last 12 months, and that day (serial). */
  peakExposure: number;
  peakDate: number;
  /** Headroom over the peak (fraction, 0.2 = 20 %). */
  headroom: number;
  /** Factor applied for the grade (1 = full need, 0 = cash in advance). */
  gradeFactor: number;
  reasons: Reason[];
}

export interface CustomerAssessment {
  customer: string;
  openAmount: number;
  overdueAmount: number;
  /** Share of total open AR (fraction). */
  shareOfAR: number;
  buckets: number[];
  invoiceCount: number;
  openInvoiceCount: number;
  paidInvoiceCount: number;
  paidLateCount: number;
  paidLateAmount: number;
  /** Share of paid invoices paid late (fraction), null without paid history. */
  lateShare: number | null;
  weightedDaysLate: number | null;
  weightedDaysToPay: number | null;
  /** Weighted days late on invoices paid in the last 90 days, and before; trend = recent − earlier. */
  recentDaysLate: number | null;
  earlierDaysLate: number | null;
  trend: number | null;
  /** Days-beyond-terms score (PAYDEX-like, 100 best … below 20 worst); null without paid history. */
  paydex: number | null;
  paydexBand: "low" | "medium" | "high" | null;
  /** Share of the open balance over 60 days past due (fraction). */
  over60Share: number;
  disputedOpen: number;
  disputedShare: number;
  /** Days from the first invoice to the as-of date. */
  historyDays: number;
  /** Grade 1 (lowest risk) … 10 (highest risk). */
  grade: number;
  /** The grade's risk score, in days late (grade.ts). */
  riskScore: number;
  gradeReasons: Reason[];
  terms: TermsRecommendation;
  creditLimit: CreditLimitRecommendation;
  /** The limit the user keeps for this customer, when there is one (settings.keptLimits). */
  keptLimit?: KeptLimit | null;
  /** Open balance above the kept limit (false without one: AR Lens's proposal is not a limit). */
  overLimit: boolean;
  /** The grade terms and the proposal are set from: the grade against the portfolio's norm (portfolioNorm.ts). */
  termsGrade?: number;
  insuranceAdvised: boolean;
  insuranceReasons: Reason[];
}

export interface Installment {
  number: number;
  dueDate: number;
  payment: number;
  interest: number;
  principal: number;
  /** Balance left after this installment. */
  remaining: number;
}

export interface PaymentPlanProposal {
  customer: string;
  grade: number;
  overdueBalance: number;
  downPayment: number;
  installments: number;
  periodMonths: number;
  annualRate: number;
  firstDueDate: number;
  schedule: Installment[];
  /** Unpaid overdue installments reaching this amount (1/5 of the total price, PRC Civil Code art. 634) allow acceleration. */
  accelerationThreshold: number;
  /** The schedule if the first installment is missed: the missed amount (with late interest) spread over the rest. */
  replan: { missedInstallment: number; lateInterest: number; schedule: Installment[] };
  reasons: Reason[];
}

/** When each alert kind fires (alerts.ts, defaults in DEFAULT_ALERT_THRESHOLDS). */
export interface AlertThresholds {
  /** Deterioration: paying this many days later in the last 90 days than before… */
  deteriorationDays: number;
  /** …and at least this many days late recently. */
  deteriorationRecentDays: number;
  /** Over 90: at least this share of the customer's open balance more than 90 days past due. */
  over90Share: number;
  /** Old dispute: disputed invoices more than this many days past due. */
  oldDisputeDays: number;
  /** Concentration: one customer above this share of AR; the five largest above the second. */
  singleShare: number;
  topFiveShare: number;
  /** Over limit: the excess must be at least this share of the limit (0 = any excess). */
  overLimitShare: number;
}

export type AlertKind = "deteriorating" | "overLimit" | "over90" | "concentration" | "oldDispute";

export interface Alert {
  kind: AlertKind;
  severity: "high" | "medium" | "low";
  customer: string | null;
  amount: number | null;
  reason: Reason;
  /** Likelihood of not being paid on time, from the customer's grade (alerts.ts). */
  likelihood: number;
  /** Money at risk = amount × likelihood, to the cent: the action list is ranked by it. */
  atRisk: number;
  /** The one concrete next step. */
  action: Reason;
}

/** One customer's entry in the action list: its signals combined, the overdue amount, one next step. */
export interface CustomerAction {
  customer: string;
  grade: number;
  /** The signals that fired for it (kinds said once as portfolio findings are left out). */
  kinds: AlertKind[];
  reasons: Reason[];
  overdueAmount: number;
  openAmount: number;
  /** The largest money at risk of its signals (no double counting of the same balance). */
  atRisk: number;
  severity: "high" | "medium" | "low";
  action: Reason;
}

/** A signal that fires for more than a third of the customers: a finding about the business, said once. */
export interface PortfolioFinding {
  kind: AlertKind | "latePayers" | "topFive";
  customers: number;
  /** Share of all customers (fraction). */
  share: number;
  amount: number;
  reason: Reason;
  action: Reason;
}

export interface InsuranceCriterion {
  id:
    | "creditSalesShare"
    | "largestCustomerShare"
    | "topFiveShare"
    | "herfindahl"
    | "unprovenLargeExposures"
    | "volatileBehaviour";
  /** A risk criterion counts toward the verdict; the precondition (sales on credit) is shown, not counted. */
  role: "precondition" | "risk";
  met: boolean;
  figure: number;
  threshold: number;
  reason: Reason;
}

export interface InsuranceCheck {
  verdict: "advised" | "consider" | "notNeeded";
  criteria: InsuranceCriterion[];
  reasons: Reason[];
}

export interface ForecastWeek {
  /** 1..13 */
  week: number;
  /** First and last day of the week (serials); week 1 starts the day after the as-of date. */
  start: number;
  end: number;
  expected: number;
}

export interface CollectionForecast {
  asOf: number;
  weeks: ForecastWeek[];
  /** Expected after week 13. */
  beyond: number;
  /** Expected never to be collected (long overdue × (1 − probability)) plus disputed. */
  doubtful: number;
  /** weeks + beyond + doubtful = total open undisputed + disputed (to the cent). */
  total: number;
  reasons: Reason[];
}

/** Input to analyzeLedger: the range as Excel returns it (header row first) plus where it came from. */
export interface LedgerInput {
  values: unknown[][];
  /** Optional number formats of the same shape (helps tell dates from numbers). */
  numberFormats?: string[][];
  sheet: string;
  /** Top-left cell of the range, e.g. "A1". */
  topLeft: string;
}

/** What the per-customer models need besides the customer's own invoices. */
export interface AssessmentContext {
  asOf: number;
  agingBasis: AgingBasis;
  agingEdges: number[];
  riskAppetite: RiskAppetite;
  currency: string;
  /** Total open AR of the portfolio (for shares and concentration). */
  totalOpen: number;
  /** Portfolio weighted days late, used for customers without paid history; null when nobody has paid history. */
  portfolioDaysLate: number | null;
  /** Credit limit headroom over the 12-month peak (default 0.2). */
  limitHeadroom?: number;
  /** Limits the user keeps, by customerKey (keptLimits.ts). */
  keptLimits?: ReadonlyMap<string, KeptLimit>;
  /** Multiplier on (1 + score) that sets terms relative to the portfolio's norm (portfolioNorm.ts); 1 = absolute. */
  normFactor?: number;
  /** Days past due still counted as on terms for the limit's floor (the norm's median score; 0 = not yet due). */
  normDays?: number;
}
