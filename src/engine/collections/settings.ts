/**
 * The collections desk's settings: dunning stages and the credit insurer's policy terms. Every default below is a
 * setting with its source written next to it (docs/METRICS.md "Collections and insurance"); none is hard-wired in the
 * code that uses them. Saved in the workbook under the keys `arlens.desk.*` (src/excel gateway readSetting).
 */
import { valueError } from "../core/errors";

/** Dunning stages, mildest first. `courtesy` is before the due date (optional). */
export type StageId = "courtesy" | "friendly" | "firm" | "final" | "escalate";
export const STAGES: readonly StageId[] = ["courtesy", "friendly", "firm", "final", "escalate"];

export interface DunningSettings {
  /**
   * Upper edges in days past due of friendly, firm and final: [15, 45, 90] means 1–15 friendly, 16–45 firm,
   * 46–90 final, 91+ escalate (insurer / agency / lawyer's letter). Source: docs/METRICS.md, ERP-like dunning levels.
   */
  edges: [number, number, number];
  /** Send a courtesy reminder before the due date (optional stage; default off). */
  courtesy: boolean;
  /** Days before a courtesy reminder is sent (default 3). */
  courtesyDaysBefore: number;
  /** Minimum days between two contacts with the same customer (default 7: a week, AR Lens's choice). */
  minIntervalDays: number;
}

export const DEFAULT_DUNNING: DunningSettings = {
  edges: [15, 45, 90],
  courtesy: false,
  courtesyDaysBefore: 3,
  minIntervalDays: 7,
};

export interface InsurerPolicy {
  /** Whether the receivables are covered by a trade-credit insurance policy at all. */
  insured: boolean;
  /**
   * Share of an insured loss the insurer pays. Default 0.9: "up to 90 % with approved buyer limits" (Allianz Trade
   * SME policy, docs/METRICS.md); about 0.6 on basic cover without named limits.
   */
  indemnityShare: number;
  /**
   * Maximum extension period: days past due the insured may wait (or grant extra time) without asking the insurer.
   * Default 60: protracted default is typically declared about 60 days after the due date (ICISA, docs/METRICS.md).
   */
  maxExtensionDays: number;
  /** Where the overdue-notification deadline is counted from: the due date, or the end of the maximum extension. */
  notifyFrom: "due" | "maxExtension";
  /**
   * Days to notify the insurer of an overdue after `notifyFrom`. Default 0 after the maximum extension period, i.e.
   * notify by day 60 past due: AR Lens's cautious reading of the ICISA 60 days; your policy's term replaces it.
   */
  notifyAfterDays: number;
  /**
   * Days after the notification deadline by which the claim must be filed. Default 60: AR Lens's cautious
   * assumption (no single published figure; policies differ) — set it from your policy.
   */
  claimFilingDays: number;
  /**
   * Waiting period: days after the claim is filed before the insurer pays a protracted default. Default 90: AR Lens's
   * assumption for planning cash only (policies state their own) — set it from your policy.
   */
  waitingPeriodDays: number;
}

export const DEFAULT_POLICY: InsurerPolicy = {
  insured: false,
  indemnityShare: 0.9,
  maxExtensionDays: 60,
  notifyFrom: "maxExtension",
  notifyAfterDays: 0,
  claimFilingDays: 60,
  waitingPeriodDays: 90,
};

/** `name`: the setting's English name (the message is shown in the taskpane's language). */
function wholeDays(value: number, name: string, max = 3660): void {
  if (!Number.isInteger(value) || value < 0 || value > max)
    throw valueError(
      "days.wholeRange",
      { setting: name, value, min: 0, max },
      `${name}: ${value} must be a whole number of days from 0 to ${max}`,
    );
}

/** Checks a dunning setting read back from the workbook (a user may have edited it): a clear error naming it. */
export function validateDunning(s: DunningSettings): DunningSettings {
  if (!Array.isArray(s.edges) || s.edges.length !== 3)
    throw valueError(
      "stage.edgesNotThree",
      { setting: "stage edges" },
      "stage edges: three numbers of days were expected (friendly, firm, final), e.g. 15, 45, 90",
    );
  s.edges.forEach((e, i) => wholeDays(e, `stage edge ${i + 1}`));
  if (!(s.edges[0] >= 1 && s.edges[0] < s.edges[1] && s.edges[1] < s.edges[2]))
    throw valueError(
      "stage.edgesOrder",
      { setting: "stage edges", edges: s.edges.join(", ") },
      `stage edges: ${s.edges.join(", ")} must be ascending whole numbers of days, the first at least 1`,
    );
  wholeDays(s.minIntervalDays, "minimum interval");
  wholeDays(s.courtesyDaysBefore, "courtesy reminder days");
  return s;
}

export function validatePolicy(p: InsurerPolicy): InsurerPolicy {
  if (!Number.isFinite(p.indemnityShare) || p.indemnityShare < 0 || p.indemnityShare > 1)
    throw valueError(
      "share.between",
      { setting: "indemnity share", value: p.indemnityShare },
      `indemnity share: ${p.indemnityShare} must be between 0 and 1 (0.9 = 90 %)`,
    );
  wholeDays(p.maxExtensionDays, "maximum extension period");
  wholeDays(p.notifyAfterDays, "notification deadline");
  wholeDays(p.claimFilingDays, "claim filing deadline");
  wholeDays(p.waitingPeriodDays, "waiting period");
  if (p.notifyFrom !== "due" && p.notifyFrom !== "maxExtension")
    throw valueError(
      "policy.notifyFrom",
      { setting: "notification counted from", value: String(p.notifyFrom) },
      `notification counted from: "${String(p.notifyFrom)}" must be "due" or "maxExtension"`,
    );
  return p;
}

/** Settings saved in the workbook merged over the defaults (a missing key keeps its default). */
export function resolveDunning(saved: Partial<DunningSettings> | null | undefined): DunningSettings {
  return validateDunning({ ...DEFAULT_DUNNING, ...(saved ?? {}) });
}

export function resolvePolicy(saved: Partial<InsurerPolicy> | null | undefined): InsurerPolicy {
  return validatePolicy({ ...DEFAULT_POLICY, ...(saved ?? {}) });
}
