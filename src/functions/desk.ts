/* AR.STAGE, AR.NOTIFYBY, AR.CLAIMABLE: the collections desk's dunning stages, insurer deadlines and claimable amount. */
import {
  claimableAmount,
  DEFAULT_DUNNING,
  DEFAULT_POLICY,
  isBlank,
  parseNumber,
  STAGE_WORDS,
  stageOf,
  validateDunning,
  valueError,
} from "../engine";
import {
  cellError,
  datesOf,
  flatten,
  guard,
  isMissing,
  optionalNumber,
  optionalRate,
  requiredNumber,
  reshape,
  wholeNumbersOf,
} from "./args";

/**
 * The dunning stage for each number of days past due: "Not due", "Friendly reminder" (1–15 days by default),
 * "Firm reminder" (16–45), "Final notice" (46–90), "Escalated" (91+: insurer, agency or lawyer's letter). Spills in
 * the shape given; a blank cell gives a blank.
 * @customfunction STAGE
 * @param days_past_due Days past due per invoice (as of date − due date), e.g. from AR.DAYSLATE.
 * @param [stage_edges] Last day of the friendly, firm and final stages: three ascending whole numbers. Default 15,45,90.
 * @returns A stage label per invoice.
 */
export function stage(days_past_due: any[][], stage_edges?: any[][]): any[][] {
  return guard(() => {
    const edges =
      isMissing(stage_edges) ||
      (Array.isArray(stage_edges) && flatten(stage_edges, "stage_edges").values.every(isMissing))
        ? DEFAULT_DUNNING.edges
        : wholeNumbersOf(stage_edges, "stage_edges");
    if (edges.length !== 3) {
      throw valueError(
        "stage.edgeCount",
        { name: "stage_edges", count: edges.length },
        `stage_edges: ${edges.length} number(s) given; three were expected (the last day of the friendly, firm and final stages, e.g. 15,45,90)`,
      );
    }
    const settings = validateDunning({ ...DEFAULT_DUNNING, edges: [edges[0], edges[1], edges[2]] });
    const flat = flatten(days_past_due, "days_past_due");
    const out = flat.values.map((v, i) => {
      if (v === "" || v === null || v === undefined || isBlank(v)) return "";
      const p = typeof v === "number" ? { ok: true as const, value: v } : parseNumber(v);
      if (!p.ok) throw cellError("days_past_due", flat, i, p.problem);
      const s = stageOf(Math.floor(p.value), settings);
      return s === null ? "Not due" : STAGE_WORDS[s].en;
    });
    return reshape(out, flat);
  });
}

/**
 * The date by which the credit insurer must be notified of each overdue invoice: due date + days_after_due. Spills in
 * the shape of the due dates; a blank due date gives a blank. Format the cells as dates.
 * @customfunction NOTIFYBY
 * @param due_dates Due dates.
 * @param [days_after_due] Days after the due date allowed by the policy (maximum extension period + notification period). Default 60.
 * @returns The notification deadline per invoice (date serials).
 */
export function notifyBy(due_dates: any[][], days_after_due?: any): any[][] {
  return guard(() => {
    const days = optionalNumber(
      days_after_due,
      "days_after_due",
      DEFAULT_POLICY.maxExtensionDays + DEFAULT_POLICY.notifyAfterDays,
    );
    if (!Number.isInteger(days) || days < 0 || days > 3660) {
      throw valueError(
        "days.wholeRange",
        { name: "days_after_due", value: days, min: 0, max: 3660 },
        `days_after_due: ${days} must be a whole number of days from 0 to 3660`,
      );
    }
    const dates = datesOf(due_dates, "due_dates", { allowMissing: true });
    return reshape(
      Array.from(dates.serials, (d) => (Number.isNaN(d) ? "" : d + days)),
      dates.flat,
    );
  });
}

/**
 * The amount a credit insurer would pay on a buyer's default: min(open amount, insured limit) × indemnity share, to the
 * cent. A blank insured limit means no named limit.
 * @customfunction CLAIMABLE
 * @param open_amount The buyer's open undisputed amount.
 * @param insured_limit The insured (buyer) limit; blank when the policy names none.
 * @param indemnity_share The share of the loss the insurer pays, e.g. 90% or 0.9.
 * @returns The claimable amount.
 */
export function claimable(open_amount: any, insured_limit: any, indemnity_share: any): number {
  return guard(() => {
    const open = requiredNumber(open_amount, "open_amount");
    const limit = isMissing(insured_limit) ? null : requiredNumber(insured_limit, "insured_limit");
    if (isMissing(indemnity_share))
      throw valueError(
        "share.missing",
        { name: "indemnity_share" },
        "indemnity_share is missing: a share such as 90% or 0.9 was expected",
      );
    const share = optionalRate(indemnity_share, "indemnity_share", 0);
    return claimableAmount(open, limit, share);
  });
}
