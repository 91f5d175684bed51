/**
 * Other cash flows with repeats: once, weekly (every 7 days), monthly (Excel's EDATE from the first date, so
 * 31 Jan → 28/29 Feb → 31 Mar), quarterly (EDATE by 3 months), each up to an optional last date.
 * Decision: a one-off flow dated on or before the as-of date is still to happen and falls in week 1; the
 * occurrences of a repeating flow on or before the as-of date are past and are not counted.
 */
import { addMonths, isoFromSerial } from "../core/dates";
import { valueError } from "../core/errors";
import { toCents } from "../model/money";
import type { DatedCents, OtherFlow } from "./types";

const MAX_OCCURRENCES = 10_000;

/** Checks a flow; the message names the flow by its position and description. */
export function checkFlow(flow: OtherFlow, index: number): void {
  const name = `flow ${index + 1}${flow.description ? ` ("${flow.description}")` : ""}`;
  const which = { flow: index + 1, description: flow.description ?? "" };
  if (!Number.isFinite(flow.amount) || flow.amount < 0) {
    throw valueError(
      "flow.amount",
      { ...which, value: flow.amount },
      `${name}: amount ${flow.amount} must be a positive number (choose in or out for its direction)`,
    );
  }
  if (!Number.isFinite(flow.firstDate) || flow.firstDate < 1)
    throw valueError("flow.firstDate", which, `${name}: the first date is missing or not a date`);
  if (flow.until !== null && flow.until < flow.firstDate) {
    const [until, first] = [isoFromSerial(flow.until), isoFromSerial(flow.firstDate)];
    throw valueError(
      "flow.untilBefore",
      { ...which, until, first },
      `${name}: "until" ${until} is before the first date ${first}`,
    );
  }
}

/** The n-th occurrence (0-based) of a flow. */
export function occurrence(flow: OtherFlow, n: number): number {
  switch (flow.repeat) {
    case "once":
      return n === 0 ? flow.firstDate : Number.POSITIVE_INFINITY;
    case "weekly":
      return flow.firstDate + 7 * n;
    case "monthly":
      return addMonths(flow.firstDate, n);
    case "quarterly":
      return addMonths(flow.firstDate, 3 * n);
  }
}

/** The dated, signed movements of the flows between the day after `asOf` and `end` (inclusive). */
export function expandFlows(flows: readonly OtherFlow[], asOf: number, end: number): DatedCents[] {
  const out: DatedCents[] = [];
  flows.forEach((flow, index) => {
    checkFlow(flow, index);
    const cents = (flow.direction === "in" ? 1 : -1) * toCents(flow.amount);
    if (flow.repeat === "once") {
      if (flow.firstDate <= end) out.push({ date: flow.firstDate, cents });
      return;
    }
    const last = Math.min(end, flow.until ?? end);
    for (let n = 0; n < MAX_OCCURRENCES; n++) {
      const date = occurrence(flow, n);
      if (date > last) break;
      if (date > asOf) out.push({ date, cents });
    }
  });
  return out.sort((a, b) => a.date - b.date);
}
