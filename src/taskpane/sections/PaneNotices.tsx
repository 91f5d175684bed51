/**
 * What the pane says between the first step and the setup, in this order: the progress of the work under way, the
 * money columns to confirm, the date serials to swap, an error or a cancellation, the saved settings set aside
 * (the ledger's, the desk's, the cash plan's, each with its reset) and the report written.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { parseCell } from "../../engine";
import { SAVED_TEXT, type SetAside, setAsideText } from "../../i18n/savedSettings";
import type { WriteResult } from "../../excel/gateway";
import { DateSwapOffer } from "../components/LayoutNotices";
import { MoneyConfirm } from "../components/MoneyConfirm";
import { ProgressPanel } from "../components/ProgressPanel";
import { useTexts } from "../i18n";
import type { CashController } from "../state/useCashPlan";
import type { TaskpaneController } from "../state/useTaskpane";

/** The reading's own notices: its progress, the guessed money columns to confirm, the dates to read the other way. */
export function WorkNotices({ controller, busy }: { controller: TaskpaneController; busy: boolean }) {
  const { state } = controller;
  return (
    <>
      {state.progress && <ProgressPanel progress={state.progress} onCancel={controller.cancel} />}
      {state.awaitingConfirm && state.input && state.mapping?.confirm?.length ? (
        <MoneyConfirm
          mapping={state.mapping}
          values={state.input.values}
          topRow={parseCell(state.input.topLeft).row + 1}
          onConfirm={controller.confirmMoney}
          busy={busy}
        />
      ) : null}
      {state.mapping && (
        <DateSwapOffer
          mapping={state.mapping}
          swapped={!!state.settings.swapDateSerials}
          onSwap={controller.swapDates}
          busy={busy}
        />
      )}
    </>
  );
}

/** An error (with its message) or a cancelled reading, analysis or report. */
export function TroubleNotice({ notice }: { notice: TaskpaneController["state"]["notice"] }) {
  const { t } = useTexts();
  if (notice?.kind === "error")
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          <MessageBarTitle>{t("errorTitle")}</MessageBarTitle>
          {notice.message}
        </MessageBarBody>
      </MessageBar>
    );
  if (notice?.kind === "cancelled")
    return (
      <MessageBar intent="info">
        <MessageBarBody>{t("cancelled")}</MessageBarBody>
      </MessageBar>
    );
  return null;
}

/** One saved value left out: what it was, and the button that puts the value in use back in the workbook. */
export function SetAsideBar({
  setAside,
  testId,
  reset,
  onReset,
}: {
  setAside: SetAside;
  testId: string;
  reset: "resetSaved" | "resetStored";
  onReset: () => void;
}) {
  const { language } = useTexts();
  return (
    <MessageBar intent="warning" data-testid={testId}>
      <MessageBarBody>{setAsideText(setAside, language)}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onReset}>
          {SAVED_TEXT[language][reset]}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** The report written (or replaced) on its sheet, and the earlier reports kept beside it. */
export function WrittenNotice({ result }: { result: WriteResult }) {
  const { t, language } = useTexts();
  const kept = result.kept?.length
    ? ` ${t("reportKept", { sheets: result.kept.map((n) => `“${n}”`).join(language === "zh-CN" ? "、" : ", ") })}`
    : "";
  return (
    <MessageBar intent="success">
      <MessageBarBody data-testid="written">
        {t(result.replaced ? "reportReplaced" : "reportWritten", { sheet: result.sheetName })}
        {kept}
      </MessageBarBody>
    </MessageBar>
  );
}

export function PaneNotices({
  controller,
  cash,
  busy,
}: {
  controller: TaskpaneController;
  cash: CashController;
  busy: boolean;
}) {
  const { state } = controller;
  return (
    <>
      <WorkNotices controller={controller} busy={busy} />
      <TroubleNotice notice={state.notice} />
      {state.setAside && (
        <SetAsideBar setAside={state.setAside} testId="set-aside" reset="resetSaved" onReset={controller.resetSaved} />
      )}
      {(state.desk?.setAside ?? []).map((a) => (
        <SetAsideBar
          key={a.key}
          setAside={a}
          testId="desk-set-aside"
          reset="resetStored"
          onReset={() => controller.resetDeskSetAside(a.key)}
        />
      ))}
      {cash.state.setAside.map((a) => (
        <SetAsideBar
          key={a.key}
          setAside={a}
          testId="cash-set-aside"
          reset="resetStored"
          onReset={() => cash.resetSetAside(a.key)}
        />
      ))}
      {state.notice?.kind === "written" && <WrittenNotice result={state.notice.result} />}
    </>
  );
}
