/** The taskpane's settings form and its translation into the engine's AnalysisSettings (no finance rules here). */
import {
  type AgingBasis,
  type AlertThresholds,
  type AnalysisSettings,
  type ColumnMapping,
  type KeptLimit,
  type DateOrder,
  type RateEntry,
  type RiskAppetite,
  todaySerial,
} from "../../engine";
import { reportingCurrency } from "./currency";

export interface SettingsForm {
  asOf: number;
  agingBasis: AgingBasis;
  /** As typed, e.g. "0, 30, 60, 90"; empty = the default for the basis. */
  agingEdges: string;
  dateOrder: DateOrder;
  riskAppetite: RiskAppetite;
  /** Analyse only this currency ("" = every row), offered when the ledger mixes currencies. */
  onlyCurrency: string;
  /** Days of sales the DSO (and CEI) look back over. */
  dsoWindowDays: number;
  /** Terms that give a due date where the ledger has neither due dates nor terms, in days. */
  defaultTermsDays: number;
  /** Currency amounts are shown in when the ledger has no currency column ("" = detected: see currency.ts). */
  currency: string;
  /** Month-ends in the KPI trend: 12 or 24. */
  trendMonths: number;
  /** Model check: days late that count as "late", and months of follow-up (engine defaults when absent). */
  lateDays?: number;
  followUpMonths?: number;
  /** Credit-limit headroom over the 12-month peak, in % (engine default 20 when absent). */
  limitHeadroomPct?: number;
  /** When each alert kind fires, in the engine's units (shares as fractions); engine defaults for what is absent. */
  alertThresholds?: Partial<AlertThresholds>;
  /** Read the date serials Excel mis-read (day/month file, month/day settings) the other way. */
  swapDateSerials?: boolean;
  /** Credit limits the user keeps (proposals accepted in the pane), saved with the workbook. */
  keptLimits?: KeptLimit[];
  /** The rates table (currency, rate to the reporting currency, date), kept with the workbook (ratesMemory.ts). */
  rates?: RateEntry[];
}

/** The kept limits with `limits` added: a customer's new entry replaces its earlier one. */
export function withKeptLimits(before: readonly KeptLimit[] | undefined, limits: readonly KeptLimit[]): KeptLimit[] {
  const names = new Set(limits.map((l) => l.customer));
  return [...(before ?? []).filter((l) => !names.has(l.customer)), ...limits];
}

export function defaultSettings(asOf = todaySerial()): SettingsForm {
  return {
    asOf,
    agingBasis: "due",
    agingEdges: "",
    dateOrder: "auto",
    riskAppetite: "balanced",
    onlyCurrency: "",
    dsoWindowDays: 90,
    defaultTermsDays: 30,
    currency: "",
    trendMonths: 12,
  };
}

/** Parses "0, 30, 60, 90" (commas, spaces or 、). Returns null when empty; throws on text that is not whole numbers. */
export function parseEdges(text: string): number[] | null {
  const parts = text.split(/[\s,，、;；]+/).filter(Boolean);
  if (parts.length === 0) return null;
  return parts.map((p) => {
    const n = Number(p);
    if (!Number.isInteger(n)) throw new Error(`"${p}" is not a whole number of days`);
    return n;
  });
}

/** The engine's settings; with `locale`, the reporting currency too (the choice, else Office's region's, else CNY). */
export function toAnalysisSettings(
  form: SettingsForm,
  mapping: Partial<ColumnMapping>,
  locale?: string,
): AnalysisSettings {
  const edges = parseEdges(form.agingEdges);
  return {
    asOf: form.asOf,
    agingBasis: form.agingBasis,
    ...(edges ? { agingEdges: edges } : {}),
    dateOrder: form.dateOrder,
    riskAppetite: form.riskAppetite,
    ...(form.onlyCurrency ? { onlyCurrency: form.onlyCurrency } : {}),
    dsoWindowDays: form.dsoWindowDays,
    defaultTermsDays: form.defaultTermsDays,
    trendMonths: form.trendMonths ?? 12,
    ...(form.lateDays !== undefined ? { lateDays: form.lateDays } : {}),
    ...(form.followUpMonths !== undefined ? { followUpMonths: form.followUpMonths } : {}),
    ...(form.limitHeadroomPct !== undefined ? { limitHeadroom: form.limitHeadroomPct / 100 } : {}),
    ...(form.alertThresholds ? { alertThresholds: { ...form.alertThresholds } } : {}),
    ...(form.swapDateSerials ? { swapDateSerials: true } : {}),
    ...(form.keptLimits && form.keptLimits.length > 0 ? { keptLimits: form.keptLimits.map((l) => ({ ...l })) } : {}),
    ...(form.rates && form.rates.length > 0 ? { rates: form.rates.map((r) => ({ ...r })) } : {}),
    ...(locale !== undefined ? { reportingCurrency: reportingCurrency(form.currency, locale) } : {}),
    mapping,
  };
}
