/**
 * The results once analysed: the reconciliation line, the analysis's notes, the tabs (Today, the result tabs, the
 * Cash plan and the Collections desk) and the rows with issues.
 */
import { Divider, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { AnalysisBeforeChecks } from "../../engine";
import type { WorkbookGateway } from "../../excel/gateway";
import { CashTab } from "../cash/CashTab";
import { ChecksContext } from "../components/checksContext";
import { IssuesList } from "../components/IssuesList";
import { ReconciliationLine } from "../components/ReconciliationLine";
import { ResultsTabs } from "../components/ResultsTabs";
import { useTexts } from "../i18n";
import type { CashController } from "../state/useCashPlan";
import type { RatesController } from "../state/useRates";
import type { TaskpaneController } from "../state/useTaskpane";
import { DeskTab } from "../tabs/DeskTab";
import { TodayTab } from "../tabs/TodayTab";

/** The engine's notes on the analysis, and a warning when no invoice was found. */
export function AnalysisNotes({ analysis }: { analysis: AnalysisBeforeChecks }) {
  const { t, reason } = useTexts();
  return (
    <>
      {analysis.notes.map((n) => (
        <MessageBar key={n.code} intent="info">
          <MessageBarBody data-testid="analysis-note">{reason(n)}</MessageBarBody>
        </MessageBar>
      ))}
      {analysis.counts.invoices === 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("emptyLedger")}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

interface ResultsProps {
  controller: TaskpaneController;
  cash: CashController;
  rates: RatesController;
  busy: boolean;
  gateway: WorkbookGateway;
}

/** The tabs; the Cash plan, Collections and Today tabs hold state and need the gateway, so they are made here. */
export function ResultsPanels({
  analysis,
  controller,
  cash,
  rates,
  busy,
  gateway,
}: ResultsProps & { analysis: AnalysisBeforeChecks }) {
  const { desk, checks } = controller.state;
  return (
    <ChecksContext.Provider value={checks}>
      <ResultsTabs
        analysis={analysis}
        onAcceptLimits={controller.acceptLimits}
        cashPanel={
          <CashTab
            {...{ cash, rates, busy }}
            analysis={analysis}
            onUpdate={controller.analyze}
            onGoTo={controller.goTo}
          />
        }
        collections={
          desk && (
            <DeskTab
              key={desk.desk.asOf}
              analysis={analysis}
              desk={desk}
              gateway={gateway}
              onGoTo={controller.goTo}
              onChange={controller.replaceDesk}
            />
          )
        }
        today={
          desk
            ? (open) => (
                <TodayTab
                  analysis={analysis}
                  desk={desk}
                  gateway={gateway}
                  onChange={controller.replaceDesk}
                  onOpenWorklist={() => open("collections")}
                />
              )
            : undefined
        }
      />
    </ChecksContext.Provider>
  );
}

export function ResultsSection(props: ResultsProps) {
  const { analysis } = props.controller.state;
  if (!analysis) return null;
  return (
    <>
      <Divider />
      <ReconciliationLine analysis={analysis} />
      <AnalysisNotes analysis={analysis} />
      <ResultsPanels {...props} analysis={analysis} />
      <Divider />
      <IssuesList issues={analysis.issues} counts={analysis.counts} onGoTo={props.controller.goTo} />
    </>
  );
}
