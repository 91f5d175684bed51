/** Collections: the worklist (filters, compact rows, details on open), the desk's alerts, the contact log's issues and the desk settings. */
import { Badge, Field, MessageBar, MessageBarBody, Select } from "@fluentui/react-components";
import { useState } from "react";
import { type AnalysisBeforeChecks, filterWorklist, WorklistFilter } from "../../engine";
import type { WorkbookGateway } from "../../excel/gateway";
import { CompanyForm } from "../components/desk/CompanyForm";
import { DeskNoticeBar, noticeFor } from "../components/desk/DeskNoticeBar";
import { DeskSettingsPanel } from "../components/desk/DeskSettingsPanel";
import { useDeskTexts } from "../components/desk/deskTexts";
import { WorkItem } from "../components/desk/WorkItem";
import type { DeskState } from "../state/desk";
import { RangeIssues } from "../components/desk/RangeIssues";
import { DeskActions, DeskChange, useDeskActions } from "../state/useDeskActions";

const FILTERS: WorklistFilter[] = ["all", "dueToday", "promisedThisWeek", "brokenPromises", "insurerDeadline"];
const FILTER_LABEL = {
  all: "filterAll",
  dueToday: "filterDueToday",
  promisedThisWeek: "filterPromisedThisWeek",
  brokenPromises: "filterBrokenPromises",
  insurerDeadline: "filterInsurerDeadline",
} as const;
const SHOWN = 200;

interface DeskTabProps {
  analysis: AnalysisBeforeChecks;
  desk: DeskState;
  gateway: WorkbookGateway;
  onGoTo: (address: string) => void;
  onChange?: DeskChange;
}

export function DeskTab({ analysis, desk, gateway, onGoTo, onChange }: DeskTabProps) {
  const { language } = useDeskTexts();
  const actions = useDeskActions(gateway, language, analysis, desk, onChange);
  const [filter, setFilter] = useState<WorklistFilter>("all");
  const [open, setOpen] = useState<string | null>(null);
  return (
    <div style={{ minWidth: 0 }} data-testid="desk-tab">
      {/* Notices of no customer (settings saved) here; a customer's next to its form. */}
      <DeskNoticeBar notice={noticeFor(actions.notice, undefined)} />
      {actions.needCompany !== null && (
        <CompanyForm
          initial={desk.settings.company}
          busy={actions.busy}
          onSave={(c) => void actions.saveCompany(c)}
          onCancel={actions.cancelCompany}
        />
      )}
      <DeskAlerts alerts={desk.desk.alerts} />
      <Worklist
        analysis={analysis}
        desk={desk}
        actions={actions}
        filter={filter}
        onFilter={setFilter}
        open={open}
        onOpen={setOpen}
      />
      <DeskIssues desk={desk} onGoTo={onGoTo} />
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

/** The desk's alerts (the first 50), high ones marked red; nothing when there is none. */
function DeskAlerts({ alerts }: { alerts: DeskState["desk"]["alerts"] }) {
  const { d, reason } = useDeskTexts();
  if (alerts.length === 0) return null;
  return (
    <details open>
      <summary>
        {d("deskAlerts")} ({alerts.length})
      </summary>
      <ul style={{ margin: "2px 0", paddingInlineStart: 16 }} data-testid="desk-alerts">
        {alerts.slice(0, 50).map((a, i) => (
          <li key={i}>
            <Badge size="small" appearance="tint" color={a.severity === "high" ? "danger" : "warning"}>
              !
            </Badge>{" "}
            {reason(a.reason)}
          </li>
        ))}
      </ul>
    </details>
  );
}

interface WorklistProps {
  analysis: AnalysisBeforeChecks;
  desk: DeskState;
  actions: DeskActions;
  filter: WorklistFilter;
  onFilter: (filter: WorklistFilter) => void;
  /** The customer whose card is open, or null. */
  open: string | null;
  onOpen: (customer: string | null) => void;
}

/** The worklist under its filter (each filter with its count), one customer's card open at a time. */
function Worklist({ analysis, desk, actions, filter, onFilter, open, onOpen }: WorklistProps) {
  const { d } = useDeskTexts();
  const plans = new Set(analysis.plans.map((p) => p.customer));
  const asOf = analysis.settings.asOf;
  const list = desk.desk.worklist;
  if (list.length === 0) return <p>{d("deskEmpty")}</p>;
  const shown = filterWorklist(list, filter, asOf, desk.settings.deadlines.alertDays);
  return (
    <>
      <WorklistFilterField desk={desk} asOf={asOf} filter={filter} onFilter={onFilter} />
      <ul style={{ margin: 0, padding: 0 }} data-testid="worklist">
        {shown.slice(0, SHOWN).map((item) => (
          <WorkItem
            key={item.customer}
            item={item}
            open={open === item.customer}
            onToggle={() => onOpen(open === item.customer ? null : item.customer)}
            asOf={asOf}
            policy={desk.settings.policy}
            courtesyDays={desk.settings.dunning.courtesyDaysBefore}
            actions={actions}
            hasPlan={plans.has(item.customer)}
          />
        ))}
      </ul>
    </>
  );
}

interface FilterFieldProps {
  desk: DeskState;
  asOf: number;
  filter: WorklistFilter;
  onFilter: (filter: WorklistFilter) => void;
}

/** The worklist's filters, each with how many customers it keeps; the insurer's deadlines only when insured. */
function WorklistFilterField({ desk, asOf, filter, onFilter }: FilterFieldProps) {
  const { d } = useDeskTexts();
  const list = desk.desk.worklist;
  const days = desk.settings.deadlines.alertDays;
  const filters = FILTERS.filter((f) => f !== "insurerDeadline" || desk.settings.policy.insured);
  return (
    <Field label={d("filter")}>
      <Select
        value={filter}
        onChange={(_, v) => onFilter(v.value as WorklistFilter)}
        style={{ width: "100%", minWidth: 0 }}
        data-testid="desk-filter"
      >
        {filters.map((f) => (
          <option key={f} value={f}>
            {d(FILTER_LABEL[f], { count: filterWorklist(list, f, asOf, days).length, days })}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** The rows of the contact log, the contacts and the buyer limits that could not be used, each with its cell. */
function DeskIssues({ desk, onGoTo }: { desk: DeskState; onGoTo: (address: string) => void }) {
  const { d } = useDeskTexts();
  return (
    <>
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
    </>
  );
}
