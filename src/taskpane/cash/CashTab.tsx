/** The "Cash plan" tab, designed for a 270–320 px pane: inputs, payables, flows, then the plan's answers. */
import { Button, Divider } from "@fluentui/react-components";
import type { Analysis } from "../../engine";
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
  analysis: Analysis;
  cash: CashController;
  /** The pane's one rates table (the setup's rates step shows the same). */
  rates: RatesController;
  onUpdate: () => void;
  onGoTo: (a: string) => void;
  busy: boolean;
}

export function CashTab({ analysis, cash, rates, onUpdate, onGoTo, busy }: CashTabProps) {
  const [{ c }, s] = [useCashTexts(), cash.state];
  return (
    <div data-testid="cash-tab" style={{ minWidth: 0, overflowWrap: "anywhere" }}>
      <h3 style={h3}>{c("cashInputs")}</h3>
      <CashInputs settings={s.settings} onChange={cash.setSettings} />
      <h3 style={h3}>{c("payablesTitle")}</h3>
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
      <h3 style={h3}>{c("flowsTitle")}</h3>
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
      {analysis.cash ? (
        <CashResults
          cash={analysis.cash}
          onFreeze={() => {
            cash.freeze(analysis.cash!.plan, analysis.settings.asOf, "");
            onUpdate();
          }}
        />
      ) : (
        <p>{c("cashNeedsAnalysis")}</p>
      )}
    </div>
  );
}
