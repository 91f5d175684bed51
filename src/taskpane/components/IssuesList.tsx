/**
 * Rows that were excluded or used with a caveat, grouped by kind (engine/ledger/issueGroups.ts): one line per kind
 * with its count, an example and its first cell addresses; opening a kind lists every row of it. A click on an
 * address selects that cell.
 */
import { Badge, Link, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { FIRST_ADDRESSES, groupIssues, type IssueGroup, type RowCounts, type RowIssue } from "../../engine";
import { useTexts } from "../i18n";
import { usePaneStyles } from "./paneStyles";

const SHOWN = 200;

const useStyles = makeStyles({
  address: { whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis", minWidth: 0, flexShrink: 1 },
  badges: { alignItems: "center", flexWrap: "wrap" },
  wrap: { overflowWrap: "anywhere" },
  rows: { margin: 0, paddingLeft: 0, listStyle: "none" },
  row: { display: "flex", gap: tokens.spacingHorizontalSNudge, minWidth: 0 },
  rowText: { overflowWrap: "anywhere", minWidth: 0 },
  scroll: { maxHeight: "16em", overflowY: "auto" },
});

function AddressLink({ issue, onGoTo }: { issue: RowIssue; onGoTo: (address: string) => void }) {
  const { t } = useTexts();
  const st = useStyles();
  // An address is one unit: it never breaks across lines (a long sheet name is cut with an ellipsis).
  return (
    <Link
      as="button"
      onClick={() => onGoTo(issue.address)}
      aria-label={t("issueGoTo", { address: issue.address })}
      title={issue.address}
      className={st.address}
    >
      {issue.address}
    </Link>
  );
}

function GroupRow({ g, onGoTo }: { g: IssueGroup; onGoTo: (address: string) => void }) {
  const { t, reason, count } = useTexts();
  const s = usePaneStyles();
  const st = useStyles();
  const [open, setOpen] = useState(false);
  const first = g.issues.slice(0, FIRST_ADDRESSES);
  return (
    <li className={s.row} data-testid="issue-group">
      <div className={mergeClasses(s.badges, st.badges)}>
        <Badge appearance="tint" color={g.severity === "excluded" ? "danger" : "warning"} size="small">
          {g.severity === "excluded" ? t("issueExcluded") : t("issueWarning")}
        </Badge>
        <strong>{t("issueGroupCount", { count: count(g.count) })}</strong>
        {!open && first.map((issue, i) => <AddressLink key={i} issue={issue} onGoTo={onGoTo} />)}
      </div>
      <div className={st.wrap}>{reason(g.issues[0].reason)}</div>
      {g.count > 1 && (
        <Link as="button" onClick={() => setOpen(!open)} aria-expanded={open}>
          {open ? t("issueGroupClose") : t("issueGroupOpen", { count: count(g.count) })}
        </Link>
      )}
      {open && (
        <ul className={st.rows} data-testid="issue-group-rows">
          {g.issues.slice(0, SHOWN).map((issue, i) => (
            <li key={i} className={st.row}>
              <AddressLink issue={issue} onGoTo={onGoTo} />
              <span className={st.rowText}>{reason(issue.reason)}</span>
            </li>
          ))}
          {g.count > SHOWN && <li>{t("issuesMore", { count: g.count - SHOWN })}</li>}
        </ul>
      )}
    </li>
  );
}

export function IssuesList({
  issues,
  counts,
  onGoTo,
}: {
  issues: RowIssue[];
  counts: RowCounts;
  onGoTo: (address: string) => void;
}) {
  const { t, count } = useTexts();
  const s = usePaneStyles();
  const st = useStyles();
  const groups = groupIssues(issues);
  return (
    <section aria-labelledby="issues-title">
      <h2 id="issues-title" className={s.heading}>
        {t("issuesTitle", { count: issues.length })}
      </h2>
      <p className={s.text}>
        {t("issuesSummary", {
          invoices: count(counts.invoices),
          excluded: count(counts.excluded),
          blank: count(counts.blank),
          rows: count(counts.dataRows),
        })}
      </p>
      {issues.length === 0 ? (
        <p>{t("issuesNone")}</p>
      ) : (
        <ul
          className={mergeClasses(s.list, st.scroll)}
          data-testid="issues"
          tabIndex={0}
          aria-labelledby="issues-title"
        >
          {groups.map((g) => (
            <GroupRow key={`${g.severity}:${g.code}`} g={g} onGoTo={onGoTo} />
          ))}
        </ul>
      )}
    </section>
  );
}
