/** Rows that were excluded or used with a caveat, each with its cell address: a click selects that cell. */
import { Badge, Link } from "@fluentui/react-components";
import type { RowCounts, RowIssue } from "../../engine";
import { useTexts } from "../i18n";
import { usePaneStyles } from "./paneStyles";

const SHOWN = 200;

export function IssuesList({ issues, counts, onGoTo }: { issues: RowIssue[]; counts: RowCounts; onGoTo: (address: string) => void }) {
  const { t, reason, count } = useTexts();
  const s = usePaneStyles();
  return (
    <section aria-labelledby="issues-title">
      <h2 id="issues-title" className={s.heading}>
        {t("issuesTitle", { count: issues.length })}
      </h2>
      <p className={s.text}>
        {t("issuesSummary", { invoices: count(counts.invoices), excluded: count(counts.excluded), blank: count(counts.blank), rows: count(counts.dataRows) })}
      </p>
      {issues.length === 0 ? (
        <p>{t("issuesNone")}</p>
      ) : (
        <ul className={s.list} style={{ maxHeight: "16em", overflowY: "auto" }} data-testid="issues" tabIndex={0} aria-labelledby="issues-title">
          {issues.slice(0, SHOWN).map((issue, i) => (
            <li key={i} className={s.row}>
              <div className={s.badges} style={{ alignItems: "center" }}>
                <Badge appearance="tint" color={issue.severity === "excluded" ? "danger" : "warning"} size="small">
                  {issue.severity === "excluded" ? t("issueExcluded") : t("issueWarning")}
                </Badge>
                {/* An address is one unit: it never breaks across lines (a long sheet name is cut with an ellipsis). */}
                <Link as="button" onClick={() => onGoTo(issue.address)} aria-label={t("issueGoTo", { address: issue.address })} title={issue.address} style={{ whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis", minWidth: 0, flexShrink: 1 }}>
                  {issue.address}
                </Link>
              </div>
              <div style={{ overflowWrap: "anywhere" }}>{reason(issue.reason)}</div>
            </li>
          ))}
          {issues.length > SHOWN && <li className={s.row}>{t("issuesMore", { count: issues.length - SHOWN })}</li>}
        </ul>
      )}
    </section>
  );
}
