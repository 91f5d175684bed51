/**
 * "Proposed ¥40,000.00 · yours ¥60,000.00": AR Lens's figure beside the limit the user keeps, never called approved,
 * saying where the kept limit comes from when it is not one accepted in the pane (the ledger's credit-limit column:
 * changed there; the insurer's buyer limit, from the ledger's column or the desk's buyer-limits range).
 */
import type { CustomerAssessment } from "../../engine";
import type { UiText } from "../../i18n/ui";

type T = (key: keyof UiText, params?: Record<string, string | number>) => string;

export function proposalText(c: CustomerAssessment, t: T, money: (v: number) => string): string {
  const proposed = money(c.creditLimit.amount);
  const kept = c.keptLimit;
  if (!kept) return c.creditLimit.secured ? t("limitSecured", { proposed }) : t("limitProposalOnly", { proposed });
  const key =
    kept.source === "user"
      ? "limitProposalTyped"
      : kept.source === "insurer"
        ? "limitProposalInsurer"
        : "limitProposal";
  return t(key, { proposed, kept: money(kept.amount) });
}

/** Keeping the proposal changes the limit only where no limit typed by the user (which wins) is kept. */
export function canKeepProposal(c: CustomerAssessment): boolean {
  return !c.keptLimit || (c.keptLimit.source !== "user" && c.keptLimit.amount !== c.creditLimit.amount);
}
