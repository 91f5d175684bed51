/**
 * The checks of the results shown (useTaskpane.ts state.checks) for the two sections that show them — the model
 * check in the Customers tab, the forecast check in the Forecast tab — without passing them through every tab.
 */
import { createContext } from "react";
import type { LedgerChecks } from "../../engine";

/** The checks, or where they stand: running after the results were shown, failed, or none (no results). */
export type PaneChecks = LedgerChecks | "checking" | "failed" | null;

/** One check, or where the checks stand. */
export type CheckState<K extends keyof LedgerChecks> = LedgerChecks[K] | "checking" | "failed" | null;

export const ChecksContext = createContext<PaneChecks>(null);

/** The check `key` of `checks`, or where they stand. */
export function checkOf<K extends keyof LedgerChecks>(checks: PaneChecks, key: K): CheckState<K> {
  return checks !== null && typeof checks === "object" ? checks[key] : checks;
}
