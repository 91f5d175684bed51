/** One customer on the worklist: a compact card (stage, overdue, next action); opened, the priority's reasons, promises, cover, the log form and the documents. */
import { Badge, Link } from "@fluentui/react-components";
import { type WorklistItem, type InsurerPolicy } from "../../../engine";
import { DeskActions, letterStageOf } from "../../state/useDeskActions";
import { LogForm } from "./LogForm";
import { DocumentButtons } from "./DocumentButtons";
import { noticeFor } from "./DeskNoticeBar";
import { useDeskTexts } from "./deskTexts";
import { StageBadge } from "./StageBadge";

export type WorkItemActions = Pick<
  DeskActions,
  | "busy"
  | "notice"
  | "needCompany"
  | "logContact"
  | "writeStatement"
  | "writeLetter"
  | "writeClaim"
  | "writePlan"
  | "agreePlan"
  | "copyLetter"
>;

interface WorkItemProps {
  item: WorklistItem;
  open: boolean;
  onToggle: () => void;
  asOf: number;
  policy: InsurerPolicy;
  courtesyDays: number;
  actions: WorkItemActions;
  hasPlan: boolean;
}

const small = { fontSize: "var(--fontSizeBase200)" } as const;

export function WorkItem({ item, open, onToggle, asOf, policy, courtesyDays, actions, hasPlan }: WorkItemProps) {
  return (
    <li
      style={{ borderBottom: "1px solid var(--colorNeutralStroke2)", padding: "6px 0", listStyle: "none", minWidth: 0 }}
      data-testid="work-item"
    >
      <ItemHeading item={item} open={open} onToggle={onToggle} />
      <ItemSummary item={item} courtesyDays={courtesyDays} />
      {open && (
        <div style={{ marginTop: 6, minWidth: 0, overflowWrap: "anywhere" }} data-testid="work-item-detail">
          <ItemDetail item={item} insured={policy.insured} />
          <DocumentButtons
            customer={item.customer}
            letterStage={letterStageOf(item.stage)}
            insured={policy.insured}
            hasPlan={hasPlan}
            actions={actions}
          />
          <LogForm
            customer={item.customer}
            stage={item.stage}
            asOf={asOf}
            busy={actions.busy}
            onSave={actions.logContact}
            notice={noticeFor(actions.notice, item.customer)}
          />
        </div>
      )}
    </li>
  );
}

/** The customer's name, a button that opens the details, and the dunning stage's badge. */
function ItemHeading({ item, open, onToggle }: Pick<WorkItemProps, "item" | "open" | "onToggle">) {
  return (
    <div style={{ display: "flex", gap: 6, alignItems: "baseline", justifyContent: "space-between", minWidth: 0 }}>
      <Link
        as="button"
        onClick={onToggle}
        aria-expanded={open}
        style={{ overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", minWidth: 0 }}
      >
        {item.customer}
      </Link>
      <StageBadge stage={item.stage} />
    </div>
  );
}

/** The closed card: the amount (due soon or overdue) and the priority, the next action, a broken promise. */
function ItemSummary({ item, courtesyDays }: Pick<WorkItemProps, "item" | "courtesyDays">) {
  const { d, money, date } = useDeskTexts();
  const action =
    item.action === "waitInterval"
      ? `${d("action_waitInterval")} · ${d("chaseFrom", { date: date(item.chaseFrom) })}`
      : d(`action_${item.action}`);
  return (
    <>
      <div style={small}>
        {item.stage === "courtesy"
          ? d("dueSoon", { amount: money(item.dueSoon), days: courtesyDays })
          : d("overdueDays", { amount: money(item.overdue), days: item.oldestDaysPastDue })}{" "}
        · {d("priority", { points: item.priority })}
      </div>
      <div style={small} data-testid="next-action">
        {action}
      </div>
      {item.brokenPromise && (
        <Badge appearance="tint" color="danger" size="small">
          {d("brokenPromise", {
            amount: money(item.brokenPromise.amount),
            date: date(item.brokenPromise.promisedDate),
          })}
        </Badge>
      )}
    </>
  );
}

/** The opened card: why this priority, the last contact, the promises kept and broken, and the insurance cover. */
function ItemDetail({ item, insured }: { item: WorklistItem; insured: boolean }) {
  const { d, money, date, reason } = useDeskTexts();
  return (
    <>
      <strong>{d("whyPriority")}</strong>
      <ul style={{ margin: "2px 0", paddingInlineStart: 16 }}>
        {item.priorityReasons.map((r, i) => (
          <li key={i}>{reason(r)}</li>
        ))}
      </ul>
      <div>{item.lastContact === null ? d("neverContacted") : d("lastContact", { date: date(item.lastContact) })}</div>
      {item.pendingPromise && (
        <div data-testid="pending-promise">
          {d("promised", {
            amount: money(item.pendingPromise.amount),
            date: date(item.pendingPromise.promisedDate),
          })}
        </div>
      )}
      <div>{d("record", { kept: item.record.kept, broken: item.record.broken, pending: item.record.pending })}</div>
      {insured && (
        <div>
          {item.cover.nextNotifyBy !== null && <div>{d("notifyBy", { date: date(item.cover.nextNotifyBy) })}</div>}
          <div>{d("claimable", { amount: money(item.cover.claimable) })}</div>
          {item.cover.uninsured > 0 && <div>{d("uninsured", { amount: money(item.cover.uninsured) })}</div>}
        </div>
      )}
    </>
  );
}
