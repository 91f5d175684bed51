/**
 * Today: the customers to contact today, most urgent first, each with its one next step and a call script in the
 * customer's language (engine/collections/today.ts and callScript.ts). "Done" logs the contact and the desk is
 * rebuilt in place, so the list shrinks as the day goes. The rest of the worklist is one tab away.
 */
import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import { type AnalysisBeforeChecks, callScript, contactOf, type TodayItem } from "../../engine";
import type { WorkbookGateway } from "../../excel/gateway";
import { CompanyForm } from "../components/desk/CompanyForm";
import { DeskNoticeBar, noticeFor } from "../components/desk/DeskNoticeBar";
import { TodayCard } from "../components/desk/TodayCard";
import { useDeskTexts } from "../components/desk/deskTexts";
import type { DeskState } from "../state/desk";
import { DeskChange, letterStageOf, useDeskActions } from "../state/useDeskActions";

export interface TodayTabProps {
  analysis: AnalysisBeforeChecks;
  desk: DeskState;
  gateway: WorkbookGateway;
  onChange: DeskChange;
  onOpenWorklist: () => void;
}

/** Cards shown at first and added by "Show more": a long day's list renders in pages, never all at once. */
export const TODAY_PAGE = 50;

export function TodayTab({ analysis, desk, gateway, onChange, onOpenWorklist }: TodayTabProps) {
  const { d, language } = useDeskTexts();
  const actions = useDeskActions(gateway, language, analysis, desk, onChange);
  const { today, settings } = desk;
  const plans = new Set(analysis.plans.map((p) => p.customer));
  const [shown, setShown] = useState(TODAY_PAGE);
  const rest = today.items.length - shown;
  const doneHere =
    actions.notice?.customer && !today.items.some((i) => i.customer === actions.notice?.customer)
      ? actions.notice
      : null;
  return (
    <div style={{ minWidth: 0 }} data-testid="today-tab">
      <p style={{ margin: "0 0 4px", fontWeight: 600 }} data-testid="today-count">
        {today.items.length > 0 ? d("todayCount", { count: today.items.length }) : d("todayEmpty")}
        {today.doneToday.length > 0 && (
          <span style={{ fontWeight: 400 }}> · {d("todayDoneCount", { count: today.doneToday.length })}</span>
        )}
      </p>
      {/* The confirmation of a card that has just left the list stays in view where the card was: at the top. */}
      <DeskNoticeBar notice={doneHere ?? noticeFor(actions.notice, undefined)} />
      {actions.needCompany !== null && (
        <CompanyForm
          initial={settings.company}
          busy={actions.busy}
          onSave={(c) => void actions.saveCompany(c)}
          onCancel={actions.cancelCompany}
        />
      )}
      <ul style={{ margin: 0, padding: 0 }} data-testid="today-list">
        {today.items.slice(0, shown).map((item) => (
          <ScriptedCard
            key={item.customer}
            item={item}
            analysis={analysis}
            desk={desk}
            hasPlan={plans.has(item.customer)}
            actions={actions}
          />
        ))}
      </ul>
      <ShowMore
        rest={rest}
        onMore={() => setShown(shown + TODAY_PAGE)}
        text={d("todayShowMore", { count: Math.min(rest, TODAY_PAGE) })}
      />
      {today.waitingFirstContact > 0 && (
        <MessageBar intent="info" style={{ marginTop: 6 }}>
          <MessageBarBody>
            {d("waitingFirst", { count: today.waitingFirstContact })}{" "}
            <Button size="small" appearance="transparent" onClick={onOpenWorklist} style={{ minWidth: 0, padding: 0 }}>
              {d("openWorklist")}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

/** "Show 50 more" under a list shown in pages; nothing when all are shown. */
function ShowMore({ rest, onMore, text }: { rest: number; onMore: () => void; text: string }) {
  if (rest <= 0) return null;
  return (
    <Button size="small" appearance="secondary" onClick={onMore} style={{ marginTop: 6 }} data-testid="today-more">
      {text}
    </Button>
  );
}

interface ScriptedCardProps {
  item: TodayItem;
  analysis: AnalysisBeforeChecks;
  desk: DeskState;
  hasPlan: boolean;
  actions: ReturnType<typeof useDeskActions>;
}

/** One of today's cards with its call script in the customer's language. */
function ScriptedCard({ item, analysis, desk, hasPlan, actions }: ScriptedCardProps) {
  const { language } = useDeskTexts();
  const { settings } = desk;
  const asOf = desk.today.asOf;
  const contact = contactOf(desk.contacts, item.customer);
  const deadline = asOf + settings.deadlines.letterDays[letterStageOf(item.stage)];
  const script = callScript({
    item,
    contact,
    company: settings.company,
    currency: analysis.settings.currency,
    paneLanguage: language,
    deadline,
  });
  return (
    <TodayCard
      item={item}
      contact={contact}
      script={script}
      asOf={asOf}
      insured={settings.policy.insured}
      hasPlan={hasPlan}
      actions={actions}
    />
  );
}
