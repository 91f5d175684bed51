/**
 * The model check and the forecast check, computed once per ledger: they depend only on the invoices, the as-of date
 * and the model check's own settings — not on the risk appetite, the aging basis, alert thresholds, limits or any
 * other display setting — so when only those change, the last results are given again (the same objects). Keyed by
 * the invoices' fingerprint (ledgerFingerprint.ts); the last few ledgers are kept.
 */
import type { Invoice } from "../model/types";
import type { CustomerHistory } from "./customerHistory";
import { forecastCheck, type ForecastCheck } from "./forecastCheck";
import { backtestGrades, type ModelCheck } from "./gradeBacktest";
import { ledgerFingerprint } from "./ledgerFingerprint";

const KEPT = 4;
const kept = new Map<string, { modelCheck: ModelCheck; forecastCheck: ForecastCheck }>();

export interface CheckSettings {
  asOf: number;
  followUpMonths: number;
  lateDays: number;
}

export function ledgerChecks(
  invoices: readonly Invoice[],
  histories: readonly CustomerHistory[],
  s: CheckSettings,
): { modelCheck: ModelCheck; forecastCheck: ForecastCheck } {
  const key = `${invoices.length}:${ledgerFingerprint(histories, [s.asOf, s.followUpMonths, s.lateDays])}`;
  const known = kept.get(key);
  if (known) {
    kept.delete(key);
    kept.set(key, known); // most recently used last
    return known;
  }
  const checks = {
    modelCheck: backtestGrades(histories, s.asOf, { followUpMonths: s.followUpMonths, lateDays: s.lateDays }),
    forecastCheck: forecastCheck(invoices, s.asOf, undefined, histories), // the forecast's backtest
  };
  kept.set(key, checks);
  if (kept.size > KEPT) kept.delete(kept.keys().next().value as string);
  return checks;
}

/** Forgets the kept checks (tests, and a caller that must measure them afresh). */
export function clearLedgerChecks(): void {
  kept.clear();
}
