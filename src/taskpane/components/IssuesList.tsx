/** Rows that were excluded or used with a caveat, each with its cell address: a click selects that cell. */
import { Badge, Link } from "@fluentui/react-components";
import type { RowCounts, RowIssue } from "../../engine/analysis/types";
import { useTexts } from "../i18n";

const SHOWN = 200;

export function IssuesList({ issues, counts, onGoTo }: { issues: RowIssue[]; counts: RowCounts; onGoTo: (address: string) => void }) {
  const { t, reason, number } = useTexts();
  return (
    <section aria-labelledby="issues-title">
      <h2 id="issues-title" style={{ fontSize: 15, margin: "8px 0 4px" }}>
        {t("issuesTitle", { count: issues.length })}
      </h2>
      <p style={{ margin: "0 0 4px" }}>
        {t("issuesSummary", { invoices: number(counts.invoices, 0), excluded: number(counts.excluded, 0), blank: number(counts.blank, 0), rows: number(counts.dataRows, 0) })}
      </p>
      {issues.length === 0 ? (
        <p>{t("issuesNone")}</p>
      ) : (
        <ul style={{ margin: 0, paddingInlineStart: 0, listStyle: "none", maxHeight: 220, overflowY: "auto" }} data-testid="issues">
          {issues.slice(0, SHOWN).map((issue, i) => (
            <li key={i} style={{ display: "flex", gap: 6, alignItems: "baseline", padding: "2px 0" }}>
              <Badge appearance="tint" color={issue.severity === "excluded" ? "danger" : "warning"} size="small">
                {issue.severity === "excluded" ? t("issueExcluded") : t("issueWarning")}
              </Badge>
              <Link as="button" onClick={() => onGoTo(issue.address)} aria-label={t("issueGoTo", { address: issue.address })}>
                {issue.address}
              </Link>
              <span>{reason(issue.reason)}</span>
            </li>
          ))}
          {issues.length > SHOWN && <li>{t("issuesMore", { count: issues.length - SHOWN })}</li>}
        </ul>
      )}
    </section>
  );
}
