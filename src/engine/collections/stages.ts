/** Dunning stage of an invoice or a customer from days past due (docs/METRICS.md "Collections and insurance"). */
import type { DunningSettings, StageId } from "./settings";
import { STAGES } from "./settings";

/**
 * The stage for `daysPastDue` (asOf − due date): ≤ 0 courtesy (null when the courtesy stage is off or the due date
 * is more than `courtesyDaysBefore` away), then friendly, firm, final and escalate by the edges.
 */
export function stageOf(
  daysPastDue: number,
  s: Pick<DunningSettings, "edges" | "courtesy" | "courtesyDaysBefore">,
): StageId | null {
  if (daysPastDue <= 0) return s.courtesy && -daysPastDue <= s.courtesyDaysBefore ? "courtesy" : null;
  if (daysPastDue <= s.edges[0]) return "friendly";
  if (daysPastDue <= s.edges[1]) return "firm";
  if (daysPastDue <= s.edges[2]) return "final";
  return "escalate";
}

/** The stage after `stage` (escalate stays escalate). */
export function nextStage(stage: StageId): StageId {
  return STAGES[Math.min(STAGES.indexOf(stage) + 1, STAGES.length - 1)];
}

/** The later of two stages. */
export function laterStage(a: StageId, b: StageId | null): StageId {
  return b !== null && STAGES.indexOf(b) > STAGES.indexOf(a) ? b : a;
}

export type ActionId =
  "courtesyReminder" | "friendlyReminder" | "firmReminderCall" | "finalNoticeHold" | "notifyInsurer" | "lawyerLetter";

/** What to do at a stage (ERP-like dunning levels); escalation is one step, chosen by stageAction. */
export const STAGE_ACTIONS: Record<Exclude<StageId, "escalate">, ActionId> = {
  courtesy: "courtesyReminder",
  friendly: "friendlyReminder",
  firm: "firmReminderCall",
  final: "finalNoticeHold",
};

/**
 * The ONE next step at a stage. Escalation: notify the credit insurer first while the customer is insured, has a
 * notification deadline and no escalation is logged yet (the cover depends on it); otherwise the lawyer's letter.
 */
export function stageAction(stage: StageId, insurerToNotify: boolean): ActionId {
  if (stage !== "escalate") return STAGE_ACTIONS[stage];
  return insurerToNotify ? "notifyInsurer" : "lawyerLetter";
}
