/**
 * The credit insurer's deadlines and the claimable amount (docs/METRICS.md "Collections and insurance"). Every day count
 * comes from the policy settings (settings.ts), never from the code.
 * - Notify by: due date + notifyAfterDays, or due date + maxExtensionDays + notifyAfterDays (policy's choice).
 * - Claim by: notify-by + claimFilingDays. Insurer pays from: claim-by + waitingPeriodDays (at the latest).
 * - Claimable = min(open undisputed, insured limit) × indemnity share; the part above the limit is uninsured.
 */
import { toCents, fromCents } from "../model/money";
import { valueError } from "../core/errors";
import type { Invoice, PaymentPlanProposal } from "../model/types";
import type { InsurerPolicy } from "./settings";

export interface InvoiceDeadlines {
  notifyBy: number;
  claimBy: number;
  payoutFrom: number;
  /** notifyBy − asOf: negative when the deadline has passed. */
  daysLeft: number;
}

/** The overdue-notification deadline for an invoice due on `dueDate`. */
export function notifyBy(
  dueDate: number,
  policy: Pick<InsurerPolicy, "notifyFrom" | "maxExtensionDays" | "notifyAfterDays">,
): number {
  return dueDate + (policy.notifyFrom === "maxExtension" ? policy.maxExtensionDays : 0) + policy.notifyAfterDays;
}

export function invoiceDeadlines(dueDate: number, asOf: number, policy: InsurerPolicy): InvoiceDeadlines {
  const n = notifyBy(dueDate, policy);
  const claimBy = n + policy.claimFilingDays;
  return { notifyBy: n, claimBy, payoutFrom: claimBy + policy.waitingPeriodDays, daysLeft: n - asOf };
}

/** min(open undisputed, insured limit) × indemnity share, to the cent. A missing limit (null) means no named limit. */
export function claimableAmount(openUndisputed: number, insuredLimit: number | null, indemnityShare: number): number {
  if (!Number.isFinite(openUndisputed))
    throw valueError("number.expected", { name: "open_amount" }, "open_amount: a number was expected");
  if (insuredLimit !== null && (!Number.isFinite(insuredLimit) || insuredLimit < 0))
    throw valueError(
      "number.notBelowZero",
      { name: "insured_limit", value: insuredLimit },
      `insured_limit: ${insuredLimit} must be zero or more`,
    );
  if (!Number.isFinite(indemnityShare) || indemnityShare < 0 || indemnityShare > 1)
    throw valueError(
      "share.between",
      { name: "indemnity_share", value: indemnityShare },
      `indemnity_share: ${indemnityShare} must be between 0 and 1 (0.9 = 90 %)`,
    );
  const open = Math.max(0, toCents(openUndisputed));
  const covered = insuredLimit === null ? open : Math.min(open, toCents(insuredLimit));
  return fromCents(Math.round(covered * indemnityShare));
}

export interface CustomerCover {
  customer: string;
  /** Open undisputed amount (positive items less credits, never below 0). */
  openUndisputed: number;
  overdueUndisputed: number;
  insuredLimit: number | null;
  /** Exposure above the insured limit (0 when within it or without a limit). */
  uninsured: number;
  claimable: number;
  /** The earliest notify-by among the customer's overdue undisputed invoices (null when nothing is overdue or uninsured). */
  nextNotifyBy: number | null;
  invoices: { invoice: Invoice; daysPastDue: number; deadlines: InvoiceDeadlines }[];
}

/**
 * Cover and deadlines for one customer's invoices. `insuredLimit` is the ledger's insured-limit cell for the customer
 * (its largest, should rows differ), or null.
 */
export function customerCover(
  customer: string,
  invoices: readonly Invoice[],
  insuredLimit: number | null,
  asOf: number,
  policy: InsurerPolicy,
): CustomerCover {
  let open = 0;
  let overdue = 0;
  let next: number | null = null;
  const rows: CustomerCover["invoices"] = [];
  for (const inv of invoices) {
    if (inv.disputed) continue;
    const cents = toCents(inv.openAmount);
    if (cents === 0) continue;
    open += cents;
    const days = asOf - inv.dueDate;
    if (cents > 0 && days > 0) {
      overdue += cents;
      const d = invoiceDeadlines(inv.dueDate, asOf, policy);
      rows.push({ invoice: inv, daysPastDue: days, deadlines: d });
      next = next === null ? d.notifyBy : Math.min(next, d.notifyBy);
    }
  }
  open = Math.max(0, open);
  const openAmount = fromCents(open);
  const uninsured = insuredLimit === null ? 0 : fromCents(Math.max(0, open - toCents(insuredLimit)));
  return {
    customer,
    openUndisputed: openAmount,
    overdueUndisputed: fromCents(overdue),
    insuredLimit,
    uninsured,
    claimable: policy.insured ? claimableAmount(openAmount, insuredLimit, policy.indemnityShare) : 0,
    nextNotifyBy: policy.insured ? next : null,
    invoices: rows.sort((a, b) => a.deadlines.notifyBy - b.deadlines.notifyBy),
  };
}

/**
 * A payment plan whose last installment falls after the maximum extension period of the customer's oldest overdue
 * invoice needs the insurer's approval. Returns the days beyond it (0 when within).
 */
export function planBeyondExtension(plan: PaymentPlanProposal, oldestDueDate: number, policy: InsurerPolicy): number {
  const last = plan.schedule.length > 0 ? plan.schedule[plan.schedule.length - 1].dueDate : plan.firstDueDate;
  return Math.max(0, last - (oldestDueDate + policy.maxExtensionDays));
}
