/**
 * Payables ratios (docs/METRICS.md "Cash plan"): DPO, period method = ending AP ÷ purchases in the period × days in the
 * period (the mirror of the CRF's period DSO); cash conversion cycle = DIO + DSO − DPO.
 */
import { EngineError } from "../core/errors";
import { cashConversionCycle, daysSalesOutstanding } from "../core/ratios";

const PAYABLES_NAMES: Record<string, string> = {
  ending_ar: "ending_ap",
  credit_sales: "purchases",
  days_in_period: "days",
};

export const DEFAULT_DIO_DAYS = 0;

export function daysPayablesOutstanding(endingAP: number, purchases: number, daysInPeriod: number): number {
  try {
    return daysSalesOutstanding(endingAP, purchases, daysInPeriod);
  } catch (e) {
    // Same arithmetic and checks as the period DSO; the message names the payables' arguments.
    if (e instanceof Error)
      e.message = e.message
        .replace("ending_ar", "ending_ap")
        .replace("credit_sales", "purchases")
        .replace("days_in_period", "days");
    const params = e instanceof EngineError ? e.reason?.params : undefined;
    if (params && typeof params.name === "string") params.name = PAYABLES_NAMES[params.name] ?? params.name;
    throw e;
  }
}

/** CCC from measured DSO and DPO and the DIO setting; null when DSO or DPO could not be measured. */
export function cashCycle(dio: number, dso: number | null, dpo: number | null): number | null {
  if (dso === null || dpo === null) return null;
  return cashConversionCycle(dio, dso, dpo);
}
