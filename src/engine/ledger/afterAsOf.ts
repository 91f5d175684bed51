/**
 * Invoices dated after the as-of date did not exist yet on that day: each is excluded, and a ledger analysed at a
 * past date may hold thousands of them. They are said once — one note with the count, the dates they span and the
 * first cell — instead of one issue per row (a single one keeps its own issue).
 */
import { reason } from "../model/reason";
import type { RowIssue } from "../model/types";

export const AFTER_AS_OF = "row.afterAsOf";

export interface AfterAsOf {
  first: RowIssue | null;
  count: number;
  from: string;
  to: string;
}

export const afterAsOfStart = (): AfterAsOf => ({ first: null, count: 0, from: "", to: "" });

/** Counts an after-as-of issue instead of listing it. */
export function countAfterAsOf(acc: AfterAsOf, issue: RowIssue): void {
  const date = String(issue.reason.params.date);
  if (acc.count === 0) [acc.first, acc.from, acc.to] = [issue, date, date];
  else if (date < acc.from) acc.from = date;
  else if (date > acc.to) acc.to = date;
  acc.count++;
}

/** The one note for them all (or the single row's own issue). */
export function afterAsOfIssues(acc: AfterAsOf): RowIssue[] {
  if (acc.count === 0 || !acc.first) return [];
  if (acc.count === 1) return [acc.first];
  const { count, from, to } = acc;
  const first = acc.first.address;
  return [
    {
      ...acc.first,
      reason: reason(
        "row.afterAsOfMany",
        { count, from, to, first },
        `${count} invoices dated after the as-of date (${from} to ${to}, the first at ${first}) did not exist yet on that day: not used`,
      ),
    },
  ];
}
