/**
 * The cash plan's settings, with documented defaults (docs/METRICS.md "Cash plan", "Collections and insurance"):
 * - stress: customers 15 and 30 days later than their habit; the largest customer (or one picked) pays nothing;
 *   nothing collected over 90 days past due.
 * - trade-credit insurance: off by default; indemnity 90 % (with approved buyer limits; about 60 % on basic cover
 *   without named limits — Allianz Trade SME policy); protracted default declared 60 days after the due date (ICISA);
 *   the insurer pays after a waiting period, default 150 days after the declaration (policies commonly state
 *   3–6 months: a setting, never a fact about a given policy).
 * - borrowing rate 8 % a year (compared with an early-payment discount's annual cost); discount offered 2/10.
 * - receivables finance: advance 80 % (typical 70–90 %), fee 2 % per 30 days (typical 1–5 %), grades 1–6 eligible.
 * - DIO 0 days (a service company; set it for a business that holds stock).
 * - currency stress: the foreign currency with the most open receivables 5 % weaker against the reporting currency.
 */
import { valueError } from "../core/errors";
import { REPEATS, type OtherFlow, type Repeat } from "./types";
import { checkPlanWeeks, DEFAULT_PLAN_WEEKS } from "./weeks";

export interface InsuranceSettings {
  insured: boolean;
  indemnityShare: number;
  protractedDefaultDays: number;
  waitingPeriodDays: number;
}

export interface CashSettings {
  openingCash: number;
  minimumCash: number;
  /** Undrawn credit line available. */
  creditLine: number;
  weeks: number;
  flows: OtherFlow[];
  /** Days later than the habit for scenario (a), one scenario each. */
  stressLateDays: number[];
  /** Customer for scenario (b); null = the largest open balance. */
  stressCustomer: string | null;
  /** Scenario (c): nothing collected more than this many days past due. */
  stressMaxDaysPastDue: number;
  /** The currency scenario's currency (ISO code); null = the foreign currency with the most open receivables. */
  stressCurrency: string | null;
  /** The currency scenario's move against the reporting currency: −0.05 = 5 % weaker. */
  stressCurrencyMove: number;
  insurance: InsuranceSettings;
  borrowingRate: number;
  discountRate: number;
  discountDays: number;
  advanceRate: number;
  factoringFeePer30Days: number;
  factoringMaxGrade: number;
  dioDays: number;
}

export const DEFAULT_CASH_SETTINGS: CashSettings = {
  openingCash: 0,
  minimumCash: 0,
  creditLine: 0,
  weeks: DEFAULT_PLAN_WEEKS,
  flows: [],
  stressLateDays: [15, 30],
  stressCustomer: null,
  stressMaxDaysPastDue: 90,
  stressCurrency: null,
  stressCurrencyMove: -0.05,
  insurance: { insured: false, indemnityShare: 0.9, protractedDefaultDays: 60, waitingPeriodDays: 150 },
  borrowingRate: 0.08,
  discountRate: 0.02,
  discountDays: 10,
  advanceRate: 0.8,
  factoringFeePer30Days: 0.02,
  factoringMaxGrade: 6,
  dioDays: 0,
};

// `name` is the setting's English name; the message says it in the taskpane's language (src/i18n/functionErrors.ts).
const share = (v: number, name: string) => {
  if (!Number.isFinite(v) || v < 0 || v > 1)
    throw valueError(
      "share.fraction",
      { setting: name, value: v },
      `${name}: ${v} must be a fraction from 0 to 1 (0.9 = 90 %)`,
    );
};
const days = (v: number, name: string) => {
  if (!Number.isInteger(v) || v < 0 || v > 3660)
    throw valueError(
      "days.wholeRange",
      { setting: name, value: v, min: 0, max: 3660 },
      `${name}: ${v} must be a whole number of days from 0 to 3660`,
    );
};
const amount = (v: number, name: string) => {
  if (!Number.isFinite(v))
    throw valueError("amount.notAmount", { setting: name, value: v }, `${name}: ${v} is not an amount`);
};

/** The currency scenario: a three-letter code (or none), a move above −100 % and at most +100 %. */
function checkCurrencyStress(currency: string | null, move: number): void {
  if (currency !== null && !/^[A-Za-z]{3}$/.test(currency.trim()))
    throw valueError(
      "currency.code",
      { setting: "stress: currency", value: currency },
      `stress: currency: "${currency}" is not a three-letter currency code such as USD`,
    );
  if (!Number.isFinite(move) || move <= -1 || move > 1)
    throw valueError(
      "currency.move",
      { setting: "stress: currency move", value: move },
      `stress: currency move: ${move} must be more than -1 and at most 1 (-0.05 = 5 % weaker)`,
    );
}

/** The settings with defaults filled in and checked; a message names the setting and what was expected. */
export function resolveCashSettings(partial: Partial<CashSettings> = {}): CashSettings {
  const s: CashSettings = {
    ...DEFAULT_CASH_SETTINGS,
    ...partial,
    insurance: { ...DEFAULT_CASH_SETTINGS.insurance, ...(partial.insurance ?? {}) },
  };
  amount(s.openingCash, "opening cash");
  amount(s.minimumCash, "minimum cash");
  amount(s.creditLine, "credit line");
  if (s.creditLine < 0)
    throw valueError(
      "amount.negative",
      { setting: "credit line", value: s.creditLine },
      `credit line: ${s.creditLine} must not be negative`,
    );
  checkPlanWeeks(s.weeks, { setting: "weeks" });
  s.stressLateDays.forEach((d) => days(d, "stress: days later"));
  days(s.stressMaxDaysPastDue, "stress: days past due");
  checkCurrencyStress(s.stressCurrency, s.stressCurrencyMove);
  share(s.insurance.indemnityShare, "insurance: indemnity share");
  days(s.insurance.protractedDefaultDays, "insurance: protracted default");
  days(s.insurance.waitingPeriodDays, "insurance: waiting period");
  share(s.borrowingRate, "borrowing rate");
  share(s.discountRate, "discount");
  days(s.discountDays, "discount days");
  share(s.advanceRate, "advance rate");
  share(s.factoringFeePer30Days, "factoring fee");
  if (!Number.isInteger(s.factoringMaxGrade) || s.factoringMaxGrade < 1 || s.factoringMaxGrade > 10)
    throw valueError(
      "factoring.grade",
      { setting: "factoring", value: s.factoringMaxGrade },
      `factoring: grade ${s.factoringMaxGrade} must be 1 to 10`,
    );
  days(s.dioDays, "DIO");
  return s;
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);

/** Whether a value is an other flow the plan can expand (cash/flows.ts). */
export function isOtherFlow(v: unknown): v is OtherFlow {
  if (!isObject(v)) return false;
  const finite = (x: unknown) => typeof x === "number" && Number.isFinite(x);
  return (
    typeof v.description === "string" &&
    finite(v.amount) &&
    (v.direction === "in" || v.direction === "out") &&
    finite(v.firstDate) &&
    REPEATS.includes(v.repeat as Repeat) &&
    (v.until === null || finite(v.until)) &&
    (v.currency === undefined || typeof v.currency === "string")
  );
}

/** A stored setting's own shape, beyond what resolveCashSettings checks (its types). */
function shapeFits(key: keyof CashSettings, value: unknown): boolean {
  switch (key) {
    case "flows":
      return Array.isArray(value) && value.every(isOtherFlow);
    case "stressLateDays":
      return Array.isArray(value);
    case "stressCustomer":
    case "stressCurrency":
      return value === null || typeof value === "string";
    case "insurance":
      return isObject(value) && (value.insured === undefined || typeof value.insured === "boolean");
    default:
      return typeof value === typeof DEFAULT_CASH_SETTINGS[key];
  }
}

/**
 * Cash settings read back from the workbook, each checked: one that could not be used (edited by hand, e.g.
 * `{"openingCash":"lots"}`) is set aside and named, and its default is used, so the plan is still made. Flows keep
 * their good entries. `unreadable`: the stored value is not a set of settings at all (every default is used).
 */
export function readCashSettings(stored: unknown): {
  settings: Partial<CashSettings>;
  setAside: string[];
  unreadable: boolean;
} {
  if (stored === null || stored === undefined) return { settings: {}, setAside: [], unreadable: false };
  if (!isObject(stored)) return { settings: {}, setAside: [], unreadable: true };
  const settings: Partial<CashSettings> = {};
  const setAside: string[] = [];
  for (const key of Object.keys(DEFAULT_CASH_SETTINGS) as (keyof CashSettings)[]) {
    if (!(key in stored)) continue;
    const value = stored[key];
    if (key === "flows" && Array.isArray(value) && !value.every(isOtherFlow)) {
      settings.flows = value.filter(isOtherFlow);
      setAside.push(key);
      continue;
    }
    let fits = shapeFits(key, value);
    try {
      if (fits) resolveCashSettings({ [key]: value });
    } catch {
      fits = false;
    }
    if (fits) (settings as Record<string, unknown>)[key] = value;
    else setAside.push(key);
  }
  return { settings, setAside, unreadable: false };
}
