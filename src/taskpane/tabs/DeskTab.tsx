/** Collections: the worklist (filters, compact rows, details on open), the desk's alerts, the contact log's issues and the desk settings. */
import { Badge, Field, Link, MessageBar, MessageBarBody, Select, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { type Analysis, filterWorklist, WorklistFilter } from "../../engine";
import type { WorkbookGateway } from "../../excel/gateway";
import { DeskSettingsPanel } from "../components/desk/DeskSettingsPanel";
import { useDeskTexts } from "../components/desk/deskTexts";
import { WorkItem } from "../components/desk/WorkItem";
import type { DeskState } from "../state/desk";
import { useDeskActions } from "../state/useDeskActions";

const FILTERS: WorklistFilter[] = ["all", "dueToday", "promisedThisWeek", "brokenPromises", "insurerDeadline"];
const FILTER_LABEL = { all: "filterAll", dueToday: "filterDueToday", promisedThisWeek: "filterPromisedThisWeek", brokenPromises: "filterBrokenPromises", insurerDeadline: "filterInsurerDeadline" } as const;
const SHOWN = 200;

export function DeskTab({ analysis, desk, gateway, onGoTo }: { analysis: Analysis; desk: DeskState; gateway: WorkbookGateway; onGoTo: (address: string) => void }) {
  const { d, reason, language } = useDeskTexts();
  const actions = useDeskActions(gateway, language, analysis, desk);
  const [filter, setFilter] = useState<WorklistFilter>("all");
  const [open, setOpen] = useState<string | null>(null);
  const asOf = analysis.settings.asOf;
  const DEADLINE_DAYS = desk.settings.deadlines.alertDays;
  const list = desk.desk.worklist;
  const filters = FILTERS.filter((f) => f !== "insurerDeadline" || desk.settings.policy.insured);
  const shown = filterWorklist(list, filter, asOf, DEADLINE_DAYS);
  const n = actions.notice;
  return (
    <div style={{ minWidth: 0 }} data-testid="desk-tab">
      {n && (
        <MessageBar intent={n.kind === "error" ? "error" : n.kind === "copyFailed" ? "warning" : "success"}>
          <MessageBarBody data-testid="desk-notice">
            {n.kind === "logged" && d("logSaved", { sheet: n.sheet })}
            {n.kind === "written" && d("documentWritten", { sheet: n.sheet })}
            {n.kind === "copied" && d("copied")}
            {n.kind === "saved" && d("settingsSaved")}
            {n.kind === "error" && n.message}
            {n.kind === "copyFailed" && d("copyFailed")}
          </MessageBarBody>
        </MessageBar>
      )}
      {n?.kind === "copyFailed" && <Textarea readOnly value={n.text} style={{ width: "100%" }} resize="vertical" aria-label={d("copyLetter")} />}
      {desk.desk.alerts.length > 0 && (
        <details open>
          <summary>{d("deskAlerts")} ({desk.desk.alerts.length})</summary>
          <ul style={{ margin: "2px 0", paddingInlineStart: 16 }} data-testid="desk-alerts">
            {desk.desk.alerts.slice(0, 50).map((a, i) => (
              <li key={i}>
                <Badge size="small" appearance="tint" color={a.severity === "high" ? "danger" : "warning"}>!</Badge> {reason(a.reason)}
              </li>
            ))}
          </ul>
        </details>
      )}
      {list.length === 0 ? (
        <p>{d("deskEmpty")}</p>
      ) : (
        <>
          <Field label={d("filter")}>
            <Select value={filter} onChange={(_, v) => setFilter(v.value as WorklistFilter)} style={{ width: "100%", minWidth: 0 }} data-testid="desk-filter">
              {filters.map((f) => (
                <option key={f} value={f}>
                  {d(FILTER_LABEL[f], { count: filterWorklist(list, f, asOf, DEADLINE_DAYS).length, days: DEADLINE_DAYS })}
                </option>
              ))}
            </Select>
          </Field>
          <ul style={{ margin: 0, padding: 0 }} data-testid="worklist">
            {shown.slice(0, SHOWN).map((item) => (
              <WorkItem key={item.customer} item={item} open={open === item.customer} onToggle={() => setOpen(open === item.customer ? null : item.customer)} asOf={asOf} policy={desk.settings.policy} courtesyDays={desk.settings.dunning.courtesyDaysBefore} actions={actions} />
            ))}
          </ul>
        </>
      )}
      {desk.log.issues.length > 0 && (
        <details>
          <summary>{d("logIssues", { count: desk.log.issues.length })}</summary>
          <ul style={{ margin: "2px 0", paddingInlineStart: 16 }} data-testid="log-issues">
            {desk.log.issues.map((i, k) => (
              <li key={k}>
                <Link as="button" onClick={() => onGoTo(i.address)}>{i.address}</Link> {reason(i.reason)}
              </li>
            ))}
          </ul>
        </details>
      )}
      {desk.desk.issues.length > 0 && (
        <details>
          <summary>{d("limitIssues", { count: desk.desk.issues.length })}</summary>
          <ul style={{ margin: "2px 0", paddingInlineStart: 16 }} data-testid="limit-issues">
            {desk.desk.issues.map((i, k) => (
              <li key={k}>
                <Link as="button" onClick={() => onGoTo(i.address)}>{i.address}</Link> {reason(i.reason)}
              </li>
            ))}
          </ul>
        </details>
      )}
      {desk.settingsProblem && (
        <MessageBar intent="warning">
          <MessageBarBody>{desk.settingsProblem}</MessageBarBody>
        </MessageBar>
      )}
      <DeskSettingsPanel settings={desk.settings} busy={actions.busy} onSave={actions.saveSettings} />
    </div>
  );
}
