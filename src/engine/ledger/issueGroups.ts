/**
 * Row issues grouped by kind (their reason code and severity), in the order each kind first appears: one line per
 * kind with its count and its first addresses; the rest when the user opens it. A ledger with a column read wrongly
 * has thousands of issues of one kind, and a list of them hides the other kinds.
 */
import type { RowIssue } from "../model/types";

/** Addresses shown on a kind's line before it is opened. */
export const FIRST_ADDRESSES = 3;

export interface IssueGroup {
  code: string;
  severity: RowIssue["severity"];
  count: number;
  /** Every issue of the kind, in ledger order (the first is the example shown). */
  issues: RowIssue[];
}

export function groupIssues(issues: readonly RowIssue[]): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  for (const issue of issues) {
    const key = `${issue.severity}\u0000${issue.reason.code}`;
    const g = groups.get(key);
    if (g) {
      g.issues.push(issue);
      g.count++;
    } else groups.set(key, { code: issue.reason.code, severity: issue.severity, count: 1, issues: [issue] });
  }
  return [...groups.values()];
}
