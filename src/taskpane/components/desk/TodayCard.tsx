/**
 * One customer to contact today: why today, the amount, who to call (person, phone, email), the ONE next step and
 * what to say, in the customer's language. "Done" logs it (the card leaves the list); "Log with details" opens the
 * log form and the documents. Everything wraps: 270 px wide.
 */
import { Button, Link } from "@fluentui/react-components";
import { useState } from "react";
import { type Contact, type NewLogRow, type TodayItem } from "../../../engine";
import { DeskActions, letterStageOf } from "../../state/useDeskActions";
import { DeskNoticeBar, noticeFor } from "./DeskNoticeBar";
import { DocumentButtons } from "./DocumentButtons";
import { LogForm } from "./LogForm";
import { useDeskTexts } from "./deskTexts";
import { StageBadge } from "./StageBadge";

export interface TodayCardProps {
  item: TodayItem;
  contact: Contact | null;
  script: { language: "en" | "zh-CN"; lines: string[] };
  asOf: number;
  insured: boolean;
  hasPlan: boolean;
  actions: DeskActions;
}

const small = { fontSize: "var(--fontSizeBase200)", minWidth: 0 } as const;
type DeskTexts = ReturnType<typeof useDeskTexts>;

/** Why the customer is on today's list: one phrase per reason, most urgent first. */
function whyToday(item: TodayItem, asOf: number, { d, money, date }: DeskTexts): string[] {
  return item.reasons.map((r) => {
    if (r === "brokenPromise" || r === "promiseDue")
      return d(`reason_${r}`, {
        amount: money(item.promise?.amount ?? 0),
        date: date(item.promise?.promisedDate ?? asOf),
      });
    if (r === "stageChange") return d("reason_stageChange", { stage: d(`stage_${item.stage}`) });
    if (r === "firstContact") return d("reason_firstContact", { days: item.oldestDaysPastDue });
    if (r === "dueSoon")
      return d("reason_dueSoon", { amount: money(item.dueSoon), date: date(item.dueSoonDate ?? asOf) });
    return d("reason_insurerDeadline", { date: date(item.notifyBy ?? asOf) });
  });
}

/** The log row "Done" writes: today's step as taken, by the channel it takes. */
function doneRow(item: TodayItem, asOf: number, outcome: string): NewLogRow {
  return {
    date: asOf,
    customer: item.customer,
    channel: item.step === "notifyInsurer" ? "other" : item.step === "lawyerLetter" ? "letter" : "call",
    stage: item.step === "notifyInsurer" ? "escalate" : item.stage,
    outcome,
  };
}

export function TodayCard({ item, contact, script, asOf, insured, hasPlan, actions }: TodayCardProps) {
  const texts = useDeskTexts();
  const { d, money } = texts;
  const step = item.step === "confirmPromise" ? d("step_confirmPromise") : d(`action_${item.step}`);
  return (
    <li
      style={{
        borderBottom: "1px solid var(--colorNeutralStroke2)",
        padding: "6px 0",
        listStyle: "none",
        minWidth: 0,
        overflowWrap: "anywhere",
      }}
      data-testid="today-item"
    >
      <CardHeading item={item} />
      <div style={small} data-testid="today-why">
        {whyToday(item, asOf, texts).join(" · ")}
      </div>
      {item.overdue > 0 && (
        <div style={small}>{d("overdueDays", { amount: money(item.overdue), days: item.oldestDaysPastDue })}</div>
      )}
      <ContactLine contact={contact} />
      <div style={{ fontWeight: 600, marginTop: 2 }} data-testid="today-step">
        {d("nextStep", { step })}
      </div>
      <CallScript script={script} />
      <CardActions
        item={item}
        done={() => doneRow(item, asOf, d("doneOutcome", { step }))}
        asOf={asOf}
        insured={insured}
        hasPlan={hasPlan}
        actions={actions}
      />
    </li>
  );
}

/** The customer's name (cut with an ellipsis, whole in its tooltip) and the dunning stage's badge. */
function CardHeading({ item }: { item: TodayItem }) {
  return (
    <div style={{ display: "flex", gap: 6, alignItems: "baseline", justifyContent: "space-between", minWidth: 0 }}>
      <strong
        style={{ overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", minWidth: 0 }}
        title={item.customer}
        data-testid="today-customer"
      >
        {item.customer}
      </strong>
      <StageBadge stage={item.stage} />
    </div>
  );
}

/** Who to call: the person, the phone and the e-mail as links; "no contact" when the contacts range has none. */
function ContactLine({ contact }: { contact: Contact | null }) {
  const { d } = useDeskTexts();
  return (
    <div style={small} data-testid="today-contact">
      {contact ? (
        <>
          {contact.person && <span>{contact.person}</span>}
          {contact.phone && (
            <>
              {" "}
              ·{" "}
              <Link
                href={`tel:${contact.phone.replace(/\s/g, "")}`}
                aria-label={`${d("contactPhone")} ${contact.phone}`}
              >
                {contact.phone}
              </Link>
            </>
          )}
          {contact.email && (
            <>
              {" "}
              ·{" "}
              <Link href={`mailto:${contact.email}`} aria-label={`${d("contactEmail")} ${contact.email}`}>
                {contact.email}
              </Link>
            </>
          )}
        </>
      ) : (
        d("noContact")
      )}
    </div>
  );
}

/** What to say, in the customer's language (marked with its lang for the screen reader). */
function CallScript({ script }: { script: TodayCardProps["script"] }) {
  const { d } = useDeskTexts();
  return (
    <div
      style={{
        ...small,
        borderInlineStart: "3px solid var(--colorBrandStroke1)",
        paddingInlineStart: 6,
        margin: "4px 0",
      }}
      lang={script.language}
      data-testid="today-script"
      aria-label={d("scriptTitle", { language: d(`lang_${script.language}`) })}
    >
      {script.lines.map((l, i) => (
        <p key={i} style={{ margin: "2px 0" }}>
          {l}
        </p>
      ))}
    </div>
  );
}

type CardActionsProps = Pick<TodayCardProps, "item" | "asOf" | "insured" | "hasPlan" | "actions"> & {
  /** The row "Done" logs. */
  done: () => NewLogRow;
};

/** "Done" and "Log with details"; opened, the documents and the log form, else this customer's last notice. */
function CardActions({ item, done, asOf, insured, hasPlan, actions }: CardActionsProps) {
  const { d } = useDeskTexts();
  const [details, setDetails] = useState(false);
  return (
    <>
      <div style={{ display: "flex", flexWrap: "wrap", gap: 4 }}>
        <Button
          size="small"
          appearance="primary"
          disabled={actions.busy}
          onClick={() => void actions.logContact(done())}
          data-testid="today-done"
        >
          {d("done")}
        </Button>
        <Button size="small" aria-expanded={details} onClick={() => setDetails(!details)}>
          {d("logDetails")}
        </Button>
      </div>
      {!details && <DeskNoticeBar notice={noticeFor(actions.notice, item.customer)} />}
      {details && (
        <>
          <DocumentButtons
            customer={item.customer}
            letterStage={letterStageOf(item.stage)}
            insured={insured}
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
        </>
      )}
    </>
  );
}
