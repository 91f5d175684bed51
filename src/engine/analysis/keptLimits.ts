/**
 * Credit limits the user keeps — typed in a limits range, the insurer's buyer limits, or AR Lens's proposal accepted
 * in the pane — matched to the ledger's customers by customerKey (full-width/half-width and spacing ignored). A
 * customer listed twice keeps the last entry of the highest-ranked source: the user's own over an accepted proposal
 * over the insurer's (the one the user typed is the one the user means).
 */
import { customerKey } from "../ledger/customerKey";
import type { KeptLimit } from "./types";

const RANK: Record<KeptLimit["source"], number> = { user: 3, accepted: 2, insurer: 1 };

export function keptLimitMap(limits: readonly KeptLimit[] | undefined): Map<string, KeptLimit> {
  const out = new Map<string, KeptLimit>();
  for (const l of limits ?? []) {
    if (!Number.isFinite(l.amount) || l.amount < 0) continue;
    const key = customerKey(l.customer);
    const before = out.get(key);
    if (!before || RANK[l.source] >= RANK[before.source]) out.set(key, l);
  }
  return out;
}

/** Every proposal accepted as the customer's limit (what the pane saves when the user accepts them all). */
export function acceptProposals(
  customers: readonly { customer: string; creditLimit: { amount: number } }[],
): KeptLimit[] {
  return customers.map((c) => ({ customer: c.customer, amount: c.creditLimit.amount, source: "accepted" as const }));
}
