/** The "Cash plan" tab, designed for a 270–320 px pane: inputs, payables, flows, then the plan's answers. */
import { Button, Divider } from "@fluentui/react-components";
import type { AnalysisBeforeChecks } from "../../engine";
import type { CashController } from "../state/useCashPlan";
import type { RatesController } from "../state/useRates";
import { CashInputs } from "./CashInputs";
import { CashResults } from "./CashResults";
import { CurrencySection } from "./CurrencyPanel";
import { FlowsEditor } from "./FlowsEditor";
import { PayablesPanel } from "./PayablesPanel";
import { useCashTexts } from "./cashTexts";

const h3 = { fontSize: 14, margin: "8px 0 4px" } as const;

interface CashTabProps {
  analysis: AnalysisBeforeChecks;
  cash: CashController;
  /** The pane's one rates table (the setup's rates step shows the same). */
  rates: RatesController;
  onUpdate: () => void;
  onGoTo: (a: string) => void;
  busy: boolean;
}

type StepProps = Pick<CashTabProps, "analysis" | "cash" | "onUpdate" | "onGoTo" | "busy">;

/** The payables ledger: read from the selection, its columns corrected; each change runs the plan again. */
function PayablesStep({ analysis, cash, onUpdate, onGoTo, busy }: StepProps) {
  const s = cash.state;
  return (
    <PayablesPanel
      cash={analysis.cash}
      address={s.payables?.address ?? null}
      busy={busy}
      onGoTo={onGoTo}
      onUse={async () => {
        if (await cash.readPayablesSelection()) onUpdate();
      }}
      onColumn={(field, column) => {
        cash.setPayablesColumn(field, column);
        onUpdate();
      }}
      restored={!!s.payablesRestored}
      corrected={Object.keys(s.payablesMapping).length > 0}
      onResetColumns={() => {
        cash.resetPayablesColumns();
        onUpdate();
      }}
    />
  );
}

/** Other cash flows, typed or read from the selection (a reading runs the plan again). */
function FlowsStep({ analysis, cash, onUpdate, onGoTo, busy }: StepProps) {
  const s = cash.state;
  return (
    <FlowsEditor
      flows={s.settings.flows ?? []}
      asOf={analysis.settings.asOf}
      onChange={(flows) => cash.setSettings({ flows })}
      onReadSelection={async () => {
        if (await cash.readFlowsSelection()) onUpdate();
      }}
      read={s.flowsRead ?? null}
      onGoTo={onGoTo}
      busy={busy}
    />
  );
}

/** The plan's answers once there is a plan, with freezing it for a later comparison; before that, a note. */
function CashAnswers({ analysis, cash, onUpdate }: Pick<StepProps, "analysis" | "cash" | "onUpdate">) {
  const { c } = useCashTexts();
  if (!analysis.cash) return <p>{c("cashNeedsAnalysis")}</p>;
  return (
    <CashResults
      cash={analysis.cash}
      onFreeze={() => {
        cash.freeze(analysis.cash!.plan, analysis.settings.asOf, "");
        onUpdate();
      }}
    />
  );
}

export function CashTab({ analysis, cash, rates, onUpdate, onGoTo, busy }: CashTabProps) {
  const [{ c }, s] = [useCashTexts(), cash.state];
  const step = { analysis, cash, onUpdate, onGoTo, busy };
  return (
    <div data-testid="cash-tab" style={{ minWidth: 0, overflowWrap: "anywhere" }}>
      <h3 style={h3}>{c("cashInputs")}</h3>
      <CashInputs settings={s.settings} onChange={cash.setSettings} />
      <h3 style={h3}>{c("payablesTitle")}</h3>
      <PayablesStep {...step} />
      <h3 style={h3}>{c("flowsTitle")}</h3>
      <FlowsStep {...step} />
      <CurrencySection {...{ analysis, cash, rates, onUpdate, busy }} />
      {s.error && (
        <p role="alert" style={{ color: "var(--colorPaletteRedForeground1)" }}>
          {s.error}
        </p>
      )}
      <Button
        appearance="primary"
        size="small"
        style={{ marginTop: 8 }}
        onClick={onUpdate}
        disabled={busy}
        data-testid="update-cash"
      >
        {c("applyCash")}
      </Button>
      <Divider style={{ margin: "8px 0" }} />
      <CashAnswers analysis={analysis} cash={cash} onUpdate={onUpdate} />
    </div>
  );
}
