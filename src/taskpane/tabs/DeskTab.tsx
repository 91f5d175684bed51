/** Collections: the worklist (filters, compact rows, details on open), the desk's alerts, the contact log's issues and the desk settings. */
import { Badge, Field, MessageBar, MessageBarBody, Select } from "@fluentui/react-components";
import { useState } from "react";
import { type Analysis, filterWorklist, WorklistFilter } from "../../engine";
import type { WorkbookGateway } from "../../excel/gateway";
import { CompanyForm } from "../components/desk/CompanyForm";
import { DeskNoticeBar, noticeFor } from "../components/desk/DeskNoticeBar";
import { DeskSettingsPanel } from "../components/desk/DeskSettingsPanel";
import { useDeskTexts } from "../components/desk/deskTexts";
import { WorkItem } from "../components/desk/WorkItem";
import type { DeskState } from "../state/desk";
import { RangeIssues } from "../components/desk/RangeIssues";
import { DeskChange, useDeskActions } from "../state/useDeskActions";

const FILTERS: WorklistFilter[] = ["all", "dueToday", "promisedThisWeek", "brokenPromises", "insurerDeadline"];
const FILTER_LABEL = {
  all: "filterAll",
  dueToday: "filterDueToday",
  promisedThisWeek: "filterPromisedThisWeek",
  brokenPromises: "filterBrokenPromises",
  insurerDeadline: "filterInsurerDeadline",
} as const;
const SHOWN = 200;

export function DeskTab({
  analysis,
  desk,
  gateway,
  onGoTo,
  onChange,
}: {
  analysis: Analysis;
  desk: DeskState;
  gateway: WorkbookGateway;
  onGoTo: (address: string) => void;
  onChange?: DeskChange;
}) {
  const { d, reason, language } = useDeskTexts();
  const actions = useDeskActions(gateway, language, analysis, desk, onChange);
  const plans = new Set(analysis.plans.map((p) => p.customer));
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
      {/* Notices of no customer (settings saved) here; a customer's next to its form. */}
      <DeskNoticeBar notice={noticeFor(n, undefined)} />
      {actions.needCompany !== null && (
        <CompanyForm
          initial={desk.settings.company}
          busy={actions.busy}
          onSave={(c) => void actions.saveCompany(c)}
          onCancel={actions.cancelCompany}
        />
      )}
      {desk.desk.alerts.length > 0 && (
        <details open>
          <summary>
            {d("deskAlerts")} ({desk.desk.alerts.length})
          </summary>
          <ul style={{ margin: "2px 0", paddingInlineStart: 16 }} data-testid="desk-alerts">
            {desk.desk.alerts.slice(0, 50).map((a, i) => (
              <li key={i}>
                <Badge size="small" appearance="tint" color={a.severity === "high" ? "danger" : "warning"}>
                  !
                </Badge>{" "}
                {reason(a.reason)}
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
            <Select
              value={filter}
              onChange={(_, v) => setFilter(v.value as WorklistFilter)}
              style={{ width: "100%", minWidth: 0 }}
              data-testid="desk-filter"
            >
              {filters.map((f) => (
                <option key={f} value={f}>
                  {d(FILTER_LABEL[f], {
                    count: filterWorklist(list, f, asOf, DEADLINE_DAYS).length,
                    days: DEADLINE_DAYS,
                  })}
                </option>
              ))}
            </Select>
          </Field>
          <ul style={{ margin: 0, padding: 0 }} data-testid="worklist">
            {shown.slice(0, SHOWN).map((item) => (
              <WorkItem
                key={item.customer}
                item={item}
                open={open === item.customer}
                onToggle={() => setOpen(open === item.customer ? null : item.customer)}
                asOf={asOf}
                policy={desk.settings.policy}
                courtesyDays={desk.settings.dunning.courtesyDaysBefore}
                actions={actions}
                hasPlan={plans.has(item.customer)}
              />
            ))}
          </ul>
        </>
      )}
      <RangeIssues
        summary={d("logIssues", { count: desk.log.issues.length })}
        issues={desk.log.issues}
        testId="log-issues"
        onGoTo={onGoTo}
      />
      <RangeIssues
        summary={d("contactIssues", { count: desk.contacts.issues.length })}
        issues={desk.contacts.issues}
        testId="contact-issues"
        onGoTo={onGoTo}
      />
      <RangeIssues
        summary={d("limitIssues", { count: desk.desk.issues.length })}
        issues={desk.desk.issues}
        testId="limit-issues"
        onGoTo={onGoTo}
      />
      {desk.settingsProblem && (
        <MessageBar intent="warning">
          <MessageBarBody>{desk.settingsProblem}</MessageBarBody>
        </MessageBar>
      )}
      <DeskSettingsPanel
        key={JSON.stringify(desk.settings)}
        settings={desk.settings}
        busy={actions.busy}
        onSave={(s) => void actions.saveSettings(s)}
        currency={analysis.settings.currency}
      />
    </div>
  );
}
